package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {2} {3}")
    @CsvSource(delimiter = '|', value = {
            // typed                  |kind    |digits        |extension|display            |masked         |last four
            "13812345678              |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "' 138 1234 5678 '        |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "138-1234-5678            |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "１３８１２３４５６７８     |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "１３８－１２３４－５６７８ |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "+86 138 1234 5678        |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "+86-13812345678          |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "(+86) 13812345678        |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "＋８６ １３８１２３４５６７８|MOBILE|13812345678   |         |138 1234 5678      |138****5678    |5678",
            "0086 13812345678         |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "8613812345678            |MOBILE  |13812345678   |         |138 1234 5678      |138****5678    |5678",
            "19912345678              |MOBILE  |19912345678   |         |199 1234 5678      |199****5678    |5678",
            "0755-82345678            |LANDLINE|075582345678  |         |0755-82345678      |0755-****5678  |5678",
            "075582345678             |LANDLINE|075582345678  |         |0755-82345678      |0755-****5678  |5678",
            "(0755) 8234 5678         |LANDLINE|075582345678  |         |0755-82345678      |0755-****5678  |5678",
            "（０７５５）８２３４５６７８|LANDLINE|075582345678 |         |0755-82345678      |0755-****5678  |5678",
            "0755-8234-5678           |LANDLINE|075582345678  |         |0755-82345678      |0755-****5678  |5678",
            "010-87654321             |LANDLINE|01087654321   |         |010-87654321       |010-****4321   |4321",
            "021 6123 4567            |LANDLINE|02161234567   |         |021-61234567       |021-****4567   |4567",
            "0571-8123456             |LANDLINE|05718123456   |         |0571-8123456       |0571-****3456  |3456",
            "0755-82345678-123        |LANDLINE|075582345678  |123      |0755-82345678-123  |0755-****5678  |5678",
            "075582345678-123         |LANDLINE|075582345678  |123      |0755-82345678-123  |0755-****5678  |5678",
            "0571-8123456-9           |LANDLINE|05718123456   |9        |0571-8123456-9     |0571-****3456  |3456",
            "0755-82345678转123       |LANDLINE|075582345678  |123      |0755-82345678-123  |0755-****5678  |5678",
            "0755 8234 5678 转 8001   |LANDLINE|075582345678  |8001     |0755-82345678-8001 |0755-****5678  |5678",
            "0755-82345678 ext 123    |LANDLINE|075582345678  |123      |0755-82345678-123  |0755-****5678  |5678",
            "0755-82345678 Ext.123    |LANDLINE|075582345678  |123      |0755-82345678-123  |0755-****5678  |5678",
            "+86 755 8234 5678        |LANDLINE|075582345678  |         |0755-82345678      |0755-****5678  |5678",
            "+86 10 87654321          |LANDLINE|01087654321   |         |010-87654321       |010-****4321   |4321",
    })
    void parseNormalisesAndFormats(String typed, PhoneKind kind, String digits, String extension, String display,
            String masked, String lastFour) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.kind()).isEqualTo(kind);
        assertThat(phone.digits()).isEqualTo(digits);
        assertThat(phone.extension().orElse(null)).isEqualTo(extension);
        assertThat(phone.display()).isEqualTo(display);
        assertThat(phone.masked()).isEqualTo(masked);
        assertThat(phone.lastFour()).isEqualTo(lastFour);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "phone.invalid.empty", new Object[] {}),
                Arguments.of("  ", "phone.invalid.empty", new Object[] {}),
                Arguments.of(" - ( ) ", "phone.invalid.empty", new Object[] {}),
                Arguments.of(null, "phone.invalid.empty", new Object[] {}),
                Arguments.of("138a2345678", "phone.invalid.character", new Object[] {"a"}),
                Arguments.of("138.1234.5678", "phone.invalid.character", new Object[] {"."}),
                Arguments.of("138/1234/5678", "phone.invalid.character", new Object[] {"/"}),
                Arguments.of("张三 13812345678", "phone.invalid.character", new Object[] {"张"}),
                Arguments.of("12812345678", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("10086123456", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("1381234567", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("138123456789", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("1", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("+86 1381234567", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("0755-0234567", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755-1234567", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755-823456", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755-823456789", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755823456789", "phone.invalid.landline", new Object[] {}),
                Arguments.of("011-82345678", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0082345678", "phone.invalid.landline", new Object[] {}),
                Arguments.of("075", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755-82345678-1234567", "phone.invalid.landline", new Object[] {}),
                Arguments.of("0755-82345678转", "phone.invalid.landline", new Object[] {}),
                Arguments.of("12345678", "phone.invalid.mobile", new Object[] {}),
                Arguments.of("87654321", "phone.invalid.format", new Object[] {}),
                Arguments.of("400-800-8888", "phone.invalid.format", new Object[] {}),
                Arguments.of("+852 9123 4567", "phone.invalid.format", new Object[] {}),
                Arguments.of("+86", "phone.invalid.format", new Object[] {}),
                Arguments.of("138+12345678", "phone.invalid.format", new Object[] {}),
                Arguments.of("0755--82345678", "phone.invalid.format", new Object[] {}),
                Arguments.of("0755-82345678-", "phone.invalid.format", new Object[] {}),
                Arguments.of("13812345678转123", "phone.invalid.format", new Object[] {}),
                Arguments.of("0755-82345678转1转2", "phone.invalid.format", new Object[] {}));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1} {2}")
    @MethodSource("refusals")
    void parseRefusesWithTheExactKeyAndArguments(String typed, String key, Object[] arguments) {
        InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, () -> PhoneNumber.parse(typed));
        assertThat(refusal).as("refusal of %s", typed).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.arguments()).as(Arrays.toString(refusal.arguments())).containsExactly(arguments);
    }

    @Test
    void areaCodeOnlyForLandlines() {
        assertThat(PhoneNumber.parse("0755-82345678").areaCode()).contains("0755");
        assertThat(PhoneNumber.parse("13812345678").areaCode()).isEmpty();
    }

    @Test
    void equalityIsByDigitsAndExtension() {
        assertThat(PhoneNumber.parse("+86 138 1234 5678")).isEqualTo(PhoneNumber.parse("13812345678"))
                .hasSameHashCodeAs(PhoneNumber.parse("13812345678"));
        assertThat(PhoneNumber.parse("0755-82345678-1")).isNotEqualTo(PhoneNumber.parse("0755-82345678"));
        assertThat(PhoneNumber.parse("13812345678")).hasToString("138 1234 5678");
    }
}
