package com.fours.workbench.durability;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.backup.GaplessNumbers;
import com.fours.workbench.durability.CommitLog.Entry;
import com.fours.workbench.parts.LedgerInvariant;
import com.fours.workbench.repair.RepairOrderStatus;

/**
 * What the crash test checks after a kill, on the database as the next start finds it: it opens
 * (Flyway), every commit in the log is there exactly as logged, stock equals its ledger and is never
 * negative, bill, certificate and repair-order numbers are gapless and a number logged for one order
 * belongs to that order, and no visit is half done.
 */
final class CrashCheck {

    /** The outcome of one check: every commit checked, and what was wrong. */
    record Findings(int commitsChecked, Set<String> lost, Set<String> reused, List<String> broken) {

        boolean clean() {
            return lost.isEmpty() && reused.isEmpty() && broken.isEmpty();
        }
    }

    private CrashCheck() {
    }

    static Findings check(Path folder, Path commitLog, boolean defaultWriteDelay) throws Exception {
        List<Entry> entries = CommitLog.read(commitLog);
        Set<String> lost = new LinkedHashSet<>();
        Set<String> reused = new LinkedHashSet<>();
        List<String> broken = new ArrayList<>();
        reusedInTheLog(entries, reused);
        AppServices services;
        try {
            services = CrashStore.open(folder, defaultWriteDelay);
        } catch (RuntimeException e) {
            broken.add("the database does not open: " + e);
            return new Findings(0, lost, reused, broken);
        }
        int checked = 0;
        try (services) {
            for (Entry e : entries) {
                if (e.type().equals("START")) {
                    continue;
                }
                checked++;
                String problem = services.transactions().read(h -> present(h, e));
                if (problem != null) {
                    boolean numbered = Set.of("BILL", "CERT", "ORDER").contains(e.type());
                    (numbered && problem.startsWith("differs") ? reused : lost).add(e + " (" + problem + ")");
                }
            }
            services.transactions().read(h -> {
                for (GaplessNumbers.Series series : GaplessNumbers.Series.values()) {
                    broken.addAll(GaplessNumbers.check(h, series).broken());
                }
                halfDone(h, broken);
                return null;
            });
            try {
                LedgerInvariant.assertHolds(services);
            } catch (AssertionError e) {
                broken.add("stock ledger: " + e.getMessage());
            }
        }
        return new Findings(checked, lost, reused, broken);
    }

    /** A number the log gives to two different orders (or cars) was issued twice. */
    private static void reusedInTheLog(List<Entry> entries, Set<String> reused) {
        Map<String, String> owner = new HashMap<>();
        for (Entry e : entries) {
            String number;
            String of;
            switch (e.type()) {
                case "BILL", "CERT" -> {
                    number = e.get("number");
                    of = e.get("order");
                }
                case "ORDER" -> {
                    number = e.get("number");
                    of = e.get("vin");
                }
                default -> {
                    continue;
                }
            }
            String first = owner.putIfAbsent(number, of);
            if (first != null && !first.equals(of)) {
                reused.add(e + " (logged before for " + first + ")");
            }
        }
    }

    /** Null when the logged commit is in the database as logged; else what differs. */
    private static String present(Handle h, Entry e) {
        return switch (e.type()) {
            case "RECEIPT" -> expect(h, """
                    SELECT r.delivery_note || ' ' || SUM(CASE WHEN p.part_number = '90915-YZZE1' THEN m.quantity ELSE 0 END)
                           || ' ' || SUM(CASE WHEN p.part_number = '08880-83718' THEN m.quantity ELSE 0 END)
                    FROM purchase_receipt r JOIN stock_movement m ON m.receipt_id = r.id AND m.movement_type = 'RECEIPT'
                    JOIN part p ON p.id = m.part_id WHERE r.id = :a GROUP BY r.delivery_note
                    """, Long.parseLong(e.get("id")), null,
                    e.get("note") + " " + qty(e.get("filter")) + " " + qty(e.get("oil")));
            case "SALE" -> expect(h, """
                    SELECT reference || ' ' || part_id || ' ' || bin_id || ' ' || quantity FROM stock_movement
                    WHERE id = :a AND movement_type = 'COUNTER_SALE'
                    """, Long.parseLong(e.get("movement")), null,
                    e.get("ref") + " " + e.get("part") + " " + e.get("bin") + " " + qty("-" + e.get("qty")));
            case "VEHICLE" -> expect(h, "SELECT vin FROM vehicle WHERE id = :a", Long.parseLong(e.get("id")), null,
                    e.get("vin"));
            case "BOOKING" -> expect(h, """
                    SELECT v.vin || ' ' || a.visit_day || ' ' || a.slot FROM appointment a JOIN vehicle v ON v.id = a.vehicle_id
                    WHERE a.id = :a
                    """, Long.parseLong(e.get("id")), null,
                    e.get("vin") + " " + e.get("day") + " " + java.time.LocalTime.parse(e.get("slot")) + ":00");
            case "ORDER" -> expect(h, """
                    SELECT v.vin FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id WHERE o.number = :b
                    """, null, e.get("number"), e.get("vin"));
            case "ISSUE" -> expect(h, """
                    SELECT -SUM(m.quantity) FROM stock_movement m JOIN repair_order o ON o.id = m.repair_order_id
                    JOIN part p ON p.id = m.part_id
                    WHERE o.number = :b AND p.part_number = :c AND m.movement_type = 'ISSUE_TO_REPAIR_ORDER'
                    """, null, e.get("order"), qty(e.get("issued")), e.get("part"));
            case "RELEASE" -> expect(h, """
                    SELECT o.number FROM qc_release r JOIN repair_order o ON o.id = r.repair_order_id WHERE o.number = :b
                    """, null, e.get("order"), e.get("order"));
            case "CERT" -> expect(h, """
                    SELECT o.number FROM qc_certificate c JOIN repair_order o ON o.id = c.repair_order_id WHERE c.number = :b
                    """, null, e.get("number"), e.get("order"));
            case "BILL" -> expect(h, """
                    SELECT o.number || ' ' || b.total FROM bill b JOIN repair_order o ON o.id = b.repair_order_id
                    WHERE b.number = :b
                    """, null, e.get("number"), e.get("order") + " " + e.get("total"));
            case "PAYMENT" -> expect(h, """
                    SELECT b.number || ' ' || p.amount || ' ' || p.method FROM payment p JOIN bill b ON b.id = p.bill_id
                    WHERE p.id = :a
                    """, Long.parseLong(e.get("id")), null, e.get("bill") + " " + e.get("amount") + " " + e.get("method"));
            case "DELIVERY" -> expect(h, """
                    SELECT o.number FROM delivery d JOIN repair_order o ON o.id = d.repair_order_id
                    WHERE d.gate_pass_number = :b
                    """, null, e.get("gatepass"), e.get("order"));
            case "STEP" -> step(h, e);
            default -> "unknown line " + e.type();
        };
    }

    /** An order is at least as far as logged: its status not back, its version not lower. */
    private static String step(Handle h, Entry e) {
        var row = h.createQuery("SELECT status, version FROM repair_order WHERE number = :n").bind("n", e.get("order"))
                .mapToMap().findOne();
        if (row.isEmpty()) {
            return "not in the database";
        }
        RepairOrderStatus status = RepairOrderStatus.valueOf((String) row.get().get("status"));
        int version = ((Number) row.get().get("version")).intValue();
        if (status.ordinal() < RepairOrderStatus.valueOf(e.get("status")).ordinal()
                || version < Integer.parseInt(e.get("version"))) {
            return "differs: the database has it " + status + " at version " + version;
        }
        return null;
    }

    private static String qty(String value) {
        return new BigDecimal(value).setScale(3).toPlainString();
    }

    private static String expect(Handle h, String sql, Long a, String b, String expected) {
        return expect(h, sql, a, b, expected, null);
    }

    /**
     * Compares what the database holds for a logged key with what was logged. Absent is lost; a
     * bill, certificate or order number that now belongs to another order or car is reused (a lost
     * commit whose number went to someone else).
     */
    private static String expect(Handle h, String sql, Long a, String b, String expected, String c) {
        var query = h.createQuery(sql);
        if (sql.contains(":a")) {
            query.bind("a", a);
        }
        if (sql.contains(":b")) {
            query.bind("b", b);
        }
        if (sql.contains(":c")) {
            query.bind("c", c);
        }
        List<String> found = query.mapTo(String.class).list();
        if (found.isEmpty() || found.get(0) == null) {
            return "not in the database";
        }
        String actual = found.get(0);
        if (actual.equals(expected)) {
            return null;
        }
        return "differs: the database says " + actual;
    }

    /** States that only a half-applied transaction could leave behind. */
    private static void halfDone(Handle h, List<String> broken) {
        Map<String, String> rules = new java.util.LinkedHashMap<>();
        rules.put("orders settled or delivered without a bill", """
                SELECT o.number FROM repair_order o WHERE o.status IN ('SETTLED', 'DELIVERED')
                AND NOT EXISTS (SELECT 1 FROM bill b WHERE b.repair_order_id = o.id)""");
        rules.put("bills of orders that are not settled", """
                SELECT b.number FROM bill b JOIN repair_order o ON o.id = b.repair_order_id
                WHERE o.status NOT IN ('SETTLED', 'DELIVERED')""");
        rules.put("orders past quality control without its release", """
                SELECT o.number FROM repair_order o WHERE o.status IN ('READY_FOR_SETTLEMENT', 'SETTLED', 'DELIVERED')
                AND NOT EXISTS (SELECT 1 FROM qc_release r WHERE r.repair_order_id = o.id)""");
        rules.put("releases of orders still in quality control or before", """
                SELECT o.number FROM qc_release r JOIN repair_order o ON o.id = r.repair_order_id
                WHERE o.status NOT IN ('READY_FOR_SETTLEMENT', 'SETTLED', 'DELIVERED')""");
        rules.put("deliveries and delivered orders that do not match", """
                SELECT o.number FROM repair_order o LEFT JOIN delivery d ON d.repair_order_id = o.id
                WHERE (o.status = 'DELIVERED') <> (d.repair_order_id IS NOT NULL)""");
        rules.put("bills paid more than their total", """
                SELECT b.number FROM bill b WHERE b.total < (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.bill_id = b.id)""");
        rules.put("delivered orders with a bill not paid", """
                SELECT b.number FROM bill b JOIN repair_order o ON o.id = b.repair_order_id WHERE o.status = 'DELIVERED'
                AND b.total > (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.bill_id = b.id)""");
        rules.put("reservations whose issued quantity differs from their issue movements", """
                SELECT CAST(r.id AS VARCHAR) FROM stock_reservation r
                WHERE r.issued <> COALESCE((SELECT -SUM(m.quantity) FROM stock_movement m
                      WHERE m.reservation_id = r.id AND m.movement_type = 'ISSUE_TO_REPAIR_ORDER'), 0)""");
        rules.put("receipt lines without their stock movement", """
                SELECT CAST(l.id AS VARCHAR) FROM purchase_receipt_line l
                WHERE NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.id = l.movement_id AND m.quantity = l.quantity)""");
        rules.put("order lines whose received quantity differs from their receipts", """
                SELECT CAST(ol.id AS VARCHAR) FROM purchase_order_line ol
                WHERE ol.received_quantity <> COALESCE((SELECT SUM(l.quantity) FROM purchase_receipt_line l
                      WHERE l.order_line_id = ol.id), 0)""");
        rules.put("appointment days whose count differs from their bookings", """
                SELECT CAST(d.visit_day AS VARCHAR) FROM appointment_day d
                WHERE d.bookings <> (SELECT COUNT(*) FROM appointment a WHERE a.visit_day = d.visit_day)""");
        String standing = "b.kind IN ('BILL', 'CREDIT') AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)";
        rules.put("days whose kept bill sums differ from their bills (bill_day_sum, decision 0128)", """
                SELECT CAST(b.business_day AS VARCHAR) FROM bill b WHERE %1$s GROUP BY b.business_day
                HAVING COUNT(*) <> (SELECT COALESCE(SUM(s.bills), 0) FROM bill_day_sum s WHERE s.business_day = b.business_day)
                    OR SUM(b.total) <> (SELECT COALESCE(SUM(s.total), 0) FROM bill_day_sum s WHERE s.business_day = b.business_day)
                    OR COUNT(DISTINCT b.repair_order_id)
                       <> (SELECT COALESCE(SUM(s.cars), 0) FROM bill_day_sum s WHERE s.business_day = b.business_day)
                UNION
                SELECT CAST(s.business_day AS VARCHAR) FROM bill_day_sum s GROUP BY s.business_day
                HAVING SUM(s.bills) <> 0 AND NOT EXISTS (SELECT 1 FROM bill b WHERE b.business_day = s.business_day AND %1$s)"""
                .formatted(standing));
        rules.put("orders whose kept bills of a day differ from their standing bills (bill_order_day, decision 0128)", """
                SELECT CAST(b.repair_order_id AS VARCHAR) FROM bill b WHERE b.repair_order_id IS NOT NULL AND %1$s
                GROUP BY b.business_day, b.repair_order_id
                HAVING COUNT(*) <> (SELECT COALESCE(SUM(o.bills), 0) FROM bill_order_day o WHERE o.kind = '*'
                                    AND o.business_day = b.business_day AND o.repair_order_id = b.repair_order_id)"""
                .formatted(standing));
        rules.put("days whose kept labour hours differ from their standing bills' labour lines (decision 0128)", """
                SELECT CAST(b.business_day AS VARCHAR) FROM bill b JOIN bill_line l ON l.bill_id = b.id
                WHERE l.kind = 'LABOUR' AND b.repair_order_id IS NOT NULL AND %1$s GROUP BY b.business_day
                HAVING SUM(l.quantity) <> (SELECT COALESCE(SUM(o.hours), 0) FROM bill_order_day o
                                           WHERE o.business_day = b.business_day AND o.kind <> '*')"""
                .formatted(standing));
        rules.forEach((what, sql) -> {
            List<String> rows = h.createQuery(sql).mapTo(String.class).list();
            if (!rows.isEmpty()) {
                broken.add(what + ": " + rows.subList(0, Math.min(5, rows.size())));
            }
        });
        List<Map<String, Object>> orderDays = h.createQuery("""
                SELECT c.order_day, c.last_number, COUNT(o.id) AS n FROM repair_order_counter c
                LEFT JOIN repair_order o ON o.number LIKE 'RO' || FORMATDATETIME(c.order_day, 'yyyyMMdd') || '-%'
                GROUP BY c.order_day, c.last_number""").mapToMap().list();
        for (Map<String, Object> day : orderDays) {
            if (((Number) day.get("last_number")).longValue() != ((Number) day.get("n")).longValue()) {
                broken.add("repair orders of " + day.get("order_day") + ": counter at " + day.get("last_number")
                        + ", orders " + day.get("n"));
            }
        }
    }
}
