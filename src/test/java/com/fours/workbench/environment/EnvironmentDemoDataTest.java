package com.fours.workbench.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/**
 * The demo store's waste ledger: a catalogue, a licensed handler and one whose licence has expired,
 * a month of waste (weighed, and by rule from the demo's finished lines), one hand-over; every kind balanced.
 */
class EnvironmentDemoDataTest {

    @Test
    void theDemoHasAMonthOfWasteOneHandOverAndAnExpiredLicenceAndEveryKindBalances(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("lead", SecurityDemoData.PASSWORD.toCharArray());
            LocalDate today = LocalDate.of(2026, 11, 27);
            List<WasteHandler> handlers = services.wasteCatalogue().handlers();
            assertThat(handlers).hasSize(2);
            assertThat(handlers).filteredOn(h -> !h.licensedOn(today)).hasSize(1);
            assertThat(services.wasteCatalogue().kinds()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(services.wasteCatalogue().rules()).isNotEmpty();

            LedgerReport november = services.wasteReports().month(YearMonth.of(2026, 11));
            assertThat(november.transfers()).hasSize(1);
            assertThat(november.entries()).anyMatch(e -> e.source() == WasteSource.RULE);
            assertThat(november.entries().stream().map(WasteEntry::entryDay).distinct().count()).isGreaterThan(15);
            for (WasteStock s : services.wasteReports().stock()) {
                assertThat(s.inStore()).as(s.kind().name()).isEqualByComparingTo(s.produced().subtract(s.transferred()));
                assertThat(s.inStore().signum()).as(s.kind().name()).isGreaterThanOrEqualTo(0);
            }
            WasteStock oil = services.wasteReports().stock().stream().filter(s -> s.kind().category().equals("HW08"))
                    .findFirst().orElseThrow();
            assertThat(oil.inStore()).as("enough for the supervisor's next 200 kg hand-over")
                    .isGreaterThan(new java.math.BigDecimal("200"));
        }
    }
}
