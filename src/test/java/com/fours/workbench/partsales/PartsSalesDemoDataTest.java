package com.fours.workbench.partsales;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/** The demo has one open trade order waiting for the clerk and one walk-in sale picked, billed and paid. */
class PartsSalesDemoDataTest {

    @Test
    void theDemoHasAnOpenTradeOrderAndAPaidWalkInSale(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("manager", SecurityDemoData.PASSWORD.toCharArray());
            List<PartsSale> sales = services.partsSales().sales("", List.of(), 10);
            assertThat(sales).hasSize(2);
            PartsSale trade = sales.stream().filter(s -> !s.walkIn()).findFirst().orElseThrow();
            assertThat(trade.status()).isEqualTo(PartsSaleStatus.OPEN);
            assertThat(trade.tradeDiscountPercent()).isEqualByComparingTo("12");
            assertThat(trade.lines()).hasSize(2).allSatisfy(l -> assertThat(l.unitPrice()).isLessThan(l.listPrice()));
            assertThat(trade.billed()).isFalse();

            PartsSale walkIn = sales.stream().filter(PartsSale::walkIn).findFirst().orElseThrow();
            assertThat(walkIn.status()).isEqualTo(PartsSaleStatus.PICKED);
            assertThat(walkIn.paid()).isTrue();
            BillDetails bill = services.cashier().bill(walkIn.billId());
            assertThat(bill.number()).isEqualTo("XS2026-000001");
            assertThat(bill.bill().net().plus(bill.bill().tax())).isEqualTo(bill.bill().total());
            assertThat(bill.orderNumber()).isEqualTo(walkIn.number());

            // the clerk picks the trade order as on any day: its reservations stand
            PartsSale picked = services.partsSales().pick(trade.id(), trade.version());
            assertThat(picked.status()).isEqualTo(PartsSaleStatus.PICKED);
        }
    }
}
