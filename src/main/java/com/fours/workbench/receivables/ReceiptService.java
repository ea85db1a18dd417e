package com.fours.workbench.receivables;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
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
        Money amount = errors.check(ReceiptInput.AMOUNT, () -> positive(input.amount()));
        String reference = errors.check(ReceiptInput.REFERENCE, () -> input.method() != null
                && input.method().needsReference() ? Typed.requiredText(input.reference(), MAX_REFERENCE)
                : Typed.optionalText(input.reference(), MAX_REFERENCE));
        LocalDate day = errors.check(ReceiptInput.RECEIVED_ON, () -> day(input.receivedOn()));
        List<ReceivablesDao.Applied> applied = errors.check(ReceiptInput.APPLIED, () -> checked(allocations));
        errors.throwIfAny();
        Money total = total(applied);
        if (total.compareTo(amount) > 0) {
            throw new InvalidFieldsException(Map.of(ReceiptInput.APPLIED, new InvalidValueException(
                    "receivables.applied.aboveReceipt", total.toPlainString(), amount.toPlainString())));
        }
        return transactions.inTransaction(handle -> {
            Receipt receipt = insert(handle, payerId, input.method(), amount, reference, day, applied, user.username(),
                    clock.instant());
            audit.record(handle, ReceivablesAuditAction.RECEIPT_RECORDED, "receipt", receipt.number(), null,
                    "payer=" + payerId + ", method=" + input.method() + ", amount=" + amount.toPlainString()
                            + ", reference=" + reference + ", day=" + day + ", applied=" + describe(applied)
                            + ", unapplied=" + receipt.unapplied().toPlainString());
            return receipt;
        });
    }

    /** Applies a receipt's credit to open items of its payer; {@code version} is the receipt the user saw. */
    public Receipt apply(long receiptId, int version, List<Allocation> allocations) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        List<ReceivablesDao.Applied> applied = errors.check(ReceiptInput.APPLIED, () -> checked(allocations));
        errors.throwIfAny();
        if (applied.isEmpty()) {
            throw new InvalidFieldsException(Map.of(ReceiptInput.APPLIED,
                    new InvalidValueException("receivables.applied.nothing")));
        }
        return transactions.inTransaction(handle -> {
            ReceivablesDao dao = handle.attach(ReceivablesDao.class);
            Receipt receipt = dao.lockReceipt(receiptId).orElseThrow(() -> new BusinessRuleException(
                    "receivables.receipt.notFound", String.valueOf(receiptId)));
            if (receipt.version() != version) {
                throw new ConcurrentChangeException(receipt.number());
            }
            Money total = total(applied);
            if (total.compareTo(receipt.unapplied()) > 0) {
                throw new InvalidFieldsException(Map.of(ReceiptInput.APPLIED, new InvalidValueException(
                        "receivables.applied.aboveCredit", receipt.number(), total.toPlainString(),
                        receipt.unapplied().toPlainString())));
            }
            applyTo(handle, receipt, applied, user.username(), clock.instant());
            Receipt after = dao.receipt(receiptId).orElseThrow();
            audit.record(handle, ReceivablesAuditAction.RECEIPT_APPLIED, "receipt", receipt.number(),
                    "unapplied=" + receipt.unapplied().toPlainString(),
                    "applied=" + describe(applied) + ", unapplied=" + after.unapplied().toPlainString());
            return after;
        });
    }

    /**
     * Writes a checked receipt and its allocations in the caller's transaction: the number, the
     * reference once per payer and method, each item no more than is open. No audit (the demo's too).
     */
    public static Receipt insert(Handle handle, long payerId, ReceiptMethod method, Money amount, String reference,
                                 LocalDate day, List<ReceivablesDao.Applied> applied, String by, Instant at) {
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
        Receipt receipt = dao.receipt(id).orElseThrow();
        if (!applied.isEmpty()) {
            applyTo(handle, receipt, applied, by, at);
        }
        return dao.receipt(id).orElseThrow();
    }

    private static void applyTo(Handle handle, Receipt receipt, List<ReceivablesDao.Applied> applied, String by,
                                Instant at) {
        ReceivablesDao dao = handle.attach(ReceivablesDao.class);
        // items in id order: two receipts applied to the same items at once lock them in the same order
        for (ReceivablesDao.Applied a : applied.stream().sorted((x, y) -> Long.compare(x.itemId(), y.itemId())).toList()) {
            dao.lockItem(a.itemId()).orElseThrow(() -> new BusinessRuleException("receivables.item.notFound",
                    String.valueOf(a.itemId())));
            OpenItem item = dao.item(a.itemId()).orElseThrow();
            if (item.payerId() != receipt.payerId()) {
                throw new BusinessRuleException("receivables.item.otherPayer", item.billNumber(), receipt.number());
            }
            if (dao.apply(a.itemId(), a.amount()) != 1) {
                throw new InvalidFieldsException(Map.of(ReceiptInput.APPLIED, new InvalidValueException(
                        "receivables.applied.aboveOpen", item.billNumber(), Money.of(a.amount()).toPlainString(),
                        item.openAmount().toPlainString())));
            }
        }
        if (dao.useCredit(receipt.id(), receipt.version(), total(applied).amount()) != 1) {
            throw new ConcurrentChangeException(receipt.number());
        }
        dao.insertAllocations(receipt.id(), applied, by, at);
    }

    private static List<ReceivablesDao.Applied> checked(List<Allocation> allocations) {
        List<ReceivablesDao.Applied> applied = new ArrayList<>();
        Set<Long> items = new HashSet<>();
        for (Allocation a : allocations == null ? List.<Allocation>of() : allocations) {
            String typed = Typed.clean(a.amount());
            if (typed == null || typed.isEmpty()) {
                continue;
            }
            Money amount = Money.parse(typed);
            if (amount.isZero()) {
                continue;
            }
            if (amount.isNegative()) {
                throw new InvalidValueException("cashier.amount.positive");
            }
            if (!items.add(a.itemId())) {
                throw new InvalidValueException("receivables.applied.twice");
            }
            applied.add(new ReceivablesDao.Applied(a.itemId(), amount.amount()));
        }
        return applied;
    }

    private static Money total(List<ReceivablesDao.Applied> applied) {
        return Money.sum(applied.stream().map(a -> Money.of(a.amount())).toList());
    }

    private static String describe(List<ReceivablesDao.Applied> applied) {
        return applied.stream().map(a -> "item" + a.itemId() + ":" + Money.of(a.amount()).toPlainString()).toList()
                .toString();
    }

    private static Money positive(String typed) {
        Money amount = Money.parse(typed);
        if (!amount.isPositive()) {
            throw new InvalidValueException("cashier.amount.positive");
        }
        return amount;
    }

    private LocalDate day(String typed) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Typed.optionalDate(typed);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("receivables.day.future", day);
        }
        return day;
    }
}
