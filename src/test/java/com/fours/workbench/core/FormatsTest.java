package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fours.workbench.core.i18n.Messages;

class FormatsTest {

    private static final Formats CHINESE = Formats.of(Messages.CHINESE);
    private static final Formats ENGLISH = Formats.of(Messages.ENGLISH);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Formats in(String language) {
        return Formats.of(Locale.forLanguageTag(language));
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "429571.59|zh-CN|¥429,571.59",
            "429571.59|en|¥429,571.59",
            "1265.23|zh-CN|¥1,265.23",
            "0|zh-CN|¥0.00",
            "0.01|en|¥0.01",
            "0.5|en|¥0.50",
            "7|zh-CN|¥7.00",
            "-12|en|-¥12.00",
            "-0.01|zh-CN|-¥0.01",
            "-429571.59|zh-CN|-¥429,571.59",
            "999999999999.99|zh-CN|¥999,999,999,999.99",
            "-999999999999.99|en|-¥999,999,999,999.99",
            "12345678901234567.89|en|¥12,345,678,901,234,567.89",
    })
    void moneyHasTheYuanSignThousandsSeparatorsAndTwoDecimals(String amount, String language, String expected) {
        assertThat(in(language).money(new BigDecimal(amount))).isEqualTo(expected);
        assertThat(in(language).money(Money.of(amount))).isEqualTo(expected);
    }

    @Test
    void moneyIsExactToTheFenWithoutPassingThroughADouble() {
        // 0.1 + 0.2 as doubles is 0.30000000000000004; as BigDecimal it is exact
        assertThat(CHINESE.money(new BigDecimal("0.1").add(new BigDecimal("0.2")))).isEqualTo("¥0.30");
        // a value a double cannot hold: 2^53 + 1 yuan and one fen
        assertThat(ENGLISH.money(new BigDecimal("9007199254740993.01"))).isEqualTo("¥9,007,199,254,740,993.01");
        // a computed amount with a third decimal is rounded half-up, as Money rounds
        assertThat(ENGLISH.money(new BigDecimal("2.345"))).isEqualTo("¥2.35");
        assertThat(ENGLISH.money(new BigDecimal("-2.345"))).isEqualTo("-¥2.35");
        assertThat(CHINESE.money(new BigDecimal("1.005"))).isEqualTo("¥1.01");
    }

    @Test
    void moneyOfMoneyIsTheSameTextAsMoneyFormat() {
        Money amount = Money.of("-1234.5");
        assertThat(amount.format(Messages.CHINESE)).isEqualTo(CHINESE.money(amount)).isEqualTo("-¥1,234.50");
        assertThat(amount.format(Messages.ENGLISH)).isEqualTo(ENGLISH.money(amount));
    }

    @Test
    void datesAndTimesAreIsoLikeAndOnA24HourClockInBothLanguages() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        Instant afternoon = LocalDateTime.of(2026, 12, 6, 14, 11, 32).atZone(SHANGHAI).toInstant();
        for (Formats formats : new Formats[] {CHINESE, ENGLISH}) {
            assertThat(formats.date(day)).isEqualTo("2026-12-06");
            assertThat(formats.date(afternoon, SHANGHAI)).isEqualTo("2026-12-06");
            assertThat(formats.dateTime(afternoon, SHANGHAI)).isEqualTo("2026-12-06 14:11");
            assertThat(formats.dateTime(LocalDateTime.of(2026, 1, 2, 9, 5))).isEqualTo("2026-01-02 09:05");
            assertThat(formats.time(LocalTime.of(9, 5))).isEqualTo("09:05");
            assertThat(formats.time(afternoon, SHANGHAI)).isEqualTo("14:11");
            assertThat(formats.dayTime(afternoon, SHANGHAI)).isEqualTo("12-06 14:11");
        }
        // the day of an instant is the store's day: 23:30 UTC is the next morning in Shanghai
        assertThat(CHINESE.date(Instant.parse("2026-12-05T23:30:00Z"), SHANGHAI)).isEqualTo("2026-12-06");
    }

    @Test
    void aDayWrittenOutAsACertificateStatesIt() {
        assertThat(CHINESE.writtenDate(LocalDate.of(2027, 1, 5))).isEqualTo("2027年1月5日");
        assertThat(ENGLISH.writtenDate(LocalDate.of(2027, 1, 5))).isEqualTo("5 January 2027");
        assertThat(CHINESE.writtenDate(null)).isEmpty();
    }

    @Test
    void kilometresHaveThousandsSeparatorsAndTheUnitOfTheLanguage() {
        assertThat(CHINESE.km(120000)).isEqualTo("120,000 公里");
        assertThat(ENGLISH.km(120000)).isEqualTo("120,000 km");
        assertThat(ENGLISH.km(30000L)).isEqualTo("30,000 km");
        assertThat(CHINESE.km(0)).isEqualTo("0 公里");
        assertThat(CHINESE.km(999)).isEqualTo("999 公里");
        assertThat(ENGLISH.km(1234567)).isEqualTo("1,234,567 km");
        assertThat(CHINESE.kmNumber(120000)).isEqualTo("120,000");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "4.000|4",
            "4|4",
            "1.500|1.5",
            "0.125|0.125",
            "0.250|0.25",
            "1200|1,200",
            "1200.750|1,200.75",
            "-2.000|-2",
            "-0.5|-0.5",
            "100|100",
            "1E+3|1,000",
            "999999999.999|999,999,999.999",
    })
    void quantitiesKeepTheirDecimalsButNoTrailingZeros(String quantity, String expected) {
        assertThat(CHINESE.quantity(new BigDecimal(quantity))).isEqualTo(expected);
        assertThat(ENGLISH.quantity(new BigDecimal(quantity))).isEqualTo(expected);
    }

    @Test
    void percentagesAndCounts() {
        assertThat(CHINESE.percent(new BigDecimal("12.50"))).isEqualTo("12.5%");
        assertThat(ENGLISH.percent(new BigDecimal("100"))).isEqualTo("100%");
        assertThat(ENGLISH.count(1234)).isEqualTo("1,234");
    }

    @Test
    void nothingIsWrittenAsNothing() {
        assertThat(CHINESE.money((Money) null)).isEmpty();
        assertThat(CHINESE.money((BigDecimal) null)).isEmpty();
        assertThat(ENGLISH.date((LocalDate) null)).isEmpty();
        assertThat(ENGLISH.dateTime(null, SHANGHAI)).isEmpty();
        assertThat(ENGLISH.km(null)).isEmpty();
        assertThat(ENGLISH.quantity(null)).isEmpty();
    }

    @Test
    void aPartIsNamedInChineseAndOnAnEnglishScreenAlsoInEnglish() {
        assertThat(CHINESE.partName("机油滤清器", "Oil filter")).isEqualTo("机油滤清器");
        assertThat(ENGLISH.partName("机油滤清器", "Oil filter")).isEqualTo("机油滤清器 / Oil filter");
        assertThat(ENGLISH.partName("防冻液", null)).as("no English name").isEqualTo("防冻液");
        assertThat(ENGLISH.partName("防冻液", " ")).as("a blank English name").isEqualTo("防冻液");
        assertThat(CHINESE.partName("防冻液", null)).isEqualTo("防冻液");
    }

    @Test
    void anyChineseLocaleIsChineseAndAnythingElseEnglish() {
        assertThat(Formats.of(Locale.TRADITIONAL_CHINESE).km(1)).isEqualTo("1 公里");
        assertThat(Formats.of(Locale.GERMANY).km(1000)).as("never 1.000 km").isEqualTo("1,000 km");
        assertThat(Formats.of(Locale.GERMANY).money(new BigDecimal("1234.5"))).isEqualTo("¥1,234.50");
    }
}
