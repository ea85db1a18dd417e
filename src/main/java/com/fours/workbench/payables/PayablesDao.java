package com.fours.workbench.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;
import com.fours.workbench.openitems.Ageing;
import com.fours.workbench.openitems.Allocations;
import com.fours.workbench.openitems.Applied;

/** The payables' tables: supplier invoices and their matched lines, payments to suppliers and their allocations. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(SupplierInvoice.class)
@RegisterConstructorMapper(InvoiceLine.class)
@RegisterConstructorMapper(Invoiceable.class)
@RegisterConstructorMapper(SupplierPayment.class)
@RegisterConstructorMapper(Ageing.Buckets.class)
@RegisterConstructorMapper(Ageing.Credit.class)
@RegisterConstructorMapper(PayablesSettings.class)
@RegisterConstructorMapper(PayablesDao.Totals.class)
@RegisterConstructorMapper(PayablesSupplier.class)
public interface PayablesDao extends Allocations.Credits {

    // ---- settings

    @SqlQuery("SELECT price_tolerance_pct, approval_limit, default_payment_days, version FROM payables_settings WHERE id = 1")
    PayablesSettings settings();

    @SqlUpdate("""
            UPDATE payables_settings SET price_tolerance_pct = :tolerance, approval_limit = :limit,
                default_payment_days = :days, version = version + 1
            WHERE id = 1 AND version = :version
            """)
    int saveSettings(BigDecimal tolerance, BigDecimal limit, int days, int version);

    // ---- suppliers

    @SqlQuery("SELECT id, name FROM supplier WHERE id = :id")
    Optional<PayablesSupplier> supplier(long id);

    @SqlQuery("SELECT id, name FROM supplier ORDER BY code")
    List<PayablesSupplier> suppliers();

    // ---- what may be invoiced

    String INVOICEABLE = """
            SELECT rl.id AS receipt_line_id, r.id AS receipt_id, r.delivery_note, r.received_at,
                   o.order_number, rl.part_id, p.part_number, p.name_zh AS part_name, p.unit,
                   ol.quantity AS ordered_quantity, COALESCE(ol.unit_price, rl.ordered_price) AS ordered_price,
                   rl.quantity AS received_quantity, rl.unit_price AS received_price,
                   COALESCE((SELECT SUM(il.quantity) FROM supplier_invoice_line il
                             JOIN supplier_invoice si ON si.id = il.invoice_id
                             WHERE il.receipt_line_id = rl.id AND si.status <> 'VOIDED'), 0) AS invoiced_quantity
            FROM purchase_receipt_line rl
            JOIN purchase_receipt r ON r.id = rl.receipt_id
            JOIN part p ON p.id = rl.part_id
            LEFT JOIN purchase_order_line ol ON ol.id = rl.order_line_id
            LEFT JOIN purchase_order o ON o.id = r.order_id
            """;

    /** The supplier's receipt lines with something still to invoice, oldest first. */
    @SqlQuery(INVOICEABLE + """
            WHERE r.supplier_id = :supplierId
              AND rl.quantity > COALESCE((SELECT SUM(il.quantity) FROM supplier_invoice_line il
                             JOIN supplier_invoice si ON si.id = il.invoice_id
                             WHERE il.receipt_line_id = rl.id AND si.status <> 'VOIDED'), 0)
            ORDER BY r.received_at, rl.id
            """)
    List<Invoiceable> invoiceable(long supplierId);

    /** One receipt line of the supplier (empty when it is not the supplier's or was never received). */
    @SqlQuery(INVOICEABLE + " WHERE rl.id = :receiptLineId AND r.supplier_id = :supplierId")
    Optional<Invoiceable> receiptLine(long supplierId, long receiptLineId);

    /** Locks the receipt line so two invoices cannot both take what is left of it. */
    @SqlQuery("SELECT id FROM purchase_receipt_line WHERE id = :id FOR UPDATE")
    Optional<Long> lockReceiptLine(long id);

    /** What has been invoiced (not voided) against the order line, over all its receipts. */
    @SqlQuery("""
            SELECT COALESCE(SUM(il.quantity), 0) FROM supplier_invoice_line il
            JOIN supplier_invoice si ON si.id = il.invoice_id
            JOIN purchase_receipt_line rl ON rl.id = il.receipt_line_id
            WHERE rl.order_line_id = :orderLineId AND si.status <> 'VOIDED'
            """)
    BigDecimal invoicedOnOrderLine(long orderLineId);

    @SqlQuery("SELECT order_line_id FROM purchase_receipt_line WHERE id = :id")
    Optional<Long> orderLineOf(long id);

    // ---- invoices

    @SqlQuery("SELECT invoice_number FROM supplier_invoice WHERE supplier_id = :supplierId AND invoice_number = :number")
    Optional<String> invoiceNumbered(long supplierId, String number);

    @SqlUpdate("""
            INSERT INTO supplier_invoice (supplier_id, invoice_number, invoice_date, due_on, amount, open_amount,
                                          status, differences, recorded_by, recorded_at)
            VALUES (:supplierId, :number, :invoiceDate, :dueOn, :amount, :amount, :status, :differences,
                    :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insertInvoice(long supplierId, String number, LocalDate invoiceDate, LocalDate dueOn, BigDecimal amount,
                       String status, int differences, String recordedBy, Instant recordedAt);

    record StoredLine(int lineNo, long receiptLineId, long partId, BigDecimal quantity, BigDecimal unitPrice,
                      BigDecimal amount, BigDecimal orderedQuantity, BigDecimal orderedPrice, BigDecimal receivedQuantity,
                      BigDecimal receivedPrice, boolean quantityDiffers, boolean priceDiffers) {
    }

    @SqlBatch("""
            INSERT INTO supplier_invoice_line (invoice_id, line_no, receipt_line_id, part_id, quantity, unit_price,
                amount, ordered_quantity, ordered_price, received_quantity, received_price, quantity_differs,
                price_differs)
            VALUES (:invoiceId, :lineNo, :receiptLineId, :partId, :quantity, :unitPrice, :amount, :orderedQuantity,
                :orderedPrice, :receivedQuantity, :receivedPrice, :quantityDiffers, :priceDiffers)
            """)
    void insertLines(long invoiceId, @BindMethods List<StoredLine> lines);

    String INVOICE_FROM = " FROM supplier_invoice i JOIN supplier s ON s.id = i.supplier_id";

    @SqlQuery("SELECT " + SupplierInvoice.COLUMNS + INVOICE_FROM + " WHERE i.id = :id")
    Optional<SupplierInvoice> invoice(long id);

    @SqlQuery("SELECT id FROM supplier_invoice WHERE id = :id FOR UPDATE")
    Optional<Long> lockInvoice(long id);

    @SqlQuery("""
            SELECT il.id, il.invoice_id, il.line_no, il.receipt_line_id, p.part_number, p.name_zh AS part_name,
                   il.quantity, il.unit_price, il.amount, il.ordered_quantity, il.ordered_price, il.received_quantity,
                   il.received_price, il.quantity_differs, il.price_differs
            FROM supplier_invoice_line il JOIN part p ON p.id = il.part_id
            WHERE il.invoice_id = :invoiceId ORDER BY il.line_no
            """)
    List<InvoiceLine> lines(long invoiceId);

    /** Invoices of the supplier not voided and not fully paid: those waiting first, then by due day. */
    @SqlQuery("SELECT " + SupplierInvoice.COLUMNS + INVOICE_FROM
            + " WHERE i.supplier_id = :supplierId AND i.status <> 'VOIDED' AND i.open_amount > 0"
            + " ORDER BY i.due_on, i.invoice_number")
    List<SupplierInvoice> openInvoices(long supplierId);

    /** Invoices of every supplier waiting for a manager to accept their differences. */
    @SqlQuery("SELECT " + SupplierInvoice.COLUMNS + INVOICE_FROM
            + " WHERE i.status = 'AWAITING' ORDER BY i.recorded_at, i.id")
    List<SupplierInvoice> awaiting();

    /** Accepted invoices with something open due on or before {@code until}, earliest first. */
    @SqlQuery("SELECT " + SupplierInvoice.COLUMNS + INVOICE_FROM
            + " WHERE i.status = 'ACCEPTED' AND i.open_amount > 0 AND i.due_on <= :until"
            + " ORDER BY i.due_on, s.name, i.invoice_number")
    List<SupplierInvoice> dueBy(LocalDate until);

    /** Sets the decision on a waiting invoice if it is still the version the user saw. */
    @SqlUpdate("""
            UPDATE supplier_invoice SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note,
                version = version + 1
            WHERE id = :id AND version = :version AND status = :from
            """)
    int decide(long id, int version, String from, String status, String by, Instant at, String note);

    /** Voids an invoice nothing was paid on, if it is still the version the user saw. */
    @SqlUpdate("""
            UPDATE supplier_invoice SET status = 'VOIDED', open_amount = 0, decided_by = :by, decided_at = :at,
                decision_note = :note, version = version + 1
            WHERE id = :id AND version = :version AND status <> 'VOIDED' AND open_amount = amount
            """)
    int voidInvoice(long id, int version, String by, Instant at, String note);

    @SqlQuery("SELECT COUNT(*) FROM supplier_payment_allocation WHERE invoice_id = :invoiceId")
    int allocationsOf(long invoiceId);

    @SqlUpdate("""
            UPDATE supplier_invoice SET open_amount = open_amount - :applied, version = version + 1
            WHERE id = :id AND status = 'ACCEPTED' AND open_amount >= :applied
            """)
    int pay(long id, BigDecimal applied);

    // ---- payments

    @SqlQuery("SELECT last_number FROM supplier_payment_counter WHERE id = 1 FOR UPDATE")
    int lockPaymentCounter();

    @SqlUpdate("UPDATE supplier_payment_counter SET last_number = :last WHERE id = 1")
    void setPaymentCounter(int last);

    @SqlQuery("SELECT number FROM supplier_payment WHERE supplier_id = :supplierId AND method = :method AND reference = :reference")
    Optional<String> paymentWithReference(long supplierId, String method, String reference);

    @SqlUpdate("""
            INSERT INTO supplier_payment (number, supplier_id, method, amount, unapplied, reference, paid_on,
                                          approved_by, recorded_by, recorded_at)
            VALUES (:number, :supplierId, :method, :amount, :amount, :reference, :paidOn, :approvedBy, :recordedBy,
                    :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insertPayment(String number, long supplierId, String method, BigDecimal amount, String reference,
                       LocalDate paidOn, String approvedBy, String recordedBy, Instant recordedAt);

    @SqlQuery("SELECT " + SupplierPayment.COLUMNS + " FROM supplier_payment WHERE id = :id FOR UPDATE")
    Optional<SupplierPayment> lockPayment(long id);

    @SqlQuery("SELECT " + SupplierPayment.COLUMNS + " FROM supplier_payment WHERE id = :id")
    Optional<SupplierPayment> payment(long id);

    @SqlUpdate("""
            UPDATE supplier_payment SET unapplied = unapplied - :applied, version = version + 1
            WHERE id = :id AND version = :version AND unapplied >= :applied
            """)
    @Override
    int useCredit(long id, int version, BigDecimal applied);

    @SqlBatch("""
            INSERT INTO supplier_payment_allocation (payment_id, invoice_id, amount, applied_by, applied_at)
            VALUES (:paymentId, :itemId, :amount, :appliedBy, :appliedAt)
            """)
    @Override
    void insertAllocations(long paymentId, @BindMethods List<Applied> applied, String appliedBy, Instant appliedAt);

    @SqlQuery("SELECT " + SupplierPayment.COLUMNS + " FROM supplier_payment WHERE supplier_id = :supplierId "
            + "ORDER BY paid_on DESC, number DESC LIMIT :limit")
    List<SupplierPayment> payments(long supplierId, int limit);

    // ---- figures

    /** Open accepted invoices per supplier by days past due, in the receivables' buckets (decision 0119). */
    @SqlQuery("SELECT i.supplier_id AS party_id, " + Ageing.BUCKET_SUMS
            + " FROM supplier_invoice i WHERE i.status = 'ACCEPTED' AND i.open_amount > 0 GROUP BY i.supplier_id")
    List<Ageing.Buckets> ageing(@BindMethods Ageing.Edges edges);

    @SqlQuery("SELECT supplier_id AS party_id, SUM(unapplied) AS amount FROM supplier_payment WHERE unapplied > 0 GROUP BY supplier_id")
    List<Ageing.Credit> credits();

    /** Suppliers that ever had an invoice or a payment (the ageing lists them even when nothing is open). */
    @SqlQuery("""
            SELECT id, name FROM supplier WHERE id IN (SELECT supplier_id FROM supplier_invoice)
               OR id IN (SELECT supplier_id FROM supplier_payment) ORDER BY name
            """)
    List<PayablesSupplier> suppliersWithPayables();

    /** Everything ever invoiced (accepted) by and paid to the supplier, and what is open and unapplied now. */
    @SqlQuery("""
            SELECT COALESCE((SELECT SUM(amount) FROM supplier_invoice WHERE supplier_id = :supplierId
                                AND status = 'ACCEPTED'), 0) AS invoiced,
                   COALESCE((SELECT SUM(amount) FROM supplier_payment WHERE supplier_id = :supplierId), 0) AS paid,
                   COALESCE((SELECT SUM(open_amount) FROM supplier_invoice WHERE supplier_id = :supplierId
                                AND status = 'ACCEPTED'), 0) AS open_amount,
                   COALESCE((SELECT SUM(unapplied) FROM supplier_payment WHERE supplier_id = :supplierId), 0) AS unapplied
            """)
    Totals totals(long supplierId);

    record Totals(BigDecimal invoiced, BigDecimal paid, BigDecimal openAmount, BigDecimal unapplied) {
    }
}
