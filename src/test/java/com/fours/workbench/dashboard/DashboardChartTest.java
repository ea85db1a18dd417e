package com.fours.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A chart of counts counts in whole steps: never half a car on its axis, about five steps up to the largest value. */
class DashboardChartTest {

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "1, 1, 1", "3, 3, 1", "5, 5, 1", "6, 6, 2", "7, 8, 2", "11, 15, 5", "23, 25, 5",
            "49, 50, 10", "230, 250, 50", "4321, 5000, 1000"})
    void theCountAxisStepsInWholeNumbers(int max, long upper, long step) {
        DashboardChart chart = new DashboardChart("cars", "台次", DashboardChart.ChartKind.BAR, FigureUnit.COUNT, "",
                List.of("a", "b", "c"), List.of(new DashboardChart.Series("本期",
                        Arrays.asList(BigDecimal.ZERO, BigDecimal.valueOf(max), null))));
        DashboardChart.CountAxis axis = chart.countAxis();
        assertThat(axis.upper()).isEqualTo(upper);
        assertThat(axis.step()).isEqualTo(step);
        assertThat(axis.upper() % axis.step()).isZero();
        assertThat(axis.upper()).isGreaterThanOrEqualTo(max);
    }
}
