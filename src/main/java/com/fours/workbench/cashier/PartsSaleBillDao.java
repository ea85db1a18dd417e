package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The parts sales' own number series and their bills (decision 0103): a bill row without a repair
 * order, tied to its sales order. Insert-only like every bill.
 */
@RegisterConstructorMapper(CashierDao.OrderOfBill.class)
public interface PartsSaleBillDao extends SqlObject {

    @SqlUpdate("INSERT INTO parts_sale_counter (series, counter_year, last_number) VALUES (:series, :year, 0) "
            + "ON CONFLICT DO NOTHING")
    void ensureCounter(String series, int year);

    /** Locks the series' row for the year until the issuing transaction ends. */
    @SqlUpdate("UPDATE parts_sale_counter SET last_number = last_number + 1 WHERE series = :series AND counter_year = :year")
    int advanceCounter(String series, int year);

    @SqlQuery("SELECT last_number FROM parts_sale_counter WHERE series = :series AND counter_year = :year")
    int lastNumber(String series, int year);

    @SqlUpdate("""
            INSERT INTO bill (number, series, invoice_year, sequence_no, kind, repair_order_id, parts_sale_id, customer_id,
                              payer, payer_name, excess, vat_rate, labour_amount, parts_amount, other_amount,
                              discount_amount, total, net, tax, business_day, issued_by, issued_at, reverses_bill_id,
                              reason, approved_by)
            VALUES (:number, :series, :year, :sequenceNo, :kind, NULL, :saleId, :customerId, 'CUSTOMER', :payerName, 0,
                    :vatRate, 0, :parts, 0, :discount, :total, :net, :tax, :businessDay, :issuedBy, :issuedAt,
                    :reversesBillId, :reason, :approvedBy)
            """)
    @GetGeneratedKeys("id")
    long insertBillRow(String number, String series, int year, int sequenceNo, String kind, long saleId, Long customerId,
                    String payerName, BigDecimal vatRate, BigDecimal parts, BigDecimal discount, BigDecimal total,
                    BigDecimal net, BigDecimal tax, LocalDate businessDay, String issuedBy, Instant issuedAt,
                    Long reversesBillId, String reason, String approvedBy);

    /** Inserts a bill and counts it in its day's sums (BillDaySums) in the same transaction. */
    default long insertBill(String number, String series, int year, int sequenceNo, String kind, long saleId, Long customerId,
                    String payerName, BigDecimal vatRate, BigDecimal parts, BigDecimal discount, BigDecimal total,
                    BigDecimal net, BigDecimal tax, LocalDate businessDay, String issuedBy, Instant issuedAt,
                    Long reversesBillId, String reason, String approvedBy) {
        long id = insertBillRow(number, series, year, sequenceNo, kind, saleId, customerId, payerName, vatRate, parts,
                discount, total, net, tax, businessDay, issuedBy, issuedAt, reversesBillId, reason, approvedBy);
        BillDaySums.counted(getHandle(), id);
        return id;
    }

    /** The sales order of a parts-sale bill, as the desk shows it in place of a repair order (no plate). */
    @SqlQuery("SELECT s.number, CAST(NULL AS VARCHAR(20)) AS plate FROM bill b JOIN parts_sale s ON s.id = b.parts_sale_id "
            + "WHERE b.id = :billId")
    Optional<CashierDao.OrderOfBill> saleOfBill(long billId);

    @SqlQuery("SELECT parts_sale_id FROM bill WHERE id = :billId")
    Optional<Long> saleIdOfBill(long billId);
}
