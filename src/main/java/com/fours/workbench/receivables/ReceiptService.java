package com.fours.workbench.receivables;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.openitems.Allocations;
import com.fours.workbench.openitems.Applied;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * A payer's receipts: recorded with what they pay (one or several open items, partly or fully), the
 * rest kept as the payer's credit; a credit applied later. One transaction per step, audited; a
 * bank or cheque reference is recorded once, an item is never paid beyond what is open, a receipt's
 * credit is never applied twice (its version and its unapplied amount both guard it).
 */
public final class ReceiptService {

    private static final int MAX_REFERENCE = 100;
    private static final Allocations.Refusals REFUSALS = new Allocations.Refusals(ReceiptInput.APPLIED,
            "receivables.applied.twice", "receivables.applied.nothing", "receivables.applied.aboveReceipt",
            "receivables.applied.aboveCredit", "receivables.item.otherPayer", "receivables.applied.aboveOpen",
            "receivables.applied.aboveOpen", "receivables.applied.aboveOpen");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public ReceiptService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a receipt of the payer and applies it as listed; returns it as it stands after. */
    public Receipt record(long payerId, ReceiptInput input, List<Allocation> allocations) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.method() == null) {
            errors.reject(ReceiptInput.METHOD, new InvalidValueException("field.required"));
        }
        Money amount = errors.check(ReceiptInput.AMOUNT, () -> Allocations.positive(input.amount()));
        String reference = errors.check(ReceiptInput.REFERENCE, () -> input.method() != null
                && input.method().needsReference() ? Typed.requiredText(input.reference(), MAX_REFERENCE)
                : Typed.optionalText(input.reference(), MAX_REFERENCE));
        LocalDate day = errors.check(ReceiptInput.RECEIVED_ON, () -> Allocations.day(input.receivedOn(), clock));
        List<Applied> applied = errors.check(ReceiptInput.APPLIED, () -> Allocations.checked(allocations, REFUSALS));
        errors.throwIfAny();
        Allocations.requireWithin(applied, amount, REFUSALS);
        return transactions.inTransaction(handle -> {
            Receipt receipt = insert(handle, payerId, input.method(), amount, reference, day, applied, user.username(),
                    clock.instant());
            audit.record(handle, ReceivablesAuditAction.RECEIPT_RECORDED, "receipt", receipt.number(), null,
                    "payer=" + payerId + ", method=" + input.method() + ", amount=" + amount.toPlainString()
                            + ", reference=" + reference + ", day=" + day + ", applied="
                            + Allocations.describe(applied, "item") + ", unapplied=" + receipt.unapplied().toPlainString());
            return receipt;
        });
    }

    /** Applies a receipt's credit to open items of its payer; {@code version} is the receipt the user saw. */
    public Receipt apply(long receiptId, int version, List<Allocation> allocations) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        List<Applied> applied = errors.check(ReceiptInput.APPLIED, () -> Allocations.checked(allocations, REFUSALS));
        errors.throwIfAny();
        Allocations.requireSome(applied, REFUSALS);
        return transactions.inTransaction(handle -> {
            ReceivablesDao dao = handle.attach(ReceivablesDao.class);
            Receipt receipt = dao.lockReceipt(receiptId).orElseThrow(() -> new BusinessRuleException(
                    "receivables.receipt.notFound", String.valueOf(receiptId)));
            Allocations.applyCredit(new ItemBook(dao), source(receipt), version, applied, REFUSALS, user.username(),
                    clock.instant());
            Receipt after = dao.receipt(receiptId).orElseThrow();
            audit.record(handle, ReceivablesAuditAction.RECEIPT_APPLIED, "receipt", receipt.number(),
                    "unapplied=" + receipt.unapplied().toPlainString(),
                    "applied=" + Allocations.describe(applied, "item") + ", unapplied=" + after.unapplied().toPlainString());
            return after;
        });
    }

    /**
     * Writes a checked receipt and its allocations in the caller's transaction: the number, the
     * reference once per payer and method, each item no more than is open. No audit (the demo's too).
     */
    public static Receipt insert(Handle handle, long payerId, ReceiptMethod method, Money amount, String reference,
                                 LocalDate day, List<Applied> applied, String by, Instant at) {
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        dao.payer(payerId).orElseThrow(() -> new BusinessRuleException("receivables.payer.notFound",
                String.valueOf(payerId)));
        if (reference != null) {
            var earlier = dao.receiptWithReference(payerId, method.name(), reference);
            if (earlier.isPresent()) {
                throw new InvalidFieldsException(Map.of(ReceiptInput.REFERENCE, new InvalidValueException(
                        "receivables.receipt.duplicate", reference, earlier.get())));
            }
        }
        int last = dao.lockReceiptCounter() + 1;
        dao.setReceiptCounter(last);
        String number = String.format("SK%06d", last);
        long id = dao.insertReceipt(number, payerId, method.name(), amount.amount(), reference, day, by, at);
        if (!applied.isEmpty()) {
            Allocations.apply(new ItemBook(dao), source(dao.receipt(id).orElseThrow()), applied, REFUSALS, by, at);
        }
        return dao.receipt(id).orElseThrow();
    }

    private static Allocations.Source source(Receipt receipt) {
        return new Allocations.Source(receipt.id(), receipt.payerId(), receipt.number(), receipt.version(),
                receipt.unapplied());
    }

    /** The receivables' open items and receipts as the open-items kit writes them. */
    private record ItemBook(ReceivablesDao dao) implements Allocations.Book {

        @Override
        public Allocations.Item lockItem(long itemId) {
            dao.lockItem(itemId).orElseThrow(() -> new BusinessRuleException("receivables.item.notFound",
                    String.valueOf(itemId)));
            OpenItem item = dao.item(itemId).orElseThrow();
            return new Allocations.Item(item.id(), item.payerId(), item.billNumber(), item.openAmount(), true);
        }

        @Override
        public boolean take(long itemId, BigDecimal amount) {
            return dao.apply(itemId, amount) == 1;
        }

        @Override
        public Allocations.Credits credits() {
            return dao;
        }
    }
}
