package com.fours.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} rounds half-up to {1}")
    @CsvSource({
            "1.005, 1.01",
            "1.004, 1.00",
            "1.015, 1.02",
            "1.025, 1.03", // half-even would give 1.02
            "2.675, 2.68", // as a double this is 2.67499999...
            "-1.005, -1.01",
            "-1.004, -1.00",
            "0.001, 0.00",
            "7, 7.00",
            "12.5, 12.50",
    })
    void ofBigDecimalRoundsHalfUpToTheFen(String amount, String expected) {
        assertThat(Money.of(new BigDecimal(amount)).toPlainString()).isEqualTo(expected);
        assertThat(Money.of(new BigDecimal(amount)).amount().scale()).isEqualTo(2);
    }

    @Test
    void ofStringIsExactAndRefusesAThirdDecimal() {
        assertThat(Money.of("12.5").toPlainString()).isEqualTo("12.50");
        assertThat(Money.of("1.500").toPlainString()).isEqualTo("1.50");
        assertThat(Money.of("-3").toPlainString()).isEqualTo("-3.00");
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0.00",
            "123|123.00",
            "123.5|123.50",
            "123.45|123.45",
            "  123.45  |123.45",
            "１２３．５|123.50",
            "１，２３４．５０|1234.50",
            "123。5|123.50",
            "1,234.50|1234.50",
            "1,234,567.89|1234567.89",
            "¥1,234.50|1234.50",
            "￥ 88|88.00",
            "88元|88.00",
            "88.8 元|88.80",
            "¥88元|88.00",
            "-50|-50.00",
            "－50|-50.00",
            "-¥50.00|-50.00",
            "¥-50.00|-50.00",
            ".5|0.50",
            "5.|5.00",
            "0.01|0.01",
            "-0|0.00",
            "007.10|7.10",
            "999999999999.99|999999999999.99",
    })
    void parseNormalisesWhatAPersonTypes(String typed, String expected) {
        assertThat(Money.parse(typed).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', value = {
            "''|money.invalid.empty",
            "'   '|money.invalid.empty",
            "abc|money.invalid.format",
            "12a|money.invalid.format",
            "1.2.3|money.invalid.format",
            "1,23|money.invalid.format",
            "12,34.5|money.invalid.format",
            "1234,567|money.invalid.format",
            "1.234,56|money.invalid.format",
            ".|money.invalid.format",
            "¥|money.invalid.format",
            "元|money.invalid.format",
            "--5|money.invalid.format",
            "+5|money.invalid.format",
            "1 234|money.invalid.format",
            "1e3|money.invalid.format",
            "1.005|money.invalid.tooManyDecimals",
            "1.500|money.invalid.tooManyDecimals",
            "-0.125|money.invalid.tooManyDecimals",
            "1000000000000|money.invalid.tooLarge",
            "1,000,000,000,000.00|money.invalid.tooLarge",
    })
    void parseRefusesWithTheExactKey(String typed, String key) {
        InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, () -> Money.parse(typed));
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.arguments()).isEmpty();
    }

    @Test
    void parseRefusesNullAsEmpty() {
        InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, () -> Money.parse(null));
        assertThat(refusal.messageKey()).isEqualTo("money.invalid.empty");
    }

    @Test
    void arithmeticIsExactToTheFen() {
        Money price = Money.of("10.10");
        assertThat(price.plus(Money.of("0.20")).toPlainString()).isEqualTo("10.30");
        assertThat(price.minus(Money.of("20.20")).toPlainString()).isEqualTo("-10.10");
        assertThat(price.times(3).toPlainString()).isEqualTo("30.30");
        assertThat(price.times(-1)).isEqualTo(price.negate());
        assertThat(price.negate().toPlainString()).isEqualTo("-10.10");
        assertThat(Money.ZERO.negate()).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "10.01, 0.5, 5.01",   // 5.005
            "12.35, 1.5, 18.53",  // 18.525
            "12.34, 1.5, 18.51",
            "99.90, 0.333, 33.27", // 33.2667
            "-10.01, 0.5, -5.01",
            "45.00, 0, 0.00",
    })
    void timesAQuantityRoundsHalfUpPerLine(String price, String quantity, String expected) {
        assertThat(Money.of(price).times(new BigDecimal(quantity)).toPlainString()).isEqualTo(expected);
    }

    @Test
    void signTests() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.of("0.01").isPositive()).isTrue();
        assertThat(Money.of("-0.01").isNegative()).isTrue();
        assertThat(Money.of("-0.01").isZero()).isFalse();
    }

    @Test
    void equalityAndOrderAreByValueAtScaleTwo() {
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).hasSameHashCodeAs(Money.of("1.50"));
        assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(Money.parse("1.50"));
        assertThat(Money.of("1.51")).isNotEqualTo(Money.of("1.50"));
        assertThat(Money.of("-2.00")).isLessThan(Money.ZERO);
        assertThat(Money.of("10.00").compareTo(Money.of("9.99"))).isPositive();
    }

    @Test
    void sumAddsEveryAmount() {
        assertThat(Money.sum(List.of(Money.of("0.10"), Money.of("0.20"), Money.of("-0.05"))).toPlainString())
                .isEqualTo("0.25");
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "{0} at {1}: net {2} + tax {3}")
    @CsvSource({
            "113.00, 0.13, 100.00, 13.00",
            "100.00, 0.13, 88.50, 11.50",   // tax 11.5044...
            "1.00, 0.13, 0.88, 0.12",       // tax 0.11504...
            "0.09, 0.13, 0.08, 0.01",       // tax 0.01035...
            "0.01, 0.13, 0.01, 0.00",
            "1234.56, 0.13, 1092.53, 142.03",
            "-100.00, 0.13, -88.50, -11.50", // a refund splits like the sale it reverses
            "106.00, 0.06, 100.00, 6.00",
            "100.00, 0.06, 94.34, 5.66",
            "99.99, 0.09, 91.73, 8.26",
            "0.00, 0.13, 0.00, 0.00",
            "500.00, 0, 500.00, 0.00",
            "0.05, 1, 0.02, 0.03",          // tax exactly 0.025: half-up, not half-even
    })
    void splitIncludedVatRoundsTheTaxAndLeavesTheRestAsNet(String gross, String rate, String net, String tax) {
        VatSplit split = Money.of(gross).splitIncludedVat(new BigDecimal(rate));
        assertThat(split.net().toPlainString()).isEqualTo(net);
        assertThat(split.tax().toPlainString()).isEqualTo(tax);
        assertThat(split.gross()).isEqualTo(Money.of(gross));
    }

    @ParameterizedTest(name = "rate {0}")
    @ValueSource(strings = {"0.13", "0.09", "0.06", "0.03"})
    void netPlusTaxIsTheGrossForEveryAmountUpToAThousandYuan(String rate) {
        BigDecimal vat = new BigDecimal(rate);
        BigDecimal onePlusRate = BigDecimal.ONE.add(vat);
        for (int fen = 1; fen <= 100_000; fen++) {
            Money gross = Money.of(BigDecimal.valueOf(fen, 2));
            VatSplit split = gross.splitIncludedVat(vat);
            assertThat(split.net().plus(split.tax())).isEqualTo(gross);
            // the tax is within half a fen of the exact tax
            BigDecimal exactTax = gross.amount().multiply(vat).divide(onePlusRate, 10, java.math.RoundingMode.HALF_UP);
            assertThat(split.tax().amount().subtract(exactTax).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    @Test
    void aNegativeRateIsAProgrammingError() {
        assertThatThrownBy(() -> Money.of("10.00").splitIncludedVat(new BigDecimal("-0.13")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "1234.5|en|¥1,234.50",
            "1234.5|zh-CN|¥1,234.50",
            "0|en|¥0.00",
            "1234567.89|zh-CN|¥1,234,567.89",
            "-12|en|-¥12.00",
            "-0.5|zh-CN|-¥0.50",
    })
    void formatForDisplay(String amount, String languageTag, String expected) {
        assertThat(Money.of(amount).format(Locale.forLanguageTag(languageTag))).isEqualTo(expected);
    }

    @Test
    void toPlainStringHasTwoDecimalsAndNoGrouping() {
        assertThat(Money.of("1234.5").toPlainString()).isEqualTo("1234.50");
        assertThat(Money.of("1234.5")).hasToString("1234.50");
        assertThat(Money.ZERO.toPlainString()).isEqualTo("0.00");
    }
}
