package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The standing bills' sums by day, payer and counter sale (bill_day_sum, V45, decision 0128), kept in the
 * transaction that inserts a bill: both insertBill methods (CashierDao, PartsSaleBillDao) call {@link #counted},
 * so no bill reaches the table by another path. A bill or credit adds itself to its day; a reversal takes the
 * bill it reverses off that bill's day. A day's cars are the repair orders with a standing bill that day.
 */
final class BillDaySums {

    /** bill_order_day's kind of the row that counts an order's standing bills of the day. */
    static final String ORDER = "*";

    private BillDaySums() {
    }

    /** Counts the bill just inserted into its day's sums. */
    static void counted(Handle handle, long billId) {
        Dao dao = handle.attach(Dao.class);
        Row bill = dao.row(billId).orElseThrow();
        if (bill.reversesBillId() != null) {
            Row reversed = dao.row(bill.reversesBillId()).orElseThrow();
            if (standing(reversed)) {
                add(dao, reversed, -1, reversed.repairOrderId() != null
                        && dao.othersStanding(reversed.repairOrderId(), reversed.businessDay(), reversed.id()) == 0 ? -1 : 0);
                if (reversed.repairOrderId() != null) {
                    dao.ensureOrder(reversed.businessDay(), reversed.repairOrderId(), ORDER);
                    dao.addOrder(reversed.businessDay(), reversed.repairOrderId(), ORDER, -1, 0, BigDecimal.ZERO, BigDecimal.ZERO);
                    addLabour(dao, reversed, -1);
                }
            }
        } else if (standing(bill)) {
            add(dao, bill, 1, bill.repairOrderId() != null
                    && dao.othersStanding(bill.repairOrderId(), bill.businessDay(), bill.id()) == 0 ? 1 : 0);
            if (bill.repairOrderId() != null) {
                dao.ensureOrder(bill.businessDay(), bill.repairOrderId(), ORDER);
                dao.addOrder(bill.businessDay(), bill.repairOrderId(), ORDER, 1, 0, BigDecimal.ZERO, BigDecimal.ZERO);
            }
        }
    }

    /** Counts the labour lines just inserted for a standing bill of a repair order (a reversal's are taken off with it). */
    static void linesCounted(Handle handle, long billId) {
        Dao dao = handle.attach(Dao.class);
        Row bill = dao.row(billId).orElseThrow();
        if (standing(bill) && bill.repairOrderId() != null) {
            addLabour(dao, bill, 1);
        }
    }

    private static void addLabour(Dao dao, Row bill, int sign) {
        BigDecimal s = BigDecimal.valueOf(sign);
        for (LabourKind k : dao.labourKinds(bill.id())) {
            dao.ensureOrder(bill.businessDay(), bill.repairOrderId(), k.kind());
            dao.addOrder(bill.businessDay(), bill.repairOrderId(), k.kind(), 0, sign * k.lines(), k.hours().multiply(s),
                    k.revenue().multiply(s));
        }
    }

    private static boolean standing(Row bill) {
        return bill.kind().equals(BillKind.BILL.name()) || bill.kind().equals(BillKind.CREDIT.name());
    }

    private static void add(Dao dao, Row bill, int sign, int cars) {
        boolean counterSale = bill.repairOrderId() == null;
        dao.ensure(bill.businessDay(), bill.payer(), counterSale);
        BigDecimal s = BigDecimal.valueOf(sign);
        dao.add(bill.businessDay(), bill.payer(), counterSale, sign, cars, bill.labourAmount().multiply(s),
                bill.partsAmount().multiply(s), bill.otherAmount().multiply(s), bill.discountAmount().multiply(s),
                bill.total().multiply(s));
    }

    record Row(long id, String kind, LocalDate businessDay, String payer, Long repairOrderId, Long reversesBillId,
               BigDecimal labourAmount, BigDecimal partsAmount, BigDecimal otherAmount, BigDecimal discountAmount,
               BigDecimal total) {
    }

    record LabourKind(String kind, int lines, BigDecimal hours, BigDecimal revenue) {
    }

    @RegisterConstructorMapper(Row.class)
    @RegisterConstructorMapper(LabourKind.class)
    interface Dao {

        String KIND = "CASE WHEN rl.id IS NULL THEN '#' WHEN rl.category IS NULL THEN '-' ELSE rl.category END";

        @SqlQuery("SELECT " + KIND + """
                 AS kind, COUNT(*) AS lines, SUM(l.quantity) AS hours, SUM(l.total) AS revenue
                FROM bill_line l LEFT JOIN repair_line rl ON rl.id = l.repair_line_id
                WHERE l.bill_id = :billId AND l.kind = 'LABOUR' GROUP BY\s""" + KIND)
        java.util.List<LabourKind> labourKinds(long billId);

        @SqlUpdate("""
                INSERT INTO bill_order_day (business_day, repair_order_id, kind, bills, lines, hours, revenue)
                VALUES (:day, :orderId, :kind, 0, 0, 0, 0) ON CONFLICT DO NOTHING""")
        void ensureOrder(LocalDate day, long orderId, String kind);

        @SqlUpdate("""
                UPDATE bill_order_day SET bills = bills + :bills, lines = lines + :lines, hours = hours + :hours,
                       revenue = revenue + :revenue
                WHERE business_day = :day AND repair_order_id = :orderId AND kind = :kind""")
        void addOrder(LocalDate day, long orderId, String kind, int bills, int lines, BigDecimal hours, BigDecimal revenue);

        @SqlQuery("""
                SELECT id, kind, business_day, payer, repair_order_id, reverses_bill_id, labour_amount, parts_amount,
                       other_amount, discount_amount, total FROM bill WHERE id = :id""")
        Optional<Row> row(long id);

        /** The order's standing bills of the day other than {@code billId} (a reversed bill is not standing). */
        @SqlQuery("""
                SELECT COUNT(*) FROM bill b WHERE b.repair_order_id = :orderId AND b.business_day = :day
                AND b.id <> :billId AND b.kind IN ('BILL', 'CREDIT')
                AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)""")
        int othersStanding(long orderId, LocalDate day, long billId);

        @SqlUpdate("""
                INSERT INTO bill_day_sum (business_day, payer, counter_sale, bills, cars, labour_amount, parts_amount,
                                          other_amount, discount_amount, total)
                VALUES (:day, :payer, :counterSale, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING""")
        void ensure(LocalDate day, String payer, boolean counterSale);

        @SqlUpdate("""
                UPDATE bill_day_sum SET bills = bills + :bills, cars = cars + :cars,
                       labour_amount = labour_amount + :labour, parts_amount = parts_amount + :parts,
                       other_amount = other_amount + :other, discount_amount = discount_amount + :discount,
                       total = total + :total
                WHERE business_day = :day AND payer = :payer AND counter_sale = :counterSale""")
        void add(LocalDate day, String payer, boolean counterSale, int bills, int cars, BigDecimal labour,
                 BigDecimal parts, BigDecimal other, BigDecimal discount, BigDecimal total);
    }
}
