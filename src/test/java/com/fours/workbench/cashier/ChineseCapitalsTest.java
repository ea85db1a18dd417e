package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fours.workbench.core.Money;

class ChineseCapitalsTest {

    @ParameterizedTest
    @CsvSource({
            "676.00, 陆佰柒拾陆元整",
            "765.99, 柒佰陆拾伍元玖角玖分",
            "0.00, 零元整",
            "0.05, 伍分",
            "10.50, 壹拾元伍角整",
            "100.05, 壹佰元零伍分",
            "1010.00, 壹仟零壹拾元整",
            "10005.30, 壹万零伍元叁角整",
            "100000.00, 壹拾万元整",
            "100000005.00, 壹亿零伍元整",
            "12345678.90, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整",
            "-30.00, 负叁拾元整"})
    void writesAmountsAsBillsPrintThem(String amount, String words) {
        assertThat(ChineseCapitals.of(Money.of(amount))).isEqualTo(words);
    }
}
