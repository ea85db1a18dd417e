package com.fours.workbench.receivables;

import java.time.LocalDate;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.AccountLedger;
import com.fours.workbench.cashier.Bill;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuditTrail;

/**
 * The cashier's on-account money becomes open items here (plugged into the desk by app/): the first
 * amount a bill puts on account opens its item, due its payer's payment days later; a later amount
 * adds to it, an on-account refund takes off what is still open. All in the desk's transaction.
 */
public final class ReceivablesLedger implements AccountLedger {

    /** Days to pay a new payer is given, until the store agrees others. */
    public static final int DEFAULT_PAYMENT_DAYS = 30;

    private final AuditTrail audit;

    public ReceivablesLedger(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onAccount(Handle handle, Bill bill, Money amount, LocalDate day) {
        boolean opened = charge(handle, bill, amount, day);
        audit.record(handle, amount.isPositive() ? ReceivablesAuditAction.RECEIVABLE_OPENED
                        : ReceivablesAuditAction.RECEIVABLE_REDUCED, "bill", bill.number(), opened ? null : "open item",
                "payer=" + bill.payer() + ":" + bill.payerName() + ", amount=" + amount.toPlainString() + ", day=" + day);
    }

    @Override
    public Money balance(Handle handle, long customerId) {
        return handle.attach(ReceivablesDao.class).payerByKey(ReceivablePayer.key(Payer.CUSTOMER, customerId, null))
                .map(p -> Money.of(handle.attach(ReceivablesDao.class).balance(p.id()))).orElse(Money.ZERO);
    }

    /**
     * Puts {@code amount} of the bill on its payer's account (negative: takes it off); true when it
     * opened the bill's item. Checked input, no audit: the desk's call above and the demo use it.
     */
    public static boolean charge(Handle handle, Bill bill, Money amount, LocalDate day) {
        if (bill.payer() == Payer.INTERNAL) {
            throw new IllegalArgumentException("The store does not owe itself: " + bill.number());
        }
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        var existing = dao.lockItemOfBill(bill.id());
        if (existing.isPresent()) {
            if (dao.changeAmount(existing.get(), amount.amount()) != 1) {
                OpenItem item = dao.item(existing.get()).orElseThrow();
                throw new BusinessRuleException("receivables.refund.aboveOpen", bill.number(),
                        item.openAmount().toPlainString());
            }
            return false;
        }
        if (!amount.isPositive()) {
            throw new BusinessRuleException("receivables.refund.aboveOpen", bill.number(), "0.00");
        }
        ReceivablePayer payer = payer(handle, bill.payer(), bill.customerId(), bill.payerName());
        dao.insertItem(payer.id(), bill.id(), day, day.plusDays(payer.paymentDays()), amount.amount());
        return true;
    }

    /** The payer's row, made the first time it owes anything. */
    static ReceivablePayer payer(Handle handle, Payer kind, long customerId, String name) {
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        String key = ReceivablePayer.key(kind, customerId, name);
        return dao.payerByKey(key).orElseGet(() -> {
            Long customer = kind == Payer.CUSTOMER ? customerId : null;
            long id = dao.insertPayer(key, kind.name(), customer, name, DEFAULT_PAYMENT_DAYS);
            return new ReceivablePayer(id, key, kind, customer, name, DEFAULT_PAYMENT_DAYS);
        });
    }
}
