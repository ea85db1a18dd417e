package com.fours.workbench.cashier;

import static com.fours.workbench.repair.RepairFixture.q;

import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.MutableClock;

/**
 * For the screens' tests: the cashier fixture's store (cashier chenjing, password
 * {@link #PASSWORD}) with one settled visit paid today: 235.00 (oil change 190.00 + filter 45.00),
 * 35.00 by WeChat Pay and 300.00 cash handed over for the remaining 200.00 (100.00 change). With no
 * float the drawer should hold 200.00. A second visit (brake pads, 630.00) is settled and unpaid.
 */
public final class CashUpDayFixture {

    public static final String CASHIER = "chenjing";
    /** The cashier's own password, chosen after the administrator's first one (so no change is asked at log-in). */
    public static final String PASSWORD = "Kasse2026";

    public final AppServices services;
    /** The unpaid bill of the second visit: what a payment into a closed day is tried on. */
    public final long unpaidBillId;
    public final String unpaidOrderNumber;

    public CashUpDayFixture(MutableClock clock) {
        this(new CashierFixture(clock));
    }

    /** The same on a workbench already set up (its administrator created), e.g. on an H2 file. */
    public CashUpDayFixture(AppServices setUp) {
        this(new CashierFixture(setUp));
    }

    private CashUpDayFixture(CashierFixture f) {
        services = f.services;
        long paid = f.readyOrder(List.of(LineInput.labour(f.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER),
                LineInput.part(f.repair.filter.id(), q("1"), Payer.CUSTOMER)));
        BillDetails bill = services.cashier().settle(paid, f.version(paid), SettlementInput.plain(), null).get(0);
        services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.WECHAT_PAY, "35.00"));
        services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "300.00"));
        long unpaid = f.anotherReadyOrder(List.of(LineInput.labour(f.repair.brakePads.id(), q("1.5"), Payer.CUSTOMER)));
        BillDetails open = services.cashier().settle(unpaid, f.version(unpaid), SettlementInput.plain(), null).get(0);
        unpaidBillId = open.id();
        unpaidOrderNumber = open.orderNumber();
        services.authentication().logout();
        services.authentication().login(CASHIER, CashierFixture.PASSWORD.toCharArray());
        services.users().changeOwnPassword(CashierFixture.PASSWORD.toCharArray(), PASSWORD.toCharArray());
        services.authentication().logout();
    }
}
