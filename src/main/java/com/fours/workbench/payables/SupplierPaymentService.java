package com.fours.workbench.payables;

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
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
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
    private static final Allocations.Refusals REFUSALS = new Allocations.Refusals(PaymentInput.APPLIED,
            "payables.applied.twice", "payables.applied.nothing", "payables.applied.aboveAmount",
            "payables.applied.aboveCredit", "payables.invoice.otherSupplier", "payables.invoice.notPayable",
            "payables.applied.aboveOpen", "payables.invoice.alreadyPaid");

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
        Money amount = errors.check(PaymentInput.AMOUNT, () -> Allocations.positive(input.amount()));
        String reference = errors.check(PaymentInput.REFERENCE, () -> input.method() != null
                && input.method().needsReference() ? Typed.requiredText(input.reference(), MAX_REFERENCE)
                : Typed.optionalText(input.reference(), MAX_REFERENCE));
        LocalDate day = errors.check(PaymentInput.PAID_ON, () -> Allocations.day(input.paidOn(), clock));
        List<Applied> applied = errors.check(PaymentInput.APPLIED, () -> Allocations.checked(allocations, REFUSALS));
        errors.throwIfAny();
        Allocations.requireWithin(applied, amount, REFUSALS);
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
                            + Allocations.describe(applied, "invoice") + ", unapplied=" + payment.unapplied().toPlainString()
                            + (approvedBy == null ? "" : ", approvedAboveLimit=" + limit.toPlainString()));
            return payment;
        });
    }

    /** Applies a payment's credit to open invoices of its supplier; {@code version} is the payment the user saw. */
    public SupplierPayment apply(long paymentId, int version, List<Allocation> allocations) {
        AuthenticatedUser user = session.require(Permission.USE_PAYABLES);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        List<Applied> applied = errors.check(PaymentInput.APPLIED, () -> Allocations.checked(allocations, REFUSALS));
        errors.throwIfAny();
        Allocations.requireSome(applied, REFUSALS);
        return transactions.inTransaction(handle -> {
            PayablesDao dao = handle.attach(PayablesDao.class);
            SupplierPayment payment = dao.lockPayment(paymentId).orElseThrow(() -> new BusinessRuleException(
                    "payables.payment.notFound", String.valueOf(paymentId)));
            Allocations.applyCredit(new InvoiceBook(dao), source(payment), version, applied, REFUSALS,
                    user.username(), clock.instant());
            SupplierPayment after = dao.payment(paymentId).orElseThrow();
            audit.record(handle, PayablesAuditAction.SUPPLIER_PAYMENT_APPLIED, "supplierPayment", payment.number(),
                    "unapplied=" + payment.unapplied().toPlainString(),
                    "applied=" + Allocations.describe(applied, "invoice") + ", unapplied=" + after.unapplied().toPlainString());
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
        return insert(handle, supplierId, method, amount, reference, day, Allocations.checked(allocations, REFUSALS), null, by, at);
    }

    private static SupplierPayment insert(Handle handle, long supplierId, ReceiptMethod method, Money amount,
                                          String reference, LocalDate day, List<Applied> applied,
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
        if (!applied.isEmpty()) {
            Allocations.apply(new InvoiceBook(dao), source(dao.payment(id).orElseThrow()), applied, REFUSALS, by, at);
        }
        return dao.payment(id).orElseThrow();
    }

    private static Allocations.Source source(SupplierPayment payment) {
        return new Allocations.Source(payment.id(), payment.supplierId(), payment.number(), payment.version(),
                payment.unapplied());
    }

    /** The supplier invoices and payments as the open-items kit writes them: only an accepted invoice is paid. */
    private record InvoiceBook(PayablesDao dao) implements Allocations.Book {

        @Override
        public Allocations.Item lockItem(long invoiceId) {
            dao.lockInvoice(invoiceId).orElseThrow(() -> new BusinessRuleException("payables.invoice.notFound",
                    String.valueOf(invoiceId)));
            SupplierInvoice invoice = dao.invoice(invoiceId).orElseThrow();
            return new Allocations.Item(invoice.id(), invoice.supplierId(), invoice.invoiceNumber(),
                    invoice.openAmount(), invoice.status() == InvoiceStatus.ACCEPTED);
        }

        @Override
        public boolean take(long invoiceId, BigDecimal amount) {
            return dao.pay(invoiceId, amount) == 1;
        }

        @Override
        public Allocations.Credits credits() {
            return dao;
        }
    }
}
