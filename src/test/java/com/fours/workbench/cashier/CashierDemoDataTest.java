package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/** The demo cashier has coupons, paid visits of past days with consistent bills, and orders to settle. */
class CashierDemoDataTest {

    @Test
    void theDemoHasPastPaidVisitsAndOneOrderTheCashierCanSettleAndDeliver(@TempDir Path dataFolder) {
        try (AppServices services = StoreImages.demo(dataFolder, MutableClock.shanghai("2026-11-27T02:00:00Z"))) {
            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            List<CashierOrderRow> waiting = services.cashier().orders("", false, 50);
            assertThat(waiting).isNotEmpty();
            assertThat(services.discountPolicy().coupons()).extracting(Coupon::code)
                    .contains("WELCOME50", "VIP10", "SPRING20");
            // the cashier's fleet customer and the receivables demo's two (ReceivablesDemoData)
            assertThat(services.discountPolicy().accounts()).hasSize(3);

            List<Long> delivered = services.transactions().read(h -> h.createQuery(
                    "SELECT o.id FROM repair_order o WHERE o.status = 'DELIVERED' "
                            + "AND EXISTS (SELECT 1 FROM bill b WHERE b.repair_order_id = o.id) ORDER BY o.id")
                    .mapTo(Long.class).list());
            // ten paid at the desk, 21 put on account by the receivables demo
            assertThat(delivered).hasSize(31);
            for (long id : delivered) {
                BillDetails bill = services.cashier().bills(id).get(0);
                assertThat(bill.paidInFull()).isTrue();
                assertThat(bill.bill().net().plus(bill.bill().tax())).isEqualTo(bill.bill().total());
                assertThat(Money.sum(bill.lines().stream().map(BillLine::total).toList())).isEqualTo(bill.bill().total());
                assertThat(bill.bill().businessDay()).isBefore(java.time.LocalDate.of(2026, 11, 27));
            }

            long order = waiting.get(0).id();
            BillDetails bill = services.cashier().settle(order, waiting.get(0).version(),
                    SettlementInput.plain().withCoupon("WELCOME50"), null).get(0);
            assertThat(bill.number()).isEqualTo("JS2026-000032");
            services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.ALIPAY, bill.due().toPlainString()));
            // the demo's car came with its keys under a tag: each is ticked back at the hand-back
            services.deliveries().deliver(order, services.cashier().order(order).version(), 5, null,
                    services.deliveries().keysAndDocuments(order).stream()
                            .map(item -> com.fours.workbench.intake.ItemReturn.returned(item.id())).toList());
            assertThat(services.cashier().order(order).status()).isEqualTo(RepairOrderStatus.DELIVERED);
        }
    }
}
