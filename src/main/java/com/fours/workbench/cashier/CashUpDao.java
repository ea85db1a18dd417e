package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;

/** The day's money as the cashier's tables hold it, and the close of a day. Reads bills and payments, never writes them. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(CashUpFigures.MethodLine.class)
@RegisterConstructorMapper(CashUpFigures.VoidLine.class)
@RegisterConstructorMapper(CashDayClosed.class)
public interface CashUpDao {

    /** Per method: payments (amount > 0) and refunds (amount < 0, summed as a positive amount). */
    @SqlQuery("""
            SELECT method,
                   SUM(CASE WHEN amount > 0 THEN 1 ELSE 0 END) AS payments,
                   COALESCE(SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), 0) AS received,
                   SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS refunds,
                   COALESCE(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), 0) AS refunded
            FROM payment WHERE business_day = :day GROUP BY method
            """)
    List<CashUpFigures.MethodLine> methods(LocalDate day);

    /** Cash handed over (what was kept plus the change given back), the change, and cash refunded. */
    @SqlQuery("""
            SELECT COALESCE(SUM(CASE WHEN amount > 0 THEN amount + COALESCE(change_given, 0) ELSE 0 END), 0) AS taken,
                   COALESCE(SUM(CASE WHEN amount > 0 THEN COALESCE(change_given, 0) ELSE 0 END), 0) AS change_given,
                   COALESCE(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), 0) AS refunded
            FROM payment WHERE business_day = :day AND method = 'CASH'
            """)
    @RegisterConstructorMapper(Cash.class)
    Cash cash(LocalDate day);

    record Cash(BigDecimal taken, BigDecimal changeGiven, BigDecimal refunded) {
    }

    /** Bills (not reversals) issued on the day, per payer. */
    @SqlQuery("""
            SELECT payer, COUNT(*) AS bills, COALESCE(SUM(total), 0) AS billed
            FROM bill WHERE business_day = :day AND kind = 'BILL' GROUP BY payer
            """)
    @RegisterConstructorMapper(Billed.class)
    List<Billed> billed(LocalDate day);

    record Billed(String payer, int bills, BigDecimal billed) {
    }

    /** Money kept on the day (refunds taken off) per payer of the bill it was paid on. */
    @SqlQuery("""
            SELECT b.payer, COALESCE(SUM(p.amount), 0) AS paid
            FROM payment p JOIN bill b ON b.id = p.bill_id WHERE p.business_day = :day GROUP BY b.payer
            """)
    @RegisterConstructorMapper(Paid.class)
    List<Paid> paid(LocalDate day);

    record Paid(String payer, BigDecimal paid) {
    }

    /** Reversal documents issued on the day, with the bill each voids. */
    /** A void: the reversal document r of the bill b. */
    String VOIDS = " FROM bill r JOIN bill b ON b.id = r.reverses_bill_id WHERE r.kind = 'REVERSAL' ";

    @SqlQuery("SELECT r.number AS reversal_number, b.number AS bill_number, -r.total AS amount, r.reason, r.approved_by"
            + VOIDS + "AND r.business_day = :day ORDER BY r.number")
    List<CashUpFigures.VoidLine> voids(LocalDate day);

    /** Bills one cashier issued that were voided on the days [from, to]: the appraisal's "bill errors voided". */
    @SqlQuery("SELECT COUNT(*)" + VOIDS + "AND r.business_day >= :from AND r.business_day <= :to AND b.issued_by = :cashier")
    int voidedOf(LocalDate from, LocalDate to, String cashier);

    /** Days [from, to] one cashier closed with a count, those with a cash difference, and the differences' sum either way. */
    @SqlQuery("""
            SELECT COUNT(*) AS days, COALESCE(SUM(CASE WHEN n.difference <> 0 THEN 1 ELSE 0 END), 0) AS with_difference,
                   COALESCE(SUM(ABS(n.difference)), 0) AS amount
            FROM cash_day_close c JOIN cash_day_count n ON n.business_day = c.business_day
            WHERE c.business_day >= :from AND c.business_day <= :to AND c.closed_by = :cashier
            """)
    @RegisterConstructorMapper(Differences.class)
    Differences differencesOf(LocalDate from, LocalDate to, String cashier);

    record Differences(int days, int withDifference, BigDecimal amount) {
    }

    /** Discounts given on bills issued on the day: how many, and how much. */
    @SqlQuery("""
            SELECT COUNT(*) AS count, COALESCE(SUM(d.amount), 0) AS amount
            FROM bill_discount d JOIN bill b ON b.id = d.bill_id
            WHERE b.business_day = :day AND b.kind = 'BILL' AND d.amount <> 0
            """)
    @RegisterConstructorMapper(Counted.class)
    Counted discounts(LocalDate day);

    record Counted(int count, BigDecimal amount) {
    }

    @SqlQuery("""
            SELECT c.business_day, c.closed_at, COALESCE(u.display_name, c.closed_by) AS closed_by, n.opening_float,
                   n.expected_cash, n.counted_cash, n.difference, n.difference_reason
            FROM cash_day_close c LEFT JOIN cash_day_count n ON n.business_day = c.business_day
            LEFT JOIN app_user u ON u.username = c.closed_by
            WHERE c.business_day = :day
            """)
    Optional<CashDayClosed> closed(LocalDate day);

    /** Closed days, newest first. */
    @SqlQuery("""
            SELECT c.business_day, c.closed_at, COALESCE(u.display_name, c.closed_by) AS closed_by, n.opening_float,
                   n.expected_cash, n.counted_cash, n.difference, n.difference_reason
            FROM cash_day_close c LEFT JOIN cash_day_count n ON n.business_day = c.business_day
            LEFT JOIN app_user u ON u.username = c.closed_by
            ORDER BY c.business_day DESC LIMIT :limit
            """)
    List<CashDayClosed> closedDays(int limit);

    @SqlUpdate("INSERT INTO cash_day_close (business_day, closed_at, closed_by) VALUES (:day, :closedAt, :closedBy)")
    void close(LocalDate day, LocalDateTime closedAt, String closedBy);

    @SqlUpdate("""
            INSERT INTO cash_day_count (business_day, opening_float, cash_taken, change_given, cash_refunded, expected_cash,
                                        counted_cash, difference, difference_reason, payments_net)
            VALUES (:day, :openingFloat, :cashTaken, :changeGiven, :cashRefunded, :expectedCash, :countedCash, :difference,
                    :reason, :paymentsNet)
            """)
    void count(LocalDate day, BigDecimal openingFloat, BigDecimal cashTaken, BigDecimal changeGiven,
               BigDecimal cashRefunded, BigDecimal expectedCash, BigDecimal countedCash, BigDecimal difference,
               String reason, BigDecimal paymentsNet);

    @SqlQuery("SELECT DISTINCT business_day FROM payment WHERE business_day < :before ORDER BY business_day")
    List<LocalDate> daysWithPayments(LocalDate before);
}
