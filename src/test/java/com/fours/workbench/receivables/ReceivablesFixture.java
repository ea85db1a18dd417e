package com.fours.workbench.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillKind;
import com.fours.workbench.cashier.CashierDao;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.InvoiceNumber;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Money;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.repair.Payer;

/**
 * The cashier fixture's store with bills issued straight into the bill table on its one repair order
 * (the workshop's way to a bill is the cashier's tests' business), then put on account through the
 * real desk ({@code PaymentService}), so the ledger is fed as at the counter.
 */
public final class ReceivablesFixture {

    public final CashierFixture f;
    public final AppServices services;
    private int companies;

    public ReceivablesFixture(CashierFixture f) {
        this.f = f;
        this.services = f.services;
    }

    /** A bill of {@code total} to the payer, issued on {@code day}; its id. */
    public long bill(Payer payer, String payerName, long customerId, String total, LocalDate day) {
        BigDecimal amount = new BigDecimal(total);
        return services.transactions().inTransaction(handle -> {
            InvoiceNumber number = InvoiceNumber.next(handle, day.getYear());
            return handle.attach(CashierDao.class).insertBill(number.text(), number.year(), number.sequence(),
                    BillKind.BILL.name(), f.repair.orderId(), customerId, payer.name(), payerName, null,
                    BigDecimal.ZERO, new BigDecimal("0.13"), amount, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    amount, amount, BigDecimal.ZERO, day, "chenjing", day.atStartOfDay(services.zone()).toInstant(),
                    null, null, null);
        });
    }

    /** A bill of the maker put fully on account on {@code day}. */
    public long warrantyOnAccount(String maker, String total, LocalDate day) {
        long bill = bill(Payer.WARRANTY, maker, f.repair.customer.id(), total, day);
        onAccount(bill, total, day);
        return bill;
    }

    public void onAccount(long billId, String amount, LocalDate day) {
        asCashier();
        services.payments().pay(billId, new PaymentInput(PaymentMethod.ON_ACCOUNT, amount, "", day.toString()));
    }

    /** Logs the cashier in unless she is: a password check costs a few hundred milliseconds. */
    public void asCashier() {
        if (!services.session().user().map(u -> u.username().equals("chenjing")).orElse(false)) {
            f.as("chenjing");
        }
    }

    /** A new company customer, allowed on account up to {@code limit} by the manager. */
    public Customer company(String name, String limit) {
        f.as("lina");
        Customer c = services.customers().create(new CustomerInput(CustomerKind.COMPANY, name,
                String.format("139 0000 %04d", ++companies), "", "广州市天河区", "", PreferredContact.PHONE, true,
                MemberLevel.NONE, ""), false);
        f.as("zhoujie");
        services.discountPolicy().grantAccount(c.id(), limit);
        f.as("chenjing");
        return c;
    }

    public ReceivablePayer payer(String key) {
        return services.transactions().read(h -> h.attach(ReceivablesDao.class).payerByKey(key)).orElseThrow();
    }

    public ReceivablePayer maker(String name) {
        return payer("WARRANTY:" + name);
    }

    public OpenItem itemOf(long billId) {
        return services.transactions().read(h -> {
            ReceivablesDao dao = h.attach(ReceivablesDao.class);
            return dao.item(dao.lockItemOfBill(billId).orElseThrow()).orElseThrow();
        });
    }

    public ReceivablesDao.Totals totals(long payerId) {
        return services.transactions().read(h -> h.attach(ReceivablesDao.class).totals(payerId));
    }

    public int audits(String action) {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    public static ReceiptInput transfer(String amount, String reference) {
        return new ReceiptInput(ReceiptMethod.BANK_TRANSFER, amount, reference, "");
    }

    public static List<Allocation> applied(Object... itemAndAmount) {
        List<Allocation> list = new java.util.ArrayList<>();
        for (int i = 0; i < itemAndAmount.length; i += 2) {
            list.add(new Allocation((Long) itemAndAmount[i], (String) itemAndAmount[i + 1]));
        }
        return list;
    }

    public static Money m(String amount) {
        return Money.of(amount);
    }
}
