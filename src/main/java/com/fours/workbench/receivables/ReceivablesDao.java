package com.fours.workbench.receivables;

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

/** The receivables ledger's tables: payers, open items, receipts and what was applied where. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(ReceivablePayer.class)
@RegisterConstructorMapper(OpenItem.class)
@RegisterConstructorMapper(Receipt.class)
@RegisterConstructorMapper(Ageing.Buckets.class)
@RegisterConstructorMapper(Ageing.Credit.class)
@RegisterConstructorMapper(ReceivablesDao.Movement.class)
@RegisterConstructorMapper(ReceivablesDao.Totals.class)
public interface ReceivablesDao extends Allocations.Credits {

    String ITEM_QUERY = """
            SELECT i.id, i.payer_id, i.bill_id, b.number AS bill_number, COALESCE(o.number, s.number) AS order_number,
                   v.plate, i.billed_on, i.due_on, i.amount, i.open_amount, i.version
            FROM receivable_item i JOIN bill b ON b.id = i.bill_id LEFT JOIN repair_order o ON o.id = b.repair_order_id
            LEFT JOIN vehicle v ON v.id = o.vehicle_id LEFT JOIN parts_sale s ON s.id = b.parts_sale_id
            """;

    // ---- payers

    @SqlQuery("SELECT " + ReceivablePayer.COLUMNS + " FROM receivable_payer WHERE payer_key = :key")
    Optional<ReceivablePayer> payerByKey(String key);

    @SqlQuery("SELECT " + ReceivablePayer.COLUMNS + " FROM receivable_payer WHERE id = :id")
    Optional<ReceivablePayer> payer(long id);

    @SqlQuery("SELECT " + ReceivablePayer.COLUMNS + " FROM receivable_payer ORDER BY kind, name")
    List<ReceivablePayer> payers();

    @SqlUpdate("""
            INSERT INTO receivable_payer (payer_key, kind, customer_id, name, payment_days)
            VALUES (:key, :kind, :customerId, :name, :paymentDays)
            """)
    @GetGeneratedKeys("id")
    long insertPayer(String key, String kind, Long customerId, String name, int paymentDays);

    /** The customer's credit limit when it has an arrangement to pay on account. */
    @SqlQuery("SELECT credit_limit FROM account_customer WHERE customer_id = :customerId")
    Optional<BigDecimal> creditLimit(long customerId);

    /** A company's car, for the demo's fleet visits: the companies first in archive order, up to {@code perCompany} cars each. */
    record FleetCar(long id, long ownerId, int mileage, String model) {
    }

    @SqlQuery("""
            SELECT v.id, v.owner_id, v.mileage, v.model FROM vehicle v JOIN customer c ON c.id = v.owner_id
            WHERE c.kind = 'COMPANY' AND c.id IN (SELECT id FROM customer WHERE kind = 'COMPANY' ORDER BY id LIMIT :companies)
            ORDER BY c.id, v.id
            """)
    @RegisterConstructorMapper(FleetCar.class)
    List<FleetCar> fleetCars(int companies);

    // ---- open items

    @SqlQuery("SELECT id FROM receivable_item WHERE bill_id = :billId FOR UPDATE")
    Optional<Long> lockItemOfBill(long billId);

    @SqlQuery("SELECT id FROM receivable_item WHERE id = :id FOR UPDATE")
    Optional<Long> lockItem(long id);

    @SqlQuery(ITEM_QUERY + " WHERE i.id = :id")
    Optional<OpenItem> item(long id);

    @SqlUpdate("""
            INSERT INTO receivable_item (payer_id, bill_id, billed_on, due_on, amount, open_amount)
            VALUES (:payerId, :billId, :billedOn, :dueOn, :amount, :amount)
            """)
    @GetGeneratedKeys("id")
    long insertItem(long payerId, long billId, LocalDate billedOn, LocalDate dueOn, BigDecimal amount);

    /** More put on account on the bill ({@code delta > 0}) or refunded ({@code < 0}); the row's checks refuse a negative open amount. */
    @SqlUpdate("""
            UPDATE receivable_item SET amount = amount + :delta, open_amount = open_amount + :delta, version = version + 1
            WHERE id = :id AND open_amount + :delta >= 0
            """)
    int changeAmount(long id, BigDecimal delta);

    @SqlUpdate("""
            UPDATE receivable_item SET open_amount = open_amount - :applied, version = version + 1
            WHERE id = :id AND open_amount >= :applied
            """)
    int apply(long id, BigDecimal applied);

    @SqlQuery(ITEM_QUERY + " WHERE i.payer_id = :payerId AND i.open_amount > 0 ORDER BY i.billed_on, b.number")
    List<OpenItem> openItems(long payerId);

    // ---- receipts

    @SqlQuery("SELECT last_number FROM receivable_receipt_counter WHERE id = 1 FOR UPDATE")
    int lockReceiptCounter();

    @SqlUpdate("UPDATE receivable_receipt_counter SET last_number = :last WHERE id = 1")
    void setReceiptCounter(int last);

    @SqlQuery("SELECT number FROM receivable_receipt WHERE payer_id = :payerId AND method = :method AND reference = :reference")
    Optional<String> receiptWithReference(long payerId, String method, String reference);

    @SqlUpdate("""
            INSERT INTO receivable_receipt (number, payer_id, method, amount, unapplied, reference, received_on,
                                            recorded_by, recorded_at)
            VALUES (:number, :payerId, :method, :amount, :amount, :reference, :receivedOn, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insertReceipt(String number, long payerId, String method, BigDecimal amount, String reference,
                       LocalDate receivedOn, String recordedBy, Instant recordedAt);

    @SqlQuery("SELECT " + Receipt.COLUMNS + " FROM receivable_receipt WHERE id = :id FOR UPDATE")
    Optional<Receipt> lockReceipt(long id);

    @SqlQuery("SELECT " + Receipt.COLUMNS + " FROM receivable_receipt WHERE id = :id")
    Optional<Receipt> receipt(long id);

    /** Takes {@code applied} off the receipt's credit if it is still the version the user saw. */
    @SqlUpdate("""
            UPDATE receivable_receipt SET unapplied = unapplied - :applied, version = version + 1
            WHERE id = :id AND version = :version AND unapplied >= :applied
            """)
    @Override
    int useCredit(long id, int version, BigDecimal applied);

    @SqlBatch("""
            INSERT INTO receivable_allocation (receipt_id, item_id, amount, applied_by, applied_at)
            VALUES (:receiptId, :itemId, :amount, :appliedBy, :appliedAt)
            """)
    @Override
    void insertAllocations(long receiptId, @BindMethods List<Applied> applied, String appliedBy, Instant appliedAt);

    @SqlQuery("SELECT " + Receipt.COLUMNS + " FROM receivable_receipt WHERE payer_id = :payerId "
            + "ORDER BY received_on DESC, number DESC LIMIT :limit")
    List<Receipt> receipts(long payerId, int limit);

    // ---- figures

    /** Open amounts per payer by days past due (decision 0119): one grouped pass over the open items only. */
    @SqlQuery("SELECT i.payer_id AS party_id, " + Ageing.BUCKET_SUMS
            + " FROM receivable_item i WHERE i.open_amount > 0 GROUP BY i.payer_id")
    List<Ageing.Buckets> ageing(@BindMethods Ageing.Edges edges);

    @SqlQuery("SELECT payer_id AS party_id, SUM(unapplied) AS amount FROM receivable_receipt WHERE unapplied > 0 GROUP BY payer_id")
    List<Ageing.Credit> credits();

    /** What the payer owes now: its open items less its unapplied credit. */
    @SqlQuery("""
            SELECT COALESCE((SELECT SUM(open_amount) FROM receivable_item WHERE payer_id = :payerId AND open_amount > 0), 0)
                 - COALESCE((SELECT SUM(unapplied) FROM receivable_receipt WHERE payer_id = :payerId AND unapplied > 0), 0)
            """)
    BigDecimal balance(long payerId);

    /** Everything ever billed to and received from the payer, and what is open and unapplied now. */
    @SqlQuery("""
            SELECT COALESCE((SELECT SUM(amount) FROM receivable_item WHERE payer_id = :payerId), 0) AS billed,
                   COALESCE((SELECT SUM(amount) FROM receivable_receipt WHERE payer_id = :payerId), 0) AS received,
                   COALESCE((SELECT SUM(open_amount) FROM receivable_item WHERE payer_id = :payerId), 0) AS open_amount,
                   COALESCE((SELECT SUM(unapplied) FROM receivable_receipt WHERE payer_id = :payerId), 0) AS unapplied
            """)
    Totals totals(long payerId);

    record Totals(BigDecimal billed, BigDecimal received, BigDecimal openAmount, BigDecimal unapplied) {
    }

    /** Billed less received before {@code day}: the balance a statement brings forward. */
    @SqlQuery("""
            SELECT COALESCE((SELECT SUM(amount) FROM receivable_item WHERE payer_id = :payerId AND billed_on < :day), 0)
                 - COALESCE((SELECT SUM(amount) FROM receivable_receipt WHERE payer_id = :payerId AND received_on < :day), 0)
            """)
    BigDecimal balanceBefore(long payerId, LocalDate day);

    /** The bills put on account and the receipts between two days, in day order, bills first on a day. */
    @SqlQuery("""
            SELECT * FROM (
                SELECT i.billed_on AS move_day, 0 AS sort_kind, b.number, COALESCE(o.number, s.number) AS order_number,
                       v.plate, CAST(NULL AS VARCHAR(16)) AS method, CAST(NULL AS VARCHAR(100)) AS reference,
                       i.amount AS debit, CAST(0 AS DECIMAL(14,2)) AS credit
                FROM receivable_item i JOIN bill b ON b.id = i.bill_id LEFT JOIN repair_order o ON o.id = b.repair_order_id
                LEFT JOIN vehicle v ON v.id = o.vehicle_id LEFT JOIN parts_sale s ON s.id = b.parts_sale_id
                WHERE i.payer_id = :payerId AND i.billed_on >= :from AND i.billed_on <= :to AND i.amount > 0
                UNION ALL
                SELECT r.received_on AS move_day, 1 AS sort_kind, r.number, CAST(NULL AS VARCHAR(30)) AS order_number,
                       CAST(NULL AS VARCHAR(20)) AS plate, r.method, r.reference,
                       CAST(0 AS DECIMAL(14,2)) AS debit, r.amount AS credit
                FROM receivable_receipt r
                WHERE r.payer_id = :payerId AND r.received_on >= :from AND r.received_on <= :to
            ) m ORDER BY move_day, sort_kind, number
            """)
    List<Movement> movements(long payerId, LocalDate from, LocalDate to);

    record Movement(LocalDate moveDay, int sortKind, String number, String orderNumber, String plate, String method,
                    String reference, BigDecimal debit, BigDecimal credit) {
    }
}
