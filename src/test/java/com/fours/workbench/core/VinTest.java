package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Every VIN below has its check digit computed outside this code base. Worked by hand, for the
 * textbook VIN 1M8GDM9AXKP042788: 1x8 + M(4)x7 + 8x6 + G(7)x5 + D(4)x4 + M(4)x3 + 9x2 + A(1)x10
 * + K(2)x9 + P(7)x8 + 0x7 + 4x6 + 2x5 + 7x4 + 8x3 + 8x2 = 351; 351 mod 11 = 10, written X.
 * And for LSVAU2187N2123456: L(3)x8 + S(2)x7 + V(5)x6 + A(1)x5 + U(4)x4 + 2x3 + 1x2 + 8x10
 * + N(5)x9 + 2x8 + 1x7 + 2x6 + 3x5 + 4x4 + 5x3 + 6x2 = 315; 315 mod 11 = 7.
 */
class VinTest {

    @ParameterizedTest(name = "{0} has check digit {1}")
    @CsvSource({
            "1M8GDM9AXKP042788, X",
            "11111111111111111, 1",
            "1HGCM82633A004352, 3",
            "LSVAU2187N2123456, 7",
            "LVHRW185XL5012345, X",
            "LFV2A21K0G3012345, 0",
            "WDD2050421F123456, 2",
    })
    void computeCheckDigitMatchesIndependentlyComputedValues(String vin, char checkDigit) {
        assertThat(Vin.computeCheckDigit(vin)).isEqualTo(checkDigit);
        // position 9 carries weight 0, so a generator may leave a placeholder there
        assertThat(Vin.computeCheckDigit(vin.substring(0, 8) + "0" + vin.substring(9))).isEqualTo(checkDigit);
    }

    @Test
    void computeCheckDigitRefusesWhatIsNotSeventeenVinCharacters() {
        assertThatThrownBy(() -> Vin.computeCheckDigit("1M8GDM9AXKP04278")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vin.computeCheckDigit("1M8GDM9AXKP0427O8")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "LSVAU2187N2123456|LSVAU2187N2123456",
            "lsvau2187n2123456|LSVAU2187N2123456",
            "  LSVAU2187N2123456  |LSVAU2187N2123456",
            "LSVAU 2187 N21 23456|LSVAU2187N2123456",
            "LSVAU-2187N-2123456|LSVAU2187N2123456",
            "ＬＳＶＡＵ２１８７Ｎ２１２３４５６|LSVAU2187N2123456",
            "ｌｓｖａｕ２１８７ｎ　２１２３４５６|LSVAU2187N2123456",
            "1m8gdm9axkp042788|1M8GDM9AXKP042788",
    })
    void parseNormalisesWhatIsTypedOrScanned(String typed, String expected) {
        assertThat(Vin.parse(typed)).hasToString(expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "vin.invalid.empty", new Object[] {}),
                Arguments.of("  - ", "vin.invalid.empty", new Object[] {}),
                Arguments.of(null, "vin.invalid.empty", new Object[] {}),
                Arguments.of("LSVAU2187N212345", "vin.invalid.length", new Object[] {16}),
                Arguments.of("LSVAU2187N21234567", "vin.invalid.length", new Object[] {18}),
                Arguments.of("粤B12345", "vin.invalid.length", new Object[] {7}),
                Arguments.of("LSVAU2187N2I23456", "vin.invalid.letterIOQ", new Object[] {"I", 12}),
                Arguments.of("LSVAU2187NO123456", "vin.invalid.letterIOQ", new Object[] {"O", 11}),
                Arguments.of("lsvau2187n2q23456", "vin.invalid.letterIOQ", new Object[] {"Q", 12}),
                Arguments.of("ISVAU2187N2123456", "vin.invalid.letterIOQ", new Object[] {"I", 1}),
                Arguments.of("LSVAU2187N2*23456", "vin.invalid.character", new Object[] {"*", 12}),
                Arguments.of("LSVAU2187N2大23456", "vin.invalid.character", new Object[] {"大", 12}),
                Arguments.of("LSVAU2187N2123.56", "vin.invalid.character", new Object[] {".", 15}),
                // a wrong check digit itself
                Arguments.of("LSVAU2180N2123456", "vin.invalid.checkDigit", new Object[] {"7", "0"}),
                Arguments.of("1M8GDM9A1KP042788", "vin.invalid.checkDigit", new Object[] {"X", "1"}),
                // the last two digits swapped: 6x3 + 5x2 is one more than 5x3 + 6x2, so 316 mod 11 = 8
                Arguments.of("LSVAU2187N2123465", "vin.invalid.checkDigit", new Object[] {"8", "7"}),
                // a made-up VIN with a guessed check digit
                Arguments.of("LSVAU033512345678", "vin.invalid.checkDigit", new Object[] {"6", "5"}));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1} {2}")
    @MethodSource("refusals")
    void parseRefusesWithTheExactKeyAndArguments(String typed, String key, Object[] arguments) {
        InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, () -> Vin.parse(typed));
        assertThat(refusal).as("refusal of %s", typed).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.arguments()).as(Arrays.toString(refusal.arguments())).containsExactly(arguments);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4}")
    @CsvSource({
            "LFV2A21K0G3012345, LFV, ASIA, CHINA, FAW_VOLKSWAGEN",
            "LSVAU2187N2123456, LSV, ASIA, CHINA, SAIC_VOLKSWAGEN",
            "LBV5S3109PSC12345, LBV, ASIA, CHINA, BMW_BRILLIANCE",
            "LE4ZG8DB8ML612345, LE4, ASIA, CHINA, BEIJING_BENZ",
            "LHGRU5832K8012345, LHG, ASIA, CHINA, GAC_HONDA",
            "LVHRW185XL5012345, LVH, ASIA, CHINA, DONGFENG_HONDA",
            "LVGBE40K8JG123456, LVG, ASIA, CHINA, GAC_TOYOTA",
            "LFMAP22C3C0123456, LFM, ASIA, CHINA, FAW_TOYOTA",
            "LGBH52E0XLY123456, LGB, ASIA, CHINA, DONGFENG_NISSAN",
            "LSGKB54H6KV123456, LSG, ASIA, CHINA, SAIC_GM",
            "LVSHFFAC1FF123456, LVS, ASIA, CHINA, CHANGAN_FORD",
            "LRW3E7EA6MC123456, LRW, ASIA, CHINA, TESLA_SHANGHAI",
            "LGXC16DF8P0123456, LGX, ASIA, CHINA, BYD",
            "LC0C76C42R0123456, LC0, ASIA, CHINA, BYD",
            "WBA5R1100LF123456, WBA, EUROPE, GERMANY, BMW",
            "WDD2050421F123456, WDD, EUROPE, GERMANY, MERCEDES_BENZ",
            "WVWZZZ1K9AW123456, WVW, EUROPE, GERMANY, VOLKSWAGEN",
            "JTDKB20U673123456, JTD, ASIA, JAPAN, TOYOTA",
            "KMHDH41E3CU123456, KMH, ASIA, SOUTH_KOREA, ",
            "SALGA2EF0EA123456, SAL, EUROPE, UNITED_KINGDOM, ",
            "VF1RFB008F0123456, VF1, EUROPE, FRANCE, ",
            "VSSZZZ6J0BR123456, VSS, EUROPE, SPAIN, ",
            "YV1DZ8257C2123456, YV1, EUROPE, SWEDEN, ",
            "ZFA31200200123456, ZFA, EUROPE, ITALY, ",
            "1M8GDM9AXKP042788, 1M8, NORTH_AMERICA, UNITED_STATES, ",
            "1HGCM82633A004352, 1HG, NORTH_AMERICA, UNITED_STATES, ",
            "2HGFB2F53CH123456, 2HG, NORTH_AMERICA, CANADA, ",
            "3VWFE21C7EM123456, 3VW, NORTH_AMERICA, MEXICO, ",
            "6T1BF3FK4BX123456, 6T1, OCEANIA, , ",
            "9BWAA05W0BP123456, 9BW, SOUTH_AMERICA, , ",
            "AHTBB3CD8B0123456, AHT, AFRICA, , ",
            "SUU0A2B3XAM123456, SUU, EUROPE, , ",
            "VAN00000000123456, VAN, EUROPE, , ",
            "01234567601234567, 012, , , ",
    })
    void decodesWhereTheVehicleComesFrom(String vin, String wmi, VinRegion region, VinCountry country,
            VinManufacturer manufacturer) {
        Vin parsed = Vin.parse(vin);
        assertThat(parsed.wmi()).isEqualTo(wmi);
        assertThat(parsed.region().orElse(null)).isEqualTo(region);
        assertThat(parsed.country().orElse(null)).isEqualTo(country);
        assertThat(parsed.manufacturer().orElse(null)).isEqualTo(manufacturer);
    }

    @Test
    void countriesCarryTheirIsoCode() {
        assertThat(VinCountry.CHINA.isoCode()).isEqualTo("CN");
        assertThat(VinCountry.UNITED_KINGDOM.isoCode()).isEqualTo("GB");
        assertThat(VinManufacturer.BYD.wmis()).containsExactly("LGX", "LC0");
    }

    @ParameterizedTest(name = "{0} in {1} is model year {2}")
    @CsvSource({
            "LSVAU2184A2123456, 2025, 2010",
            "LSVAU2183G2123456, 2025, 2016",
            "LSVAU2180L2123456, 2025, 2020",
            "LSVAU2187N2123456, 2025, 2022",
            "LSVAU218XR2123456, 2025, 2024",
            "LSVAU2182S2123456, 2025, 2025",
            "LSVAU2180T2123456, 2025, 2026", // next year's model, sold from mid-year
            "LSVAU2187V2123456, 2025, 1997", // 2027 is too far ahead
            "LSVAU2187V2123456, 2026, 2027",
            "LSVAU2181Y2123456, 2025, 2000",
            "LSVAU218412123456, 2025, 2001",
            "LSVAU218X92123456, 2025, 2009",
            "LSVAU2184A2123456, 2039, 2040",
            "LSVAU2184A2123456, 2008, 1980",
            "LSVAU2183G2123456, 2014, 1986",
            "LSVAU218412123456, 2030, 2031",
    })
    void modelYearIsTheNewestYearOfItsCodeNotAfterNextYear(String vin, int currentYear, int modelYear) {
        assertThat(Vin.parse(vin).modelYear(Year.of(currentYear))).contains(Year.of(modelYear));
    }

    @ParameterizedTest(name = "{0} has no model year")
    @CsvSource({
            "LSVAU2189U2123456",
            "LSVAU218XZ2123456",
            "LSVAU218602123456",
            "ZFA31200200123456",
    })
    void modelYearIsEmptyForAPositionTenThatIsNoYearCode(String vin) {
        assertThat(Vin.parse(vin).modelYear(Year.of(2025))).isEmpty();
    }

    @Test
    void modelYearIsEmptyBeforeTheCodesBegan() {
        assertThat(Vin.parse("LSVAU218412123456").modelYear(Year.of(1990))).isEmpty();
    }

    @Test
    void modelYearFromAClock() {
        Clock newYearInChina = Clock.fixed(Instant.parse("2025-12-31T16:00:00Z"), ZoneId.of("Asia/Shanghai"));
        // still 2025 in UTC but 1 January 2026 in China, so a T (1996/2026) and a V (1997/2027) are both new cars
        assertThat(Vin.parse("LSVAU2180T2123456").modelYear(newYearInChina)).contains(Year.of(2026));
        assertThat(Vin.parse("LSVAU2187V2123456").modelYear(newYearInChina)).contains(Year.of(2027));
    }

    @Test
    void equalityIsByTheSeventeenCharacters() {
        assertThat(Vin.parse("lsvau2187n2123456")).isEqualTo(Vin.parse("LSVAU2187N2123456"))
                .hasSameHashCodeAs(Vin.parse("LSVAU2187N2123456"));
        assertThat(Vin.parse("LSVAU2187N2123456")).isNotEqualTo(Vin.parse("LFV2A21K0G3012345"));
    }
}
