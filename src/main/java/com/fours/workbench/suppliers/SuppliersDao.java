package com.fours.workbench.suppliers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Purchase agreements, their prices, the score weights and the figures the supplier evaluation reads. */
@RegisterConstructorMapper(SuppliersDao.AgreementRow.class)
@RegisterConstructorMapper(AgreedPrice.class)
@RegisterConstructorMapper(ScoreWeights.class)
@RegisterConstructorMapper(SuppliersDao.DeliveryRow.class)
@RegisterConstructorMapper(SuppliersDao.OrderedLineRow.class)
@RegisterConstructorMapper(SuppliersDao.ReceivedLineRow.class)
@RegisterConstructorMapper(SuppliersDao.ReturnRow.class)
@RegisterConstructorMapper(SuppliersDao.SupplierRow.class)
public interface SuppliersDao {

    record AgreementRow(long id, String agreementNumber, long supplierId, String supplierName, LocalDate validFrom,
                        LocalDate validTo, int paymentDays, int leadDays, String notes, int version) {

        PurchaseAgreement with(List<AgreedPrice> prices) {
            return new PurchaseAgreement(id, agreementNumber, supplierId, supplierName, validFrom, validTo, paymentDays,
                    leadDays, notes, version, prices);
        }
    }

    String AGREEMENT_COLUMNS = "a.id, a.agreement_number, a.supplier_id, s.name AS supplier_name, a.valid_from, "
            + "a.valid_to, a.payment_days, a.lead_days, a.notes, a.version";
    String AGREEMENT_FROM = " FROM purchase_agreement a JOIN supplier s ON s.id = a.supplier_id ";
    String PRICE_COLUMNS = "ap.agreement_id, ap.part_id, p.part_number, p.name_zh AS part_name, "
            + "p.name_en AS part_name_en, ap.unit_price";

    record SupplierRow(long id, String code, String name) {
    }

    @SqlQuery("SELECT id, code, name FROM supplier WHERE id = :id")
    Optional<SupplierRow> supplier(long id);

    @SqlQuery("SELECT COUNT(*) FROM part WHERE id = :id")
    int partCount(long id);

    @SqlQuery("SELECT id, code, name FROM supplier ORDER BY code")
    List<SupplierRow> suppliers();

    @SqlUpdate("""
            INSERT INTO purchase_agreement (agreement_number, supplier_id, valid_from, valid_to, payment_days, lead_days,
                notes, created_by, created_at)
            VALUES (:number, :supplierId, :validFrom, :validTo, :paymentDays, :leadDays, :notes, :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insertAgreement(String number, long supplierId, LocalDate validFrom, LocalDate validTo, int paymentDays,
                         int leadDays, String notes, String createdBy, Instant createdAt);

    record StoredPrice(long agreementId, long partId, BigDecimal unitPrice) {
    }

    @SqlBatch("INSERT INTO purchase_agreement_price (agreement_id, part_id, unit_price) VALUES (:agreementId, :partId, :unitPrice)")
    void insertPrices(@BindMethods List<StoredPrice> prices);

    @SqlUpdate("UPDATE purchase_agreement_price SET unit_price = :unitPrice WHERE agreement_id = :agreementId AND part_id = :partId")
    int updatePrice(long agreementId, long partId, BigDecimal unitPrice);

    @SqlUpdate("UPDATE purchase_agreement SET version = version + 1 WHERE id = :id AND version = :version")
    int touch(long id, int version);

    @SqlQuery("SELECT COUNT(*) FROM purchase_agreement WHERE agreement_number = :number")
    int numbered(String number);

    /** Agreements of the supplier whose validity meets the days from-to (both included). */
    @SqlQuery("SELECT agreement_number FROM purchase_agreement WHERE supplier_id = :supplierId "
            + "AND valid_from <= :validTo AND valid_to >= :validFrom ORDER BY valid_from")
    List<String> overlapping(long supplierId, LocalDate validFrom, LocalDate validTo);

    @SqlQuery("SELECT " + AGREEMENT_COLUMNS + AGREEMENT_FROM + "WHERE a.id = :id")
    Optional<AgreementRow> agreement(long id);

    @SqlQuery("SELECT " + AGREEMENT_COLUMNS + AGREEMENT_FROM + "ORDER BY s.code, a.valid_from DESC")
    List<AgreementRow> agreements();

    @SqlQuery("SELECT " + AGREEMENT_COLUMNS + AGREEMENT_FROM
            + "WHERE a.supplier_id = :supplierId AND a.valid_from <= :day AND a.valid_to >= :day")
    Optional<AgreementRow> validOn(long supplierId, LocalDate day);

    /** The supplier's agreement that ended last before the day. */
    @SqlQuery("SELECT " + AGREEMENT_COLUMNS + AGREEMENT_FROM
            + "WHERE a.supplier_id = :supplierId AND a.valid_to < :day ORDER BY a.valid_to DESC LIMIT 1")
    Optional<AgreementRow> lastEndedBefore(long supplierId, LocalDate day);

    /** Agreements ending between the days (both included), the soonest first. */
    @SqlQuery("SELECT " + AGREEMENT_COLUMNS + AGREEMENT_FROM
            + "WHERE a.valid_to >= :from AND a.valid_to <= :to ORDER BY a.valid_to, s.code")
    List<AgreementRow> ending(LocalDate from, LocalDate to);

    @SqlQuery("SELECT " + PRICE_COLUMNS + " FROM purchase_agreement_price ap JOIN part p ON p.id = ap.part_id "
            + "WHERE ap.agreement_id = :agreementId ORDER BY p.part_number")
    List<AgreedPrice> prices(long agreementId);

    @SqlQuery("SELECT " + PRICE_COLUMNS + " FROM purchase_agreement_price ap JOIN part p ON p.id = ap.part_id "
            + "ORDER BY ap.agreement_id, p.part_number")
    List<AgreedPrice> allPrices();

    @SqlQuery("""
            SELECT ap.unit_price FROM purchase_agreement_price ap
            JOIN purchase_agreement a ON a.id = ap.agreement_id
            WHERE a.supplier_id = :supplierId AND ap.part_id = :partId AND a.valid_from <= :day AND a.valid_to >= :day
            """)
    Optional<BigDecimal> agreedPrice(long supplierId, long partId, LocalDate day);

    /** A part the supplier delivers and the last price it charged (purchasing's part_supplier). */
    record SuppliedPart(long partId, BigDecimal lastPrice) {
    }

    @SqlQuery("SELECT part_id, last_price FROM part_supplier WHERE supplier_id = :supplierId AND last_price IS NOT NULL "
            + "ORDER BY part_id")
    @RegisterConstructorMapper(SuppliedPart.class)
    List<SuppliedPart> suppliedParts(long supplierId);

    // ---- weights

    @SqlQuery("SELECT on_time, fill_rate, price, faulty_returns, default_lead_days, version FROM supplier_score_weights WHERE id = 1")
    ScoreWeights weights();

    @SqlUpdate("""
            UPDATE supplier_score_weights SET on_time = :onTime, fill_rate = :fillRate, price = :price,
                   faulty_returns = :faultyReturns, default_lead_days = :defaultLeadDays, version = version + 1
            WHERE id = 1 AND version = :version
            """)
    int saveWeights(int onTime, int fillRate, int price, int faultyReturns, int defaultLeadDays, int version);

    // ---- what the evaluation reads (times from inclusive, to exclusive)

    /** A delivery against an order: when the order went out (or was written, if never sent) and when it came. */
    record DeliveryRow(long receiptId, long supplierId, String orderNumber, Instant orderedAt, Instant receivedAt) {
    }

    @SqlQuery("""
            SELECT r.id AS receipt_id, o.supplier_id, o.order_number, COALESCE(o.sent_at, o.created_at) AS ordered_at,
                   r.received_at
            FROM purchase_receipt r JOIN purchase_order o ON o.id = r.order_id
            WHERE r.received_at >= :from AND r.received_at < :to
            ORDER BY r.received_at, r.id
            """)
    List<DeliveryRow> deliveries(Instant from, Instant to);

    /**
     * A line of an order sent in the period, once per delivery of it (received_at and received null
     * when nothing came yet): the evaluation decides in Java which deliveries count, by the order's
     * due day.
     */
    record OrderedLineRow(long supplierId, String orderNumber, Instant sentAt, long lineId, int lineNo,
                          String partNumber, BigDecimal quantity, Instant receivedAt, BigDecimal received) {
    }

    @SqlQuery("""
            SELECT o.supplier_id, o.order_number, o.sent_at, l.id AS line_id, l.line_no, p.part_number, l.quantity,
                   r.received_at, rl.quantity AS received
            FROM purchase_order_line l
            JOIN purchase_order o ON o.id = l.order_id
            JOIN part p ON p.id = l.part_id
            LEFT JOIN purchase_receipt_line rl ON rl.order_line_id = l.id
            LEFT JOIN purchase_receipt r ON r.id = rl.receipt_id
            WHERE o.sent_at >= :from AND o.sent_at < :to
            ORDER BY o.order_number, l.line_no, l.id, r.received_at
            """)
    List<OrderedLineRow> orderedLines(Instant from, Instant to);

    /** A received line of a known supplier: its price and the price it was ordered at. */
    record ReceivedLineRow(long supplierId, Instant receivedAt, long partId, String partNumber, String partName,
                           BigDecimal quantity, BigDecimal unitPrice, BigDecimal orderedPrice) {
    }

    @SqlQuery("""
            SELECT r.supplier_id, r.received_at, rl.part_id, p.part_number, p.name_zh AS part_name, rl.quantity,
                   rl.unit_price, rl.ordered_price
            FROM purchase_receipt_line rl
            JOIN purchase_receipt r ON r.id = rl.receipt_id
            JOIN part p ON p.id = rl.part_id
            WHERE r.received_at >= :from AND r.received_at < :to AND r.supplier_id IS NOT NULL
            ORDER BY r.received_at, rl.id
            """)
    List<ReceivedLineRow> receivedLines(Instant from, Instant to);

    /** Parts sent back to the supplier (RETURN_TO_SUPPLIER movements naming the receipt they came with). */
    record ReturnRow(long supplierId, BigDecimal returned) {
    }

    @SqlQuery("""
            SELECT r.supplier_id, SUM(-m.quantity) AS returned
            FROM stock_movement m JOIN purchase_receipt r ON r.id = m.receipt_id
            WHERE m.movement_type = 'RETURN_TO_SUPPLIER' AND m.moved_at >= :from AND m.moved_at < :to
              AND r.supplier_id IS NOT NULL
            GROUP BY r.supplier_id
            """)
    List<ReturnRow> returns(Instant from, Instant to);
}
