package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;
import com.fours.workbench.repair.OrderVehicleSql;

/**
 * Bills, their lines and discounts, payments and the invoice counter. Bills, lines, discounts and
 * payments are only ever inserted: there is no UPDATE or DELETE of them here or anywhere.
 */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(Bill.class)
@RegisterConstructorMapper(BillLine.class)
@RegisterConstructorMapper(BillDiscount.class)
@RegisterConstructorMapper(Payment.class)
@RegisterConstructorMapper(CashierOrderRow.class)
@RegisterConstructorMapper(CashierDao.OrderOfBill.class)
@RegisterConstructorMapper(CashierService.CustomerInfo.class)
@RegisterConstructorMapper(CashierDao.PartRow.class)
@RegisterConstructorMapper(DeliveryService.NextService.class)
@RegisterConstructorMapper(DeliveryService.Delivered.class)
public interface CashierDao extends SqlObject {

    @SqlUpdate("INSERT INTO invoice_counter (invoice_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING")
    void ensureCounter(int year);

    /** Locks the year's counter row until the issuing transaction ends. */
    @SqlUpdate("UPDATE invoice_counter SET last_number = last_number + 1 WHERE invoice_year = :year")
    int advanceCounter(int year);

    @SqlQuery("SELECT last_number FROM invoice_counter WHERE invoice_year = :year")
    int lastNumber(int year);

    @SqlUpdate("""
            INSERT INTO bill (number, invoice_year, sequence_no, kind, repair_order_id, customer_id, payer, payer_name,
                              claim_reference, excess, vat_rate, labour_amount, parts_amount, other_amount, discount_amount,
                              total, net, tax, business_day, issued_by, issued_at, reverses_bill_id, reason, approved_by)
            VALUES (:number, :year, :sequenceNo, :kind, :orderId, :customerId, :payer, :payerName, :claimReference, :excess,
                    :vatRate, :labour, :parts, :other, :discount, :total, :net, :tax, :businessDay, :issuedBy, :issuedAt,
                    :reversesBillId, :reason, :approvedBy)
            """)
    @GetGeneratedKeys("id")
    long insertBillRow(String number, int year, int sequenceNo, String kind, long orderId, long customerId, String payer,
                    String payerName, String claimReference, BigDecimal excess, BigDecimal vatRate, BigDecimal labour,
                    BigDecimal parts, BigDecimal other, BigDecimal discount, BigDecimal total, BigDecimal net,
                    BigDecimal tax, LocalDate businessDay, String issuedBy, Instant issuedAt, Long reversesBillId,
                    String reason, String approvedBy);

    /** Inserts a bill and counts it in its day's sums (BillDaySums) in the same transaction. */
    default long insertBill(String number, int year, int sequenceNo, String kind, long orderId, long customerId, String payer,
                    String payerName, String claimReference, BigDecimal excess, BigDecimal vatRate, BigDecimal labour,
                    BigDecimal parts, BigDecimal other, BigDecimal discount, BigDecimal total, BigDecimal net,
                    BigDecimal tax, LocalDate businessDay, String issuedBy, Instant issuedAt, Long reversesBillId,
                    String reason, String approvedBy) {
        long id = insertBillRow(number, year, sequenceNo, kind, orderId, customerId, payer, payerName, claimReference,
                excess, vatRate, labour, parts, other, discount, total, net, tax, businessDay, issuedBy, issuedAt,
                reversesBillId, reason, approvedBy);
        BillDaySums.counted(getHandle(), id);
        return id;
    }

    @SqlBatch("""
            INSERT INTO bill_line (bill_id, line_no, repair_line_id, kind, code, description, brand_spec, unit, quantity,
                                   unit_price, amount, discount, total)
            VALUES (:billId, :l.lineNo, :l.repairLineId, :l.kind, :l.code, :l.description, :l.brandSpec, :l.unit,
                    :l.quantity, :l.unitPrice.amount, :l.amount.amount, :l.discount.amount, :l.total.amount)
            """)
    void insertLineRows(long billId, @BindMethods("l") List<BillLine> lines);

    /** Inserts a bill's lines and counts a standing bill's labour lines in its order's day (BillDaySums). */
    default void insertLines(long billId, List<BillLine> lines) {
        insertLineRows(billId, lines);
        BillDaySums.linesCounted(getHandle(), billId);
    }

    @SqlUpdate("""
            INSERT INTO bill_discount (bill_id, kind, amount, coupon_code, reason, given_by, approved_by)
            VALUES (:billId, :kind, :amount, :couponCode, :reason, :givenBy, :approvedBy)
            """)
    void insertDiscount(long billId, String kind, BigDecimal amount, String couponCode, String reason, String givenBy,
                        String approvedBy);

    @SqlQuery("SELECT " + Bill.COLUMNS + " FROM bill WHERE id = :id")
    Optional<Bill> bill(long id);

    @SqlQuery("SELECT " + Bill.COLUMNS + " FROM bill WHERE number = :number")
    Optional<Bill> billByNumber(String number);

    @SqlQuery("SELECT " + Bill.COLUMNS + " FROM bill WHERE repair_order_id = :orderId ORDER BY id")
    List<Bill> billsOfOrder(long orderId);

    @SqlQuery("SELECT " + BillLine.COLUMNS + " FROM bill_line WHERE bill_id = :billId ORDER BY line_no")
    List<BillLine> lines(long billId);

    @SqlQuery("SELECT kind, amount, coupon_code, reason, given_by, approved_by FROM bill_discount WHERE bill_id = :billId "
            + "ORDER BY id")
    List<BillDiscount> discounts(long billId);

    @SqlQuery("SELECT " + Payment.COLUMNS + " FROM payment WHERE bill_id = :billId ORDER BY id")
    List<Payment> payments(long billId);

    @SqlQuery("SELECT " + Payment.COLUMNS + " FROM payment WHERE id = :id")
    Optional<Payment> payment(long id);

    @SqlQuery("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE bill_id = :billId")
    BigDecimal paid(long billId);

    @SqlQuery("SELECT COUNT(*) > 0 FROM bill WHERE reverses_bill_id = :billId")
    boolean reversed(long billId);

    @SqlUpdate("""
            INSERT INTO payment (bill_id, method, amount, tendered, change_given, reference, reason, business_day, taken_by,
                                 taken_at)
            VALUES (:billId, :method, :amount, :tendered, :change, :reference, :reason, :businessDay, :takenBy, :takenAt)
            """)
    @GetGeneratedKeys("id")
    long insertPayment(long billId, String method, BigDecimal amount, BigDecimal tendered, BigDecimal change,
                       String reference, String reason, LocalDate businessDay, String takenBy, Instant takenAt);

    @SqlQuery("SELECT COUNT(*) > 0 FROM cash_day_close WHERE business_day = :day")
    boolean dayClosed(LocalDate day);

    @SqlUpdate("INSERT INTO cash_day (business_day) VALUES (:day) ON CONFLICT DO NOTHING")
    void ensureDay(LocalDate day);

    @SqlQuery("SELECT business_day FROM cash_day WHERE business_day = :day FOR UPDATE")
    LocalDate lockDay(LocalDate day);

    @SqlUpdate("""
            INSERT INTO internal_cost (repair_order_id, repair_line_id, description, amount, business_day, recorded_by)
            VALUES (:orderId, :lineId, :description, :amount, :businessDay, :recordedBy)
            """)
    void insertInternalCost(long orderId, long lineId, String description, BigDecimal amount, LocalDate businessDay,
                            String recordedBy);

    // ---- what the desk reads of orders, customers, parts and the store

    /**
     * Orders in the statuses whose number, plate or customer matches {@code like}, oldest first (plate as stored);
     * the total is what was billed once the order has bills, else what its lines come to.
     */
    @SqlQuery("SELECT " + ORDER_ROW + """
            WHERE o.status IN (<statuses>)
              AND (UPPER(o.number) LIKE :like OR UPPER(COALESCE(v.plate, '')) LIKE :like OR UPPER(c.name) LIKE :like)
            ORDER BY o.created_at, o.id
            LIMIT :limit
            """)
    List<CashierOrderRow> orders(@BindList("statuses") List<String> statuses, String like, int limit);

    /**
     * Orders in any status, a delivered car's too, whose claim's charge to the customer (decision 0112) is still
     * due and whose number, plate or customer matches {@code like}: read from the claims that were charged, so the
     * desk's search stays on the status index and never sums every bill's payments.
     */
    @SqlQuery("SELECT " + ORDER_ROW + """
            WHERE o.id IN (SELECT b.repair_order_id FROM claim cl JOIN bill b ON b.id = cl.charge_bill_id
                           WHERE NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
                             AND b.total > (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.bill_id = b.id))
              AND (UPPER(o.number) LIKE :like OR UPPER(COALESCE(v.plate, '')) LIKE :like OR UPPER(c.name) LIKE :like)
            ORDER BY o.created_at, o.id
            LIMIT :limit
            """)
    List<CashierOrderRow> ordersWithChargesDue(String like, int limit);

    /** The desk's columns of an order, up to its FROM (each statement adds its WHERE). */
    String ORDER_ROW = "o.id, o.number, o.status, v.plate, " + OrderVehicleSql.MODEL + " AS model, "
            + "c.name AS customer_name, o.created_at, "
            + "CASE WHEN EXISTS (SELECT 1 FROM bill b WHERE b.repair_order_id = o.id) "
            + "THEN (SELECT SUM(b.total) FROM bill b WHERE b.repair_order_id = o.id) "
            + "ELSE " + OrderVehicleSql.TOTAL + " END AS total, o.version "
            + "FROM" + OrderVehicleSql.ORDER_VEHICLE_CUSTOMER + " ";

    @SqlQuery("SELECT number FROM bill WHERE reverses_bill_id = :billId")
    Optional<String> reversedBy(long billId);

    /** A bill's order as people name it: its number and the plate as stored. */
    record OrderOfBill(String number, String plate) {
    }

    @SqlQuery("SELECT o.number, v.plate FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id WHERE o.id = :orderId")
    OrderOfBill orderOfBill(long orderId);

    @SqlQuery("SELECT name, member_level FROM customer WHERE id = :customerId")
    CashierService.CustomerInfo customer(long customerId);

    @SqlQuery("SELECT mobile FROM customer WHERE id = :customerId")
    Optional<String> customerMobile(long customerId);

    @SqlQuery("SELECT old_parts FROM intake WHERE id = :intakeId")
    Optional<String> oldParts(long intakeId);

    @SqlQuery("SELECT display_name FROM app_user WHERE username = :username")
    Optional<String> displayName(String username);

    @SqlQuery("SELECT vat_rate FROM store_profile WHERE id = 1")
    Optional<BigDecimal> vatRate();

    record PartRow(long id, String brand, String specification, String unit) {
    }

    @SqlQuery("SELECT id, brand, specification, unit FROM part WHERE id IN (<ids>)")
    List<PartRow> parts(@BindList("ids") List<Long> ids);

    /** Locks the bill row until the paying transaction ends: payments on one bill are taken one at a time. */
    @SqlQuery("SELECT id FROM bill WHERE id = :billId FOR UPDATE")
    Optional<Long> lockBill(long billId);

    @SqlQuery("SELECT next_service_date, next_service_mileage FROM vehicle WHERE id = :vehicleId")
    DeliveryService.NextService nextService(long vehicleId);

    @SqlUpdate("""
            INSERT INTO delivery (repair_order_id, gate_pass_number, satisfaction, remark, delivered_by, delivered_at)
            VALUES (:orderId, :number, :satisfaction, :remark, :by, :at)
            """)
    void insertDelivery(long orderId, String number, int satisfaction, String remark, String by, Instant at);

    @SqlQuery("""
            SELECT d.gate_pass_number, d.satisfaction, COALESCE(u.display_name, d.delivered_by) AS delivered_by,
                   d.delivered_at
            FROM delivery d LEFT JOIN app_user u ON u.username = d.delivered_by WHERE d.repair_order_id = :orderId
            """)
    Optional<DeliveryService.Delivered> delivery(long orderId);
}
