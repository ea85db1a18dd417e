package com.fours.workbench.care;

import static com.fours.workbench.cashier.CashierFixture.fee;

import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The cashier's store plus a customer-service agent (huangli), and visits taken to the hand-back. */
final class CareFixture {

    final CashierFixture cashier;
    final AppServices services;

    CareFixture(MutableClock clock) {
        this(new CashierFixture(clock));
    }

    CareFixture(AppServices setUp) {
        this(new CashierFixture(setUp));
    }

    private CareFixture(CashierFixture cashier) {
        this.cashier = cashier;
        this.services = cashier.services;
        TestWorkbench.addUser(services, "huangli", CashierFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
    }

    void as(String user) {
        cashier.as(user);
    }

    /** Settled, paid by card and handed back with this satisfaction; returns the order id. */
    long delivered(List<LineInput> lines, int satisfaction) {
        long order = cashier.anotherReadyOrder(lines);
        handBack(order, satisfaction);
        return order;
    }

    void handBack(long order, int satisfaction) {
        as("chenjing");
        List<BillDetails> bills = services.cashier().settle(order, cashier.version(order), SettlementInput.plain(), null);
        for (BillDetails bill : bills) {
            services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.BANK_CARD,
                    bill.bill().total().toPlainString()));
        }
        services.deliveries().deliver(order, cashier.version(order), satisfaction, null);
    }

    static List<LineInput> oilChange() {
        return List.of(fee("机油更换", "1", "380.00", Payer.CUSTOMER));
    }
}
