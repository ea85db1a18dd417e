package com.fours.workbench.payables;

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
import com.fours.workbench.receivables.Allocation;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Payments to suppliers, the mirror of the receivables' receipts (decision 0110): applied to one or
 * several accepted invoices, partly or fully, the rest kept as the supplier's credit; a credit applied
 * later. A payment above the store's approval limit needs a manager. One transaction per step,
 * audited; a reference is recorded once per supplier and method, an invoice is never paid beyond
 * what is open, a payment's credit is never applied twice (its version and its unapplied amount).
 */
public final class SupplierPaymentService {

    private static final int MAX_REFERENCE = 100;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public SupplierPaymentService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a payment to the supplier and applies it as listed (invoice ids); returns it as it stands after. */
    public SupplierPayment record(long supplierId, PaymentInput input, List<Allocation> allocations) {
        AuthenticatedUser user = session.require(Permission.USE_PAYABLES);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.method() == null) {
            errors.reject(PaymentInput.METHOD, new InvalidValueException("field.required"));
        }
        Money amount = errors.check(PaymentInput.AMOUNT, () -> positive(input.amount()));
        String reference = errors.check(PaymentInput.REFERENCE, () -> input.method() != null
                && input.method().needsReference() ? Typed.requiredText(input.reference(), MAX_REFERENCE)
                : Typed.optionalText(input.reference(), MAX_REFERENCE));
        LocalDate day = errors.check(PaymentInput.PAID_ON, () -> day(input.paidOn()));
        List<PayablesDao.Applied> applied = errors.check(PaymentInput.APPLIED, () -> checked(allocations));
        errors.throwIfAny();
        Money total = total(applied);
        if (total.compareTo(amount) > 0) {
            throw new InvalidFieldsException(Map.of(PaymentInput.APPLIED, new InvalidValueException(
                    "payables.applied.aboveAmount", total.toPlainString(), amount.toPlainString())));
        }
        return transactions.inTransaction(handle -> {
            PayablesDao dao = handle.attach(PayablesDao.class);
            Money limit = dao.settings().approvalLimit();
            String approvedBy = null;
            if (amount.compareTo(limit) > 0) {
                if (!session.may(Permission.APPROVE_SUPPLIER_PAYMENTS)) {
                    throw new InvalidFieldsException(Map.of(PaymentInput.AMOUNT, new InvalidValueException(
                            "payables.payment.needsApproval", limit.toPlainString())));
                }
                approvedBy = user.username();
            }
            SupplierPayment payment = insert(handle, supplierId, input.method(), amount, reference, day, applied,
                    approvedBy, user.username(), clock.instant());
            audit.record(handle, PayablesAuditAction.SUPPLIER_PAYMENT_RECORDED, "supplierPayment", payment.number(),
                    null, "supplier=" + supplierId + ", method=" + input.method() + ", amount="
                            + amount.toPlainString() + ", reference=" + reference + ", day=" + day + ", applied="
                            + describe(applied) + ", unapplied=" + payment.unapplied().toPlainString()
                            + (approvedBy == null ? "" : ", approvedAboveLimit=" + limit.toPlainString()));
            return payment;
        });
    }

    /** Applies a payment's credit to open invoices of its supplier; {@code version} is the payment the user saw. */
    public SupplierPayment apply(long paymentId, int version, List<Allocation> allocations) {
        AuthenticatedUser user = session.require(Permission.USE_PAYABLES);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        List<PayablesDao.Applied> applied = errors.check(PaymentInput.APPLIED, () -> checked(allocations));
        errors.throwIfAny();
        if (applied.isEmpty()) {
            throw new InvalidFieldsException(Map.of(PaymentInput.APPLIED,
                    new InvalidValueException("payables.applied.nothing")));
        }
        return transactions.inTransaction(handle -> {
            PayablesDao dao = handle.attach(PayablesDao.class);
            SupplierPayment payment = dao.lockPayment(paymentId).orElseThrow(() -> new BusinessRuleException(
                    "payables.payment.notFound", String.valueOf(paymentId)));
            if (payment.version() != version) {
                throw new ConcurrentChangeException(payment.number());
            }
            Money total = total(applied);
            if (total.compareTo(payment.unapplied()) > 0) {
                throw new InvalidFieldsException(Map.of(PaymentInput.APPLIED, new InvalidValueException(
                        "payables.applied.aboveCredit", payment.number(), total.toPlainString(),
                        payment.unapplied().toPlainString())));
            }
            applyTo(handle, payment, applied, user.username(), clock.instant());
            SupplierPayment after = dao.payment(paymentId).orElseThrow();
            audit.record(handle, PayablesAuditAction.SUPPLIER_PAYMENT_APPLIED, "supplierPayment", payment.number(),
                    "unapplied=" + payment.unapplied().toPlainString(),
                    "applied=" + describe(applied) + ", unapplied=" + after.unapplied().toPlainString());
            return after;
        });
    }

    /**
     * The demo's payments (docs/conventions.md, Demo data): numbered and applied as {@link #record} does, in
     * the seeder's transaction, without an audit row (nobody is logged in while seeding).
     */
    public static SupplierPayment insertPayment(Handle handle, long supplierId, ReceiptMethod method, Money amount,
                                                String reference, LocalDate day, List<Allocation> allocations,
                                                String by, Instant at) {
        return insert(handle, supplierId, method, amount, reference, day, checked(allocations), null, by, at);
    }

    private static SupplierPayment insert(Handle handle, long supplierId, ReceiptMethod method, Money amount,
                                          String reference, LocalDate day, List<PayablesDao.Applied> applied,
                                          String approvedBy, String by, Instant at) {
        PayablesDao dao = handle.attach(PayablesDao.class);
        dao.supplier(supplierId).orElseThrow(() -> new BusinessRuleException("payables.supplier.notFound",
                String.valueOf(supplierId)));
        if (reference != null) {
            var earlier = dao.paymentWithReference(supplierId, method.name(), reference);
            if (earlier.isPresent()) {
                throw new InvalidFieldsException(Map.of(PaymentInput.REFERENCE, new InvalidValueException(
                        "payables.payment.duplicate", reference, earlier.get())));
            }
        }
        int last = dao.lockPaymentCounter() + 1;
        dao.setPaymentCounter(last);
        String number = String.format("FK%06d", last);
        long id = dao.insertPayment(number, supplierId, method.name(), amount.amount(), reference, day, approvedBy, by,
                at);
        SupplierPayment payment = dao.payment(id).orElseThrow();
        if (!applied.isEmpty()) {
            applyTo(handle, payment, applied, by, at);
        }
        return dao.payment(id).orElseThrow();
    }

    private static void applyTo(Handle handle, SupplierPayment payment, List<PayablesDao.Applied> applied, String by,
                                Instant at) {
        PayablesDao dao = handle.attach(PayablesDao.class);
        // invoices in id order: two payments applied to the same invoices at once lock them in the same order
        for (PayablesDao.Applied a : applied.stream().sorted((x, y) -> Long.compare(x.invoiceId(), y.invoiceId())).toList()) {
            dao.lockInvoice(a.invoiceId()).orElseThrow(() -> new BusinessRuleException("payables.invoice.notFound",
                    String.valueOf(a.invoiceId())));
            SupplierInvoice invoice = dao.invoice(a.invoiceId()).orElseThrow();
            if (invoice.supplierId() != payment.supplierId()) {
                throw new BusinessRuleException("payables.invoice.otherSupplier", invoice.invoiceNumber(),
                        payment.number());
            }
            if (invoice.status() != InvoiceStatus.ACCEPTED) {
                throw new InvalidFieldsException(Map.of(PaymentInput.APPLIED, new InvalidValueException(
                        "payables.invoice.notPayable", invoice.invoiceNumber())));
            }
            if (dao.pay(a.invoiceId(), a.amount()) != 1) {
                throw new InvalidFieldsException(Map.of(PaymentInput.APPLIED, new InvalidValueException(
                        invoice.openAmount().isZero() ? "payables.invoice.alreadyPaid" : "payables.applied.aboveOpen",
                        invoice.invoiceNumber(), Money.of(a.amount()).toPlainString(),
                        invoice.openAmount().toPlainString())));
            }
        }
        if (dao.useCredit(payment.id(), payment.version(), total(applied).amount()) != 1) {
            throw new ConcurrentChangeException(payment.number());
        }
        dao.insertAllocations(payment.id(), applied, by, at);
    }

    private static List<PayablesDao.Applied> checked(List<Allocation> allocations) {
        List<PayablesDao.Applied> applied = new ArrayList<>();
        Set<Long> invoices = new HashSet<>();
        for (Allocation a : allocations == null ? List.<Allocation>of() : allocations) {
            String typed = Typed.clean(a.amount());
            if (typed == null || typed.isEmpty()) {
                continue;
            }
            Money amount = Money.parse(typed).storable();
            if (amount.isZero()) {
                continue;
            }
            if (amount.isNegative()) {
                throw new InvalidValueException("cashier.amount.positive");
            }
            if (!invoices.add(a.itemId())) {
                throw new InvalidValueException("payables.applied.twice");
            }
            applied.add(new PayablesDao.Applied(a.itemId(), amount.amount()));
        }
        return applied;
    }

    private static Money total(List<PayablesDao.Applied> applied) {
        return Money.sum(applied.stream().map(a -> Money.of(a.amount())).toList());
    }

    private static String describe(List<PayablesDao.Applied> applied) {
        return applied.stream().map(a -> "invoice" + a.invoiceId() + ":" + Money.of(a.amount()).toPlainString())
                .toList().toString();
    }

    private static Money positive(String typed) {
        Money amount = Money.parse(typed).storable();
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
