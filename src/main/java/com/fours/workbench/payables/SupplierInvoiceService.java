package com.fours.workbench.payables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.fours.workbench.openitems.Allocations;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Supplier invoices matched three ways (decision 0110): each line covers a receipt line of the
 * supplier and is compared with what was ordered and received. A line for parts never received and
 * invoicing more than was received (over all invoices) are refused; an invoiced quantity above the
 * order or a price above the ordered one beyond the store's tolerance is flagged, and an invoice
 * with a flagged line waits for a manager's acceptance before it is payable.
 */
public final class SupplierInvoiceService {

    private static final int MAX_NUMBER = 40;
    private static final int MAX_NOTE = 300;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final PaymentTerms terms;

    public SupplierInvoiceService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                                  PaymentTerms terms) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.terms = terms;
    }

    /** The supplier's receipt lines with something left to invoice. */
    public List<Invoiceable> invoiceable(long supplierId) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).invoiceable(supplierId));
    }

    public SupplierInvoice invoice(long invoiceId) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).invoice(invoiceId)).orElseThrow(
                () -> new BusinessRuleException("payables.invoice.notFound", String.valueOf(invoiceId)));
    }

    public List<InvoiceLine> lines(long invoiceId) {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).lines(invoiceId));
    }

    /** Invoices of every supplier that wait for a manager's acceptance. */
    public List<SupplierInvoice> awaiting() {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).awaiting());
    }

    public PayablesSettings settings() {
        session.require(Permission.USE_PAYABLES);
        return transactions.read(handle -> handle.attach(PayablesDao.class).settings());
    }

    /** The manager sets the price tolerance, the approval limit and the default payment days. */
    public PayablesSettings saveSettings(SettingsInput input, int version) {
        session.require(Permission.APPROVE_SUPPLIER_PAYMENTS);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        BigDecimal tolerance = errors.check(SettingsInput.TOLERANCE, () -> percent(input.priceTolerancePct()));
        Money limit = errors.check(SettingsInput.LIMIT, () -> notNegative(input.approvalLimit()));
        Integer days = errors.check(SettingsInput.DAYS, () -> {
            Integer d = Typed.optionalWholeNumber(input.defaultPaymentDays(), 365);
            if (d == null) {
                throw new InvalidValueException("field.required");
            }
            return d;
        });
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            PayablesDao dao = handle.attach(PayablesDao.class);
            PayablesSettings before = dao.settings();
            if (dao.saveSettings(tolerance, limit.amount(), days, version) != 1) {
                throw new ConcurrentChangeException("payables_settings");
            }
            PayablesSettings after = dao.settings();
            audit.record(handle, PayablesAuditAction.PAYABLES_SETTINGS_CHANGED, "payablesSettings", "1",
                    describe(before), describe(after));
            return after;
        });
    }

    /** Enters a supplier's invoice with its lines matched; accepted at once when no line differs. */
    public SupplierInvoice enter(long supplierId, InvoiceInput input) {
        AuthenticatedUser user = session.require(Permission.USE_PAYABLES);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String number = errors.check(InvoiceInput.NUMBER, () -> Typed.requiredText(input.invoiceNumber(), MAX_NUMBER));
        LocalDate day = errors.check(InvoiceInput.DATE, () -> Allocations.day(input.invoiceDate(), clock));
        List<Typed3> typed = errors.check(InvoiceInput.LINES, () -> typedLines(input.lines()));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> enter(handle, supplierId, number, day, typed, user.username(),
                clock.instant(), true));
    }

    /**
     * The demo's invoices (docs/conventions.md, Demo data): typed and matched as {@link #enter} does, in
     * the seeder's transaction, without an audit row (nobody is logged in while seeding).
     */
    public SupplierInvoice insertInvoice(Handle handle, long supplierId, String number, LocalDate day,
                                         List<InvoiceLineInput> lines, String by, Instant at) {
        return enter(handle, supplierId, number, day, typedLines(lines), by, at, false);
    }

    /** A line as parsed: the receipt line, the quantity and the price. */
    record Typed3(int lineNo, long receiptLineId, String quantity, Money unitPrice) {
    }

    private SupplierInvoice enter(Handle handle, long supplierId, String number, LocalDate day, List<Typed3> typed,
                                  String by, Instant at, boolean audited) {
        PayablesDao dao = handle.attach(PayablesDao.class);
        dao.supplier(supplierId).orElseThrow(() -> new BusinessRuleException("payables.supplier.notFound",
                String.valueOf(supplierId)));
        var earlier = dao.invoiceNumbered(supplierId, number);
        if (earlier.isPresent()) {
            throw new InvalidFieldsException(Map.of(InvoiceInput.NUMBER,
                    new InvalidValueException("payables.invoice.duplicate", number)));
        }
        PayablesSettings settings = dao.settings();
        List<PayablesDao.StoredLine> lines = new ArrayList<>();
        Map<Long, BigDecimal> onOrderLine = new HashMap<>();
        int differences = 0;
        // receipt lines in id order: two invoices entered at once lock them in the same order
        for (Typed3 t : typed.stream().sorted((a, b) -> Long.compare(a.receiptLineId(), b.receiptLineId())).toList()) {
            dao.lockReceiptLine(t.receiptLineId());
            Invoiceable received = dao.receiptLine(supplierId, t.receiptLineId()).orElseThrow(() -> lineError(
                    "payables.line.notReceived", t.lineNo()));
            BigDecimal quantity;
            try {
                quantity = Quantity.parse(t.quantity(), received.unit());
            } catch (InvalidValueException e) {
                throw new InvalidFieldsException(Map.of(InvoiceInput.LINES, e));
            }
            BigDecimal after = received.invoicedQuantity().add(quantity);
            if (after.compareTo(received.receivedQuantity()) > 0) {
                throw lineError("payables.line.aboveReceived", t.lineNo(), received.partNumber(),
                        plain(received.receivedQuantity()), plain(received.invoicedQuantity()));
            }
            boolean quantityDiffers = false;
            Long orderLine = dao.orderLineOf(t.receiptLineId()).orElse(null);
            if (orderLine != null && received.orderedQuantity() != null) {
                BigDecimal invoicedOnOrder = onOrderLine.computeIfAbsent(orderLine, dao::invoicedOnOrderLine)
                        .add(quantity);
                onOrderLine.put(orderLine, invoicedOnOrder);
                quantityDiffers = invoicedOnOrder.compareTo(received.orderedQuantity()) > 0;
            }
            Money compared = received.orderedPrice() != null ? received.orderedPrice() : received.receivedPrice();
            BigDecimal allowed = compared.amount().multiply(HUNDRED.add(settings.priceTolerancePct()))
                    .divide(HUNDRED, 4, RoundingMode.HALF_UP);
            boolean priceDiffers = t.unitPrice().amount().compareTo(allowed) > 0;
            if (quantityDiffers || priceDiffers) {
                differences++;
            }
            BigDecimal amount = t.unitPrice().amount().multiply(quantity).setScale(2, RoundingMode.HALF_UP);
            lines.add(new PayablesDao.StoredLine(t.lineNo(), t.receiptLineId(), received.partId(), quantity,
                    t.unitPrice().amount(), amount, received.orderedQuantity(),
                    received.orderedPrice() == null ? null : received.orderedPrice().amount(),
                    received.receivedQuantity(), received.receivedPrice().amount(), quantityDiffers, priceDiffers));
        }
        lines.sort((a, b) -> Integer.compare(a.lineNo(), b.lineNo()));
        Money total = Money.sum(lines.stream().map(l -> Money.of(l.amount())).toList());
        if (!total.isPositive()) {
            throw new InvalidFieldsException(Map.of(InvoiceInput.LINES,
                    new InvalidValueException("payables.invoice.zero")));
        }
        total.storable();
        int days = terms.paymentDays(handle, supplierId, day).orElse(settings.defaultPaymentDays());
        InvoiceStatus status = differences > 0 ? InvoiceStatus.AWAITING : InvoiceStatus.ACCEPTED;
        long id = dao.insertInvoice(supplierId, number, day, day.plusDays(days), total.amount(), status.name(),
                differences, by, at);
        dao.insertLines(id, lines);
        SupplierInvoice invoice = dao.invoice(id).orElseThrow();
        if (audited) {
            audit.record(handle, PayablesAuditAction.SUPPLIER_INVOICE_ENTERED, "supplierInvoice", id, null,
                    "supplier=" + supplierId + ", number=" + number + ", day=" + day + ", due=" + invoice.dueOn()
                            + ", amount=" + total.toPlainString() + ", lines=" + lines.size() + ", differences="
                            + differences + ", status=" + status);
        }
        return invoice;
    }

    /** The manager accepts the differences of a waiting invoice (a note is required); it becomes payable. */
    public SupplierInvoice accept(long invoiceId, int version, String note) {
        AuthenticatedUser user = session.require(Permission.ACCEPT_INVOICE_DIFFERENCES);
        String why = required("payablesAcceptNote", note);
        return transactions.inTransaction(handle -> {
            PayablesDao dao = handle.attach(PayablesDao.class);
            SupplierInvoice before = locked(dao, invoiceId);
            if (before.status() != InvoiceStatus.AWAITING) {
                throw new BusinessRuleException("payables.invoice.notAwaiting", before.invoiceNumber());
            }
            if (dao.decide(invoiceId, version, InvoiceStatus.AWAITING.name(), InvoiceStatus.ACCEPTED.name(),
                    user.username(), clock.instant(), why) != 1) {
                throw new ConcurrentChangeException(before.invoiceNumber());
            }
            audit.record(handle, PayablesAuditAction.SUPPLIER_INVOICE_ACCEPTED, "supplierInvoice", invoiceId,
                    "status=AWAITING, differences=" + before.differences(), "status=ACCEPTED, note=" + why);
            return dao.invoice(invoiceId).orElseThrow();
        });
    }

    /** Voids an invoice entered in error (a reason is required); refused once anything was paid on it. */
    public SupplierInvoice voidInvoice(long invoiceId, int version, String reason) {
        AuthenticatedUser user = session.require(Permission.USE_PAYABLES);
        String why = required("payablesVoidReason", reason);
        return transactions.inTransaction(handle -> {
            PayablesDao dao = handle.attach(PayablesDao.class);
            SupplierInvoice before = locked(dao, invoiceId);
            if (before.status() == InvoiceStatus.VOIDED) {
                throw new BusinessRuleException("payables.invoice.voided", before.invoiceNumber());
            }
            if (dao.allocationsOf(invoiceId) > 0) {
                throw new BusinessRuleException("payables.invoice.paidCannotVoid", before.invoiceNumber());
            }
            if (dao.voidInvoice(invoiceId, version, user.username(), clock.instant(), why) != 1) {
                throw new ConcurrentChangeException(before.invoiceNumber());
            }
            audit.record(handle, PayablesAuditAction.SUPPLIER_INVOICE_VOIDED, "supplierInvoice", invoiceId,
                    "status=" + before.status() + ", amount=" + before.amount().toPlainString(), "reason=" + why);
            return dao.invoice(invoiceId).orElseThrow();
        });
    }

    private static SupplierInvoice locked(PayablesDao dao, long invoiceId) {
        dao.lockInvoice(invoiceId).orElseThrow(() -> new BusinessRuleException("payables.invoice.notFound",
                String.valueOf(invoiceId)));
        return dao.invoice(invoiceId).orElseThrow();
    }

    private static List<Typed3> typedLines(List<InvoiceLineInput> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("payables.invoice.noLines");
        }
        List<Typed3> typed = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int n = 0;
        for (InvoiceLineInput line : lines) {
            n++;
            if (!seen.add(line.receiptLineId())) {
                throw new InvalidValueException("payables.line.twice", n);
            }
            Money price = Money.parse(line.unitPrice());
            if (price.isNegative()) {
                throw new InvalidValueException("cashier.amount.positive");
            }
            typed.add(new Typed3(n, line.receiptLineId(), line.quantity(), price.storable()));
        }
        return typed;
    }

    private static InvalidFieldsException lineError(String key, Object... args) {
        return new InvalidFieldsException(Map.of(InvoiceInput.LINES, new InvalidValueException(key, args)));
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static String required(String field, String typed) {
        try {
            return Typed.requiredText(typed, MAX_NOTE);
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(Map.of(field, e));
        }
    }

    private static BigDecimal percent(String typed) {
        Money value = Money.parse(typed);
        if (value.isNegative() || value.amount().compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("payables.settings.tolerance");
        }
        return value.amount();
    }

    private static Money notNegative(String typed) {
        Money value = Money.parse(typed).storable();
        if (value.isNegative()) {
            throw new InvalidValueException("cashier.amount.positive");
        }
        return value;
    }

    private static String describe(PayablesSettings s) {
        return "tolerance=" + s.priceTolerancePct().toPlainString() + "%, limit=" + s.approvalLimit().toPlainString()
                + ", days=" + s.defaultPaymentDays();
    }
}
