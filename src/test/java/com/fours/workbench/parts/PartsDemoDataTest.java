package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

class PartsDemoDataTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");

    @Test
    void theDemoStoreHasAFewHundredPartsAHistoryThatKeepsTheLedgerTrueAndWorkToDo(@TempDir Path dataFolder) {
        try (AppServices demo = StoreImages.demo(dataFolder, clock)) {
            demo.authentication().login("clerk", SecurityDemoData.PASSWORD.toCharArray());
            int parts = demo.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM part").mapTo(Integer.class).one());
            long movements = demo.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM stock_movement")
                    .mapTo(Long.class).one());
            assertThat(parts).isBetween(200, 600);
            assertThat(movements).isGreaterThan(3000);
            LedgerInvariant.assertHolds(demo);
            assertThat(demo.parts().lookup("90915-YZZE1")).isPresent();
            // the clerk serves real repair orders of the demo, not made-up numbers
            List<Long> toServe = demo.reservations().repairOrdersToServe();
            assertThat(toServe).isNotEmpty();
            List<Long> repairOrders = demo.transactions().read(
                    h -> h.createQuery("SELECT id FROM repair_order").mapTo(Long.class).list());
            assertThat(repairOrders).containsAll(toServe);
            assertThat(demo.purchasing().recentOrders(10)).extracting(PurchaseOrder::status)
                    .contains(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SENT);
            StockFigures figures = demo.partsFigures().figures(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 27));
            assertThat(figures.turnover()).isPositive();
            assertThat(figures.fillRatePercent()).isBetween(java.math.BigDecimal.valueOf(50), java.math.BigDecimal.valueOf(100));
            assertThat(demo.partsFigures().deadStock()).isNotEmpty();
            assertThat(demo.purchasing().reorderSuggestions()).isNotEmpty();
        }
    }
}
