package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.i18n.Messages;

/**
 * Every refusal and every enum of the core a user sees has a text in English and in Chinese, filled
 * in with its arguments. Unused and missing keys of all bundles are MessageBundlesTest's job.
 */
class CoreMessageKeysTest {

    private static final Path CORE_SOURCES = Path.of("src/main/java/com/fours/workbench/core");
    private static final Path ENGLISH = Path.of("src/main/resources/i18n/core.properties");
    private static final Path CHINESE = Path.of("src/main/resources/i18n/core_zh_CN.properties");
    private static final Pattern REFUSAL = Pattern.compile("new\\s+InvalidValueException\\(\\s*\"([^\"]+)\"");
    private static final Pattern ANY_REFUSAL = Pattern.compile("new\\s+InvalidValueException\\(");
    private static final List<Class<? extends Enum<?>>> USER_VISIBLE_ENUMS = List.of(
            PlateColor.class, PlateKind.class, VinRegion.class, VinCountry.class, VinManufacturer.class,
            PhoneKind.class);

    private static Properties english;
    private static Properties chinese;
    private static Set<String> refusalKeys;

    @BeforeAll
    static void readBundlesAndSources() throws IOException {
        english = load(ENGLISH);
        chinese = load(CHINESE);
        refusalKeys = new TreeSet<>();
        int refusals = 0;
        int literalRefusals = 0;
        try (Stream<Path> files = Files.walk(CORE_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher key = REFUSAL.matcher(source);
                while (key.find()) {
                    refusalKeys.add(key.group(1));
                    literalRefusals++;
                }
                refusals += (int) ANY_REFUSAL.matcher(source).results().count();
            }
        }
        // a key built at run time would escape the search for unused and missing texts
        assertThat(literalRefusals).as("every refusal names its key as a literal").isEqualTo(refusals);
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyRefusalKeyHasAnEnglishAndAChineseText() {
        assertThat(refusalKeys).contains("money.invalid.format", "vin.invalid.checkDigit",
                "plate.invalid.newEnergy", "phone.invalid.mobile");
        assertThat(english.stringPropertyNames()).containsAll(refusalKeys);
        assertThat(chinese.stringPropertyNames()).containsAll(refusalKeys);
    }

    @Test
    void everyUserVisibleEnumConstantHasAnEnglishAndAChineseText() {
        for (String key : enumKeys()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyRefusalReadsAsASentenceWithItsArgumentsFilledIn() {
        Map<String, Runnable> oneRefusalPerKey = new LinkedHashMap<>();
        Consumer<Runnable> collect = parse -> {
            InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, parse::run);
            oneRefusalPerKey.put(refusal.messageKey(), parse);
        };
        Stream.of("", "abc", "1.005", "1000000000000")
                .forEach(typed -> collect.accept(() -> Money.parse(typed)));
        Stream.of("", "LSVAU2187N212345", "LSVAU2187NO123456", "LSVAU2187N2*23456", "LSVAU2180N2123456")
                .forEach(typed -> collect.accept(() -> Vin.parse(typed)));
        Stream.of("", "广B12345", "粤112345", "粤B12I45", "粤B1234", "粤B学1234", "粤B123456", "京A1234港")
                .forEach(typed -> collect.accept(() -> PlateNumber.parse(typed)));
        Stream.of("", "138a2345678", "12812345678", "0755-0234567", "87654321")
                .forEach(typed -> collect.accept(() -> PhoneNumber.parse(typed)));
        String first17 = "91440101MA5CDFM0X";
        char wrongCheck = UnifiedSocialCreditCode.computeCheckCharacter(first17) == '0' ? '1' : '0';
        Stream.of("", "9144010", "91440101MA5CDFM0I0", first17 + wrongCheck)
                .forEach(typed -> collect.accept(() -> UnifiedSocialCreditCode.parse(typed)));
        Stream.of("31.05.24x", "2026-02-30")
                .forEach(typed -> collect.accept(() -> Typed.optionalDate(typed)));
        collect.accept(() -> Typed.requiredText(" ", 10));
        collect.accept(() -> Typed.optionalText("一二三四五六七八九十十一", 10));
        collect.accept(() -> Typed.optionalText("张\u202E三", 10));
        collect.accept(() -> Typed.optionalWholeNumber("12.5", 999));
        collect.accept(() -> Typed.optionalWholeNumber("1000", 999));
        assertThat(oneRefusalPerKey.keySet()).containsExactlyInAnyOrderElementsOf(refusalKeys);

        for (Messages messages : List.of(Messages.forLocale(Messages.ENGLISH), Messages.forLocale(Messages.CHINESE))) {
            for (Runnable parse : oneRefusalPerKey.values()) {
                InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, parse::run);
                String text = messages.of(refusal);
                assertThat(text).as(refusal.getMessage()).doesNotContain("{").isNotBlank();
                for (Object argument : refusal.arguments()) {
                    assertThat(text).as(refusal.getMessage()).contains(String.valueOf(argument));
                }
            }
        }
        assertThat(Messages.forLocale(Messages.CHINESE).of(
                catchThrowableOfType(InvalidValueException.class, () -> Vin.parse("LSVAU2187NO123456"))))
                .isEqualTo("车架号不使用字母 I、O、Q，但第11位是“O”，可能应为数字 1 或 0。");
        assertThat(Messages.forLocale(Messages.ENGLISH).of(PlateKind.NEW_ENERGY_SMALL))
                .isEqualTo("Small new-energy vehicle");
    }

    private static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : USER_VISIBLE_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(Messages.enumKey(constant));
            }
        }
        return keys;
    }

}
