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
            }
        } else if (standing(bill)) {
            add(dao, bill, 1, bill.repairOrderId() != null
                    && dao.othersStanding(bill.repairOrderId(), bill.businessDay(), bill.id()) == 0 ? 1 : 0);
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

    @RegisterConstructorMapper(Row.class)
    interface Dao {

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
