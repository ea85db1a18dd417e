package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

class CashUpDemoDataTest {

    @Test
    void theDemoClosesThePastDaysWithTheirCountTodayStaysOpenAndItsVisitsWaitForExport(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            LocalDate today = LocalDate.of(2026, 11, 27);

            List<CashDayClosed> closed = services.cashUp().closedDays(30);

            assertThat(closed).isNotEmpty().allMatch(c -> c.businessDay().isBefore(today));
            assertThat(closed).allMatch(c -> c.closedBy().equals("杨敏"));
            List<CashDayClosed> short_ = closed.stream().filter(c -> !c.difference().isZero()).toList();
            assertThat(short_).hasSize(1);
            CashDayClosed shortDay = short_.get(0);
            assertThat(shortDay.difference()).isEqualTo(Money.of("-2.00"));
            assertThat(shortDay.differenceReason()).isEqualTo("找零时多找给客户两元");
            CashUpFigures figures = services.cashUp().figures(shortDay.businessDay());
            assertThat(figures.cashTaken().isPositive()).as("a drawer that took cash").isTrue();
            assertThat(shortDay.expectedCash()).isEqualTo(figures.expectedCash(Money.of("500.00")));
            assertThat(services.cashUp().figures(today).isClosed()).isFalse();
            assertThat(services.healthRecords().pending()).isNotEmpty()
                    .allMatch(p -> p.settlementDay().isBefore(today.plusDays(1)));
        }
    }
}
