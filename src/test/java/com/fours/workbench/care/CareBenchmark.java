package com.fours.workbench.care;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The caller's lists and the month's satisfaction figures with a large store's ten years of
 * delivered visits (default 500,000) and their callbacks. Run by {@code bash bench/care.sh [VISITS]};
 * not part of the test run. H2 in memory; the visits are copies of the fixture's one, written by
 * set-based SQL (only the queries' cost is measured).
 */
public final class CareBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CareBenchmark.class);
    private static final int DAYS = 3650;

    private CareBenchmark() {
    }

    public static void main(String[] args) {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        RepairFixture f = new RepairFixture(clock);
        AppServices services = f.services;
        TestWorkbench.addUser(services, "huangli", RepairFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
        long started = System.nanoTime();
        generate(services, f.orderId(), visits);
        log.info("Generated {} delivered visits with their callbacks in {} s", visits,
                (System.nanoTime() - started) / 1_000_000_000.0);
        f.as("huangli");

        List<Double> lists = new ArrayList<>();
        CallbackLists last = null;
        for (int i = 0; i < 40; i++) {
            long t = System.nanoTime();
            last = services.callbacks().lists();
            lists.add((System.nanoTime() - t) / 1_000_000.0);
        }
        Random random = new Random(7);
        YearMonth now = YearMonth.of(2026, 11);
        List<Double> month = new ArrayList<>();
        CareFigures figures = null;
        for (int i = 0; i < 40; i++) {
            YearMonth m = i % 2 == 0 ? now : now.minusMonths(random.nextInt(119));
            long t = System.nanoTime();
            CareFigures got = services.careFigures().month(m);
            month.add((System.nanoTime() - t) / 1_000_000.0);
            if (m.equals(now)) {
                figures = got;
            }
        }
        log.info("today's callback lists ({} today, {} overdue, {} upcoming, {} done in 7 days): p50 {} ms, p95 {} ms "
                        + "(40 reads, the first warm-up included)", last.today().size(), last.overdue().size(),
                last.upcoming().size(), last.done().size(), tenths(percentile(lists, 50)), tenths(percentile(lists, 95)));
        log.info("a month's CSI figures (this month and random months of ten years): p50 {} ms, p95 {} ms",
                tenths(percentile(month, 50)), tenths(percentile(month, 95)));
        log.info("this month: due {}, reached {}, unreached {}, callback rate {}%, reach rate {}%, CSI {} from {} "
                        + "surveys; {} advisors, {} technicians, {} work groups", figures.due(), figures.reached(),
                figures.unreachable(), figures.callbackRate(), figures.reachRate(), figures.csi().csi(),
                figures.csi().surveys(), figures.byAdvisor().size(), figures.byTechnician().size(),
                figures.byWorkGroup().size());
        services.close();
    }

    /** Intakes, orders, deliveries and callbacks as copies of the fixture's visit, spread over ten years. */
    private static void generate(AppServices services, long templateOrder, int visits) {
        LocalDate today = LocalDate.of(2026, 11, 27);
        String start = today.minusDays(DAYS - 1) + " 10:00:00+08:00";
        long intake = services.transactions().read(h -> h.createQuery("SELECT intake_id FROM repair_order WHERE id = :o")
                .bind("o", templateOrder).mapTo(Long.class).one());
        // one statement per transaction: an undo log of 500,000 rows at a time, not of two million
        services.transactions().useTransaction(h -> h.execute("""
                    INSERT INTO intake (customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables, complaint,
                                        requested_items, old_parts, approval_contact, customer_waits, notes)
                    SELECT customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables, complaint,
                           requested_items, old_parts, approval_contact, customer_waits, notes
                    FROM intake, SYSTEM_RANGE(1, ?) WHERE id = ?""", visits, intake));
        services.transactions().useTransaction(h -> h.execute("""
                    INSERT INTO repair_order (number, status, customer_id, vehicle_id, intake_id, advisor, created_at)
                    SELECT 'RB' || i.id, 'DELIVERED', i.customer_id, i.vehicle_id, i.id, i.advisor, i.received_at
                    FROM intake i WHERE i.id <> ?""", intake));
        // visit n is delivered on day n mod 3650 of the ten years, at 10:00 plus n mod 480 minutes
        services.transactions().useTransaction(h -> h.execute("""
                    INSERT INTO delivery (repair_order_id, gate_pass_number, satisfaction, delivered_by, delivered_at)
                    SELECT o.id, 'CB' || o.id, 1 + MOD(o.id, 5), 'cashier',
                           DATEADD('MINUTE', MOD(o.id, 480), DATEADD('DAY', MOD(o.id * 7919, ?),
                                   CAST(? AS TIMESTAMP WITH TIME ZONE)))
                    FROM repair_order o WHERE o.id <> ?""", DAYS, start, templateOrder));
        String today0 = today + " 00:00:00+08:00";
        services.transactions().useTransaction(h -> h.execute("""
                    INSERT INTO callback (repair_order_id, customer_id, order_number, plate, car, work_done, amount, advisor,
                                          technician, work_group, handback_score, delivered_at, planned_at, due_at, status,
                                          no_answers, first_attempt_at, closed_at, closed_by, fallback, score, unhappy,
                                          version)
                    SELECT id, customer_id, number, '粤B' || MOD(id, 100000), '丰田 凯美瑞', '常规保养、四轮定位', 899.00,
                           '顾问' || MOD(id, 6), '技师' || MOD(id, 12), '班组' || MOD(id, 4), satisfaction,
                           delivered_at, due, due, st,
                           CASE WHEN st = 'UNREACHABLE' THEN 3 ELSE 0 END,
                           CASE WHEN st <> 'OPEN' THEN DATEADD('HOUR', 2, due) END,
                           CASE WHEN st <> 'OPEN' THEN DATEADD('HOUR', 2, due) END,
                           CASE WHEN st <> 'OPEN' THEN 'huangli' END,
                           CASE WHEN st = 'UNREACHABLE' THEN 'SMS' END,
                           CASE WHEN st = 'REACHED' THEN 55 + MOD(id * 13, 46) END,
                           st = 'REACHED' AND MOD(id * 13, 46) < 10, 0
                    FROM (SELECT o.id, o.customer_id, o.number, d.satisfaction, d.delivered_at,
                                 DATEADD('DAY', 3, d.delivered_at) AS due,
                                 CASE WHEN DATEADD('DAY', 3, d.delivered_at)
                                           >= DATEADD('DAY', -2, CAST(? AS TIMESTAMP WITH TIME ZONE)) THEN 'OPEN'
                                      WHEN MOD(o.id, 12) = 0 THEN 'UNREACHABLE' ELSE 'REACHED' END AS st
                          FROM repair_order o JOIN delivery d ON d.repair_order_id = o.id) x""", today0));
    }

    private static double tenths(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
