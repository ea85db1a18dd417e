package com.fours.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.appointments.WorkGroup;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.testing.MutableClock;

/**
 * Hand-made data whose figures are worked out below, run on H2 and on PostgreSQL. The clock stands
 * at Monday 2026-12-07 10:00 in Shanghai. Three orders billed this week (December 1-7):
 * <pre>
 *   A  wheel alignment 1.2 h x 400 = 480.00     zhangwei clocked 1.0 h
 *   B  brake pads      1.5 h x 420 = 630.00     zhangwei 1.0 h, wanggang 1.0 h (1.5 book h shared 0.75 / 0.75)
 *      car wash fee    1 x 30.00 = 30.00 (other)
 *   C  oil change      0.5 h x 300 = 150.00     wanggang 0.5 h
 * </pre>
 * cars 3; labour 1,260.00, other 30.00, total 1,290.00; average bill 1,290 / 3 = 430.00; hours sold
 * 3.2, per order 3.2 / 3 = 1.07; effective labour rate 1,260 / 3.2 = 393.75. Clocked 3.5 h, book
 * 3.2 h: efficiency 3.2 / 3.5 = 91.4% (zhangwei 1.95 / 2.0 = 97.5%, wanggang 1.25 / 1.5 = 83.3%).
 * Both are in one work group working 8 h Monday to Friday: December 1-4 and 7 are 5 days, 40 h each,
 * 80 h in all; productivity 3.5 / 80 = 4.4% (zhangwei 2 / 40 = 5.0%). All three passed QC at the
 * first round: first-time fix 100.0%. And one order, D (alignment 1.2 h x 400), billed on November 3,
 * which the week compares with (November 1-7).
 */
final class DashboardScenarios {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final AppServices services;
    private final MutableClock clock;
    final CashierFixture f;

    DashboardScenarios(AppServices services, MutableClock clock) {
        this.services = services;
        this.clock = clock;
        this.f = new CashierFixture(services);
    }

    /** The four orders above, D first with the clock on November 3, then the clock back to today. */
    void billTheHandMadeOrders() {
        Instant today = clock.instant();
        clock.advance(Duration.between(today, Instant.parse("2026-11-03T02:00:00Z")));
        long d = f.anotherReadyOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", "400", Payer.CUSTOMER)));
        settle(d);
        clock.advance(Duration.between(clock.instant(), today));
        f.as("zhoujie");
        WorkGroup group = services.workshop().createGroup("机修一组", 1);
        services.workshop().setMembers(group.id(), Set.of(userId("zhangwei"), userId("wanggang")));
        Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, new BigDecimal("8"));
        }
        services.workshop().setHours(group.id(), hours);

        long a = f.anotherReadyOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", "400", Payer.CUSTOMER)));
        long b = f.anotherReadyOrder(List.of(CashierFixture.labour(f.repair.brakePads.id(), "1.5", "420", Payer.CUSTOMER),
                CashierFixture.fee("洗车", "1", "30.00", Payer.CUSTOMER)));
        long c = f.anotherReadyOrder(List.of(CashierFixture.labour(f.repair.oilChange.id(), "0.5", "300", Payer.CUSTOMER)));
        clockOn(a, "zhangwei", "2026-12-07T00:00:00Z", "2026-12-07T01:00:00Z");
        clockOn(b, "zhangwei", "2026-12-05T00:00:00Z", "2026-12-05T01:00:00Z");
        clockOn(b, "wanggang", "2026-12-05T01:00:00Z", "2026-12-05T02:00:00Z");
        clockOn(c, "wanggang", "2026-12-01T03:00:00Z", "2026-12-01T03:30:00Z");
        settle(a);
        settle(b);
        settle(c);
        f.as("zhoujie");
    }

    private void settle(long order) {
        f.as("chenjing");
        services.cashier().settle(order, f.version(order), SettlementInput.plain(), null);
    }

    private long userId(String username) {
        return services.transactions().read(h -> h.createQuery("SELECT id FROM app_user WHERE username = :u")
                .bind("u", username).mapTo(Long.class).one());
    }

    private void clockOn(long order, String username, String start, String stop) {
        long line = services.transactions().read(h -> h.createQuery(
                "SELECT id FROM repair_line WHERE repair_order_id = :o AND kind = 'LABOUR'").bind("o", order)
                .mapTo(Long.class).one());
        long user = userId(username);
        services.transactions().useTransaction(h -> h.createUpdate("""
                INSERT INTO job_clock (repair_line_id, user_id, started_at, stopped_at, stop_reason)
                VALUES (:line, :user, :start, :stop, 'DONE')""").bind("line", line).bind("user", user)
                .bind("start", Instant.parse(start)).bind("stop", Instant.parse(stop)).execute());
    }

    /**
     * A counter sale of parts (decision 0109) on 2025-09-15: two oil filters at 45.00 sold to a walk-in,
     * paid, one brought back (a credit bill of -45.00); and one car billed that day (alignment 1.2 h x
     * 400 = 480.00). The day's parts revenue is the 45.00 kept, the total 525.00, under the customer;
     * one car, whose average bill stays 480.00.
     */
    void aCounterSaleIsPartsRevenueNotACar() {
        Instant today = clock.instant();
        clock.advance(Duration.between(today, Instant.parse("2025-09-15T02:00:00Z")));
        try {
            f.as("zhaolei");
            com.fours.workbench.partsales.PartsSale sale = services.partsSales().quickSale(null, "",
                    List.of(com.fours.workbench.partsales.SaleLineInput.of(f.repair.filter.id(), "2")));
            f.as("chenjing");
            services.payments().pay(sale.billId(), com.fours.workbench.cashier.PaymentInput.today(
                    com.fours.workbench.cashier.PaymentMethod.CASH, "90.00"));
            services.partsSales().returnParts(sale.id(), Map.of(sale.lines().get(0).id(), "1"), "多拿了一个");
            settle(f.anotherReadyOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", "400", Payer.CUSTOMER))));
        } finally {
            clock.advance(Duration.between(clock.instant(), today));
        }
        f.as("zhoujie");
        DashboardFigures day = services.dashboard().read(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 15)).current();
        assertThat(day.carCount()).isEqualTo(1);
        assertThat(day.revenue().labour().amount()).isEqualByComparingTo("480.00");
        assertThat(day.revenue().parts().amount()).isEqualByComparingTo("45.00");
        assertThat(day.revenue().counterSales().amount()).isEqualByComparingTo("45.00");
        assertThat(day.revenue().total().amount()).isEqualByComparingTo("525.00");
        assertThat(day.revenueByPayer()).singleElement().satisfies(p -> {
            assertThat(p.payer()).isEqualTo(Payer.CUSTOMER);
            assertThat(p.amount().amount()).isEqualByComparingTo("525.00");
        });
        assertThat(day.averageBill()).isEqualByComparingTo("480.00");
        assertThat(day.hoursPerOrder()).isEqualByComparingTo("1.20");
        assertThat(day.carsByDay()).singleElement().satisfies(d -> assertThat(d.cars()).isEqualTo(1));
    }

    /** Every figure of the week as worked out above, and the week before with order D. */
    void theWeeksFiguresAreThoseWorkedOutByHand(boolean billFirst) {
        if (billFirst) {
            billTheHandMadeOrders();
        }
        f.as("zhoujie");
        Dashboard dashboard = services.dashboard().read(LocalDate.of(2026, 12, 1), MONDAY);
        DashboardFigures week = dashboard.current();
        assertThat(week.carCount()).isEqualTo(3);
        assertThat(week.revenue().labour().amount()).isEqualByComparingTo("1260.00");
        assertThat(week.revenue().parts().amount()).isEqualByComparingTo("0");
        assertThat(week.revenue().other().amount()).isEqualByComparingTo("30.00");
        assertThat(week.revenue().total().amount()).isEqualByComparingTo("1290.00");
        assertThat(week.revenue().counterSales().amount()).isEqualByComparingTo("0");
        assertThat(week.revenueByPayer()).extracting(DashboardFigures.PayerAmount::payer).containsExactly(Payer.CUSTOMER);
        assertThat(week.averageBill()).isEqualByComparingTo("430.00");
        assertThat(week.hoursSold()).isEqualByComparingTo("3.2");
        assertThat(week.hoursPerOrder()).isEqualByComparingTo("1.07");
        assertThat(week.labourRevenue().amount()).isEqualByComparingTo("1260.00");
        assertThat(week.effectiveLabourRate()).isEqualByComparingTo("393.75");
        assertThat(week.clockedHours()).isEqualByComparingTo("3.50");
        assertThat(week.bookHours()).isEqualByComparingTo("3.20");
        assertThat(week.efficiency()).isEqualByComparingTo("91.4");
        assertThat(week.availableHours()).isEqualByComparingTo("80");
        assertThat(week.productivity()).isEqualByComparingTo("4.4");
        TechnicianFigures zhang = technician(week, "zhangwei");
        assertThat(zhang.clocked()).isEqualByComparingTo("2.00");
        assertThat(zhang.book()).isEqualByComparingTo("1.95");
        assertThat(zhang.efficiency()).isEqualByComparingTo("97.5");
        assertThat(zhang.productivity()).isEqualByComparingTo("5.0");
        TechnicianFigures wang = technician(week, "wanggang");
        assertThat(wang.book()).isEqualByComparingTo("1.25");
        assertThat(wang.efficiency()).isEqualByComparingTo("83.3");
        assertThat(week.fixRate().finished()).isEqualTo(3);
        assertThat(week.firstTimeFixRate()).isEqualByComparingTo("100.0");
        assertThat(week.comebacks()).isZero();
        assertThat(week.carsByDay()).hasSize(7);
        assertThat(week.carsByDay().get(6).cars()).isEqualTo(3);
        assertThat(week.carsByKind()).extracting(DashboardFigures.KindCount::category, DashboardFigures.KindCount::cars)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RepairCategory.FIRST_LEVEL_MAINTENANCE, 1),
                        org.assertj.core.groups.Tuple.tuple(RepairCategory.MINOR_REPAIR, 2));
        // capacity: 80 h available and nothing booked is a real 0%; no bookings at all is no show rate
        assertThat(week.capacityUse()).isEqualByComparingTo("0.0");
        assertThat(week.showRate()).isNull();
        assertThat(week.fillRate()).isNull();
        assertThat(week.callbackRate()).isNull();
        assertThat(week.csi()).isNull();

        DashboardFigures before = dashboard.previous();
        assertThat(before.period()).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7)));
        assertThat(before.carCount()).isEqualTo(1);
        assertThat(before.averageBill()).isEqualByComparingTo("480.00");
        assertThat(before.effectiveLabourRate()).isEqualByComparingTo("400.00");
        assertThat(before.efficiency()).isNull(); // D's line was clocked by nobody

        DashboardFigures lastYear = dashboard.lastYear();
        assertThat(lastYear.period()).isEqualTo(new DashboardPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7)));
        assertEmpty(lastYear);
    }

    /** A period with nothing in it: every ratio "no data", never 0% or a division by zero. */
    static void assertEmpty(DashboardFigures empty) {
        assertThat(empty.carCount()).isZero();
        assertThat(empty.revenue().total().amount()).isEqualByComparingTo("0");
        assertThat(empty.averageBill()).isNull();
        assertThat(empty.hoursPerOrder()).isNull();
        assertThat(empty.effectiveLabourRate()).isNull();
        assertThat(empty.efficiency()).isNull();
        assertThat(empty.firstTimeFixRate()).isNull();
        assertThat(empty.showRate()).isNull();
        assertThat(empty.fillRate()).isNull();
        assertThat(empty.callbackRate()).isNull();
        assertThat(empty.csi()).isNull();
        assertThat(empty.carsByDay()).allMatch(d -> d.cars() == 0);
    }

    static TechnicianFigures technician(DashboardFigures figures, String username) {
        return figures.technicians().stream().filter(t -> t.username().equals(username)).findFirst().orElseThrow();
    }
}
