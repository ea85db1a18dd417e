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

class PlateNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1} ({3})")
    @CsvSource(delimiter = '|', value = {
            // typed:            compact:    display:     kind:              colour:
            "粤B12345           |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "京A8F2K6           |京A8F2K6   |京A·8F2K6   |ORDINARY          |BLUE",
            "粤b12345           |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "' 粤 B 123 45 '    |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "粤B·12345          |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "粤B•12345          |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "粤B-12345          |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "粤Ｂ１２３４５     |粤B12345   |粤B·12345   |ORDINARY          |BLUE",
            "沪ａｂ１２３４     |沪AB1234   |沪A·B1234   |ORDINARY          |BLUE",
            "粤BD12345          |粤BD12345  |粤B·D12345  |NEW_ENERGY_SMALL  |GREEN",
            "粤BDA1234          |粤BDA1234  |粤B·DA1234  |NEW_ENERGY_SMALL  |GREEN",
            "沪AFA1234          |沪AFA1234  |沪A·FA1234  |NEW_ENERGY_SMALL  |GREEN",
            "京ad12345          |京AD12345  |京A·D12345  |NEW_ENERGY_SMALL  |GREEN",
            "浙AA12345          |浙AA12345  |浙A·A12345  |NEW_ENERGY_SMALL  |GREEN",
            "浙AK12345          |浙AK12345  |浙A·K12345  |NEW_ENERGY_SMALL  |GREEN",
            "粤B12345D          |粤B12345D  |粤B·12345D  |NEW_ENERGY_LARGE  |YELLOW_GREEN",
            "苏E00001F          |苏E00001F  |苏E·00001F  |NEW_ENERGY_LARGE  |YELLOW_GREEN",
            "京A1234警          |京A1234警  |京A·1234警  |POLICE            |WHITE",
            "粤B1234学          |粤B1234学  |粤B·1234学  |COACH             |YELLOW",
            "川AB123挂          |川AB123挂  |川A·B123挂  |TRAILER           |YELLOW",
            "粤Z1234港          |粤Z1234港  |粤Z·1234港  |HONG_KONG         |BLACK",
            "粤ZA123澳          |粤ZA123澳  |粤Z·A123澳  |MACAU             |BLACK",
            "沪A1234领          |沪A1234领  |沪A·1234领  |CONSULATE         |BLACK",
            "京A1234试          |京A1234试  |京A·1234试  |TEST              |BLUE",
            "冀A1234超          |冀A1234超  |冀A·1234超  |OVERSIZE          |BLUE",
    })
    void parseNormalisesAndClassifies(String typed, String compact, String display, PlateKind kind, PlateColor color) {
        PlateNumber plate = PlateNumber.parse(typed);
        assertThat(plate).hasToString(compact);
        assertThat(plate.display()).isEqualTo(display);
        assertThat(plate.kind()).isEqualTo(kind);
        assertThat(plate.suggestedColor()).isEqualTo(color);
    }

    @Test
    void partsOfAPlate() {
        PlateNumber coach = PlateNumber.parse("粤B1234学");
        assertThat(coach.province()).isEqualTo("粤");
        assertThat(coach.officeCode()).isEqualTo("B");
        assertThat(coach.serial()).isEqualTo("1234");
        PlateNumber electric = PlateNumber.parse("京AD12345");
        assertThat(electric.serial()).isEqualTo("D12345");
    }

    @Test
    void everyProvinceAbbreviationIsAccepted() {
        String provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
        assertThat(provinces).hasSize(31);
        provinces.chars().forEach(p -> assertThat(PlateNumber.parse((char) p + "A12345").province())
                .isEqualTo(String.valueOf((char) p)));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "plate.invalid.empty", new Object[] {}),
                Arguments.of(" · ", "plate.invalid.empty", new Object[] {}),
                Arguments.of(null, "plate.invalid.empty", new Object[] {}),
                Arguments.of("B12345", "plate.invalid.province", new Object[] {"B"}),
                Arguments.of("广B12345", "plate.invalid.province", new Object[] {"广"}),
                Arguments.of("台A12345", "plate.invalid.province", new Object[] {"台"}),
                Arguments.of("粤", "plate.invalid.length", new Object[] {1}),
                Arguments.of("粤1B2345", "plate.invalid.office", new Object[] {"1"}),
                Arguments.of("粤I12345", "plate.invalid.office", new Object[] {"I"}),
                Arguments.of("粤o12345", "plate.invalid.office", new Object[] {"O"}),
                Arguments.of("粤粤12345", "plate.invalid.office", new Object[] {"粤"}),
                Arguments.of("粤B1234", "plate.invalid.length", new Object[] {6}),
                Arguments.of("粤B1234567", "plate.invalid.length", new Object[] {9}),
                Arguments.of("粤B12345学", "plate.invalid.length", new Object[] {8}),
                Arguments.of("粤B123学", "plate.invalid.length", new Object[] {6}),
                Arguments.of("粤B12I45", "plate.invalid.letterIO", new Object[] {"I", 5}),
                Arguments.of("粤Bo2345", "plate.invalid.letterIO", new Object[] {"O", 3}),
                Arguments.of("粤BD1O345", "plate.invalid.letterIO", new Object[] {"O", 5}),
                Arguments.of("粤B学1234", "plate.invalid.format", new Object[] {"学", 3}),
                Arguments.of("粤B12*45", "plate.invalid.format", new Object[] {"*", 5}),
                Arguments.of("粤B1234京", "plate.invalid.format", new Object[] {"京", 7}),
                Arguments.of("粤B123456", "plate.invalid.newEnergy", new Object[] {}),
                Arguments.of("粤BF1A234", "plate.invalid.newEnergy", new Object[] {}),
                Arguments.of("粤BD1234A", "plate.invalid.newEnergy", new Object[] {}),
                Arguments.of("粤BL12345", "plate.invalid.newEnergy", new Object[] {}),
                Arguments.of("粤B1234DF", "plate.invalid.newEnergy", new Object[] {}),
                Arguments.of("粤B12345E", "plate.invalid.newEnergy", new Object[] {}),
                Arguments.of("京A1234港", "plate.invalid.hongKongMacau", new Object[] {}),
                Arguments.of("粤B1234澳", "plate.invalid.hongKongMacau", new Object[] {}));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1} {2}")
    @MethodSource("refusals")
    void parseRefusesWithTheExactKeyAndArguments(String typed, String key, Object[] arguments) {
        InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, () -> PlateNumber.parse(typed));
        assertThat(refusal).as("refusal of %s", typed).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.arguments()).as(Arrays.toString(refusal.arguments())).containsExactly(arguments);
    }

    @Test
    void equalityIsByTheCompactForm() {
        assertThat(PlateNumber.parse("粤b·12345")).isEqualTo(PlateNumber.parse("粤B12345"))
                .hasSameHashCodeAs(PlateNumber.parse("粤B12345"));
        assertThat(PlateNumber.parse("粤B12345")).isNotEqualTo(PlateNumber.parse("粤B12346"));
    }

    @Test
    void kindsKnowTheirSuffix() {
        assertThat(PlateKind.COACH.suffix()).contains('学');
        assertThat(PlateKind.ORDINARY.suffix()).isEmpty();
    }
}
