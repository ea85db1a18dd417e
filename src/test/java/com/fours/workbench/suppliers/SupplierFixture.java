package com.fours.workbench.suppliers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.MovementType;
import com.fours.workbench.parts.NewMovement;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.Receipt;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * A set-up store with a clerk (zhaolei), a manager (zhoujie), two parts and two suppliers; and the
 * hand-made month of {@link #buyDecember}, whose figures are worked out in its comment.
 */
final class SupplierFixture {

    static final String PASSWORD = "Start2026";

    final AppServices services;
    final MutableClock clock;
    final Part filter;
    final Part oil;
    final Bin a1;
    final Supplier gtmc;
    final Supplier bosch;

    SupplierFixture(AppServices services, MutableClock clock) {
        this.services = services;
        this.clock = clock;
        TestWorkbench.addUser(services, "zhaolei", PASSWORD, Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
        as("zhoujie");
        filter = services.parts().create(new PartInput("90915-YZZE1", "机油滤清器", "Oil filter", "丰田", null,
                PartUnit.PCS, PartCategory.FILTER, "4582198201234", "5", "20", PricePolicy.COST_PLUS, "", true));
        oil = services.parts().create(new PartInput("08880-83718", "丰田全合成机油 0W-20", "Engine oil 0W-20", "丰田",
                "4L", PartUnit.LITRE, PartCategory.OIL, "", "0", "0", PricePolicy.FIXED, "98.00", true));
        a1 = services.parts().createBin("A-01-01", null);
        services.parts().assignBin(filter.id(), a1.id(), true);
        services.parts().assignBin(oil.id(), a1.id(), false);
        gtmc = services.purchasing().createSupplier("GTMC-PC", "广汽丰田配件中心", "王经理", "020-82210000", null);
        bosch = services.purchasing().createSupplier("BOSCH-GZ", "博世汽车配件经销部", "林晓东", "020-22883344", null);
    }

    void as(String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, PASSWORD.toCharArray());
    }

    static AgreementInput agreement(long supplierId, String number, String from, String to, String... partPrices) {
        List<AgreementInput.PriceInput> prices = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < partPrices.length; i += 2) {
            prices.add(new AgreementInput.PriceInput(Long.parseLong(partPrices[i]), partPrices[i + 1]));
        }
        return new AgreementInput(supplierId, number, from, to, "60", "3", null, prices);
    }

    /**
     * The clock starts on 2026-12-01 09:00 (Shanghai). GTMC's agreement (Nov-Dec, lead 3 days):
     * filter 20.00, oil 40.00.
     * <ul>
     * <li>Order A, sent 12-01: filter 10 at 20.00, oil 4 at 40.00. On 12-03 (due 12-04: on time)
     * 10 filters at 20.00 and 2 oil at 42.00 come (oil 2.00 above the agreed price).</li>
     * <li>Order B, sent 12-03: filter 5 at 20.00. It comes on 12-08 (due 12-06: late) at 19.50.</li>
     * <li>On 12-09 one filter of the first delivery goes back to GTMC as faulty, and order C goes out:
     * filter 8, due 12-12. On 12-09 it is not yet due and counts in no figure.</li>
     * </ul>
     * December 1-10: on time 1 of 2 = 50.0%; fill (10 + 2 + 5) / (10 + 4 + 5) = 17/19 = 89.5%; at the
     * agreed price 2 of 3 lines = 66.7%, difference 2 x 2.00 - 5 x 0.50 = 1.50; returned 1 of 17 =
     * 5.9%. Score with 40/30/20/10: (50.0x40 + 89.5x30 + 66.7x20 + 94.1x10) / 100 = 69.6.
     */
    void buyDecember() {
        as("zhoujie");
        services.purchaseAgreements().create(agreement(gtmc.id(), "XY2026-GTMC", "2026-11-01", "2026-12-31",
                String.valueOf(filter.id()), "20", String.valueOf(oil.id()), "40.00"));
        PurchaseOrder a = services.purchasing().createOrder(gtmc.id(), List.of(
                new OrderLineInput(filter.id(), new BigDecimal("10"), Money.of("20.00")),
                new OrderLineInput(oil.id(), new BigDecimal("4"), Money.of("40.00"))), null);
        a = services.purchasing().send(a.id(), a.version());
        clock.advance(Duration.ofDays(2));
        Receipt first = services.purchasing().receive(a.id(), a.version(), "SH-001", List.of(
                ReceiptLineInput.againstOrder(a.lines().get(0).id(), a1.id(), new BigDecimal("10"), Money.of("20.00")),
                ReceiptLineInput.againstOrder(a.lines().get(1).id(), a1.id(), new BigDecimal("2"), Money.of("42.00"))));
        PurchaseOrder b = services.purchasing().createOrder(gtmc.id(), List.of(
                new OrderLineInput(filter.id(), new BigDecimal("5"), Money.of("20.00"))), null);
        b = services.purchasing().send(b.id(), b.version());
        clock.advance(Duration.ofDays(5));
        services.purchasing().receive(b.id(), b.version(), "SH-002", List.of(
                ReceiptLineInput.againstOrder(b.lines().get(0).id(), a1.id(), new BigDecimal("5"), Money.of("19.50"))));
        clock.advance(Duration.ofDays(1));
        services.transactions().useTransaction(handle -> services.stockLedger().post(handle,
                NewMovement.of(filter.id(), a1.id(), MovementType.RETURN_TO_SUPPLIER, new BigDecimal("-1"))
                        .withReceipt(first.id()).withReference("质量退货")));
        PurchaseOrder c = services.purchasing().createOrder(gtmc.id(), List.of(
                new OrderLineInput(filter.id(), new BigDecimal("8"), Money.of("20.00"))), null);
        services.purchasing().send(c.id(), c.version());
    }
}
