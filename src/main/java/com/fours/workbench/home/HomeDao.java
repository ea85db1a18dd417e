package com.fours.workbench.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import com.fours.workbench.repair.OrderVehicleSql;

/**
 * One small query per home line: a count and the first few, each on an index. The states and
 * cut-offs that decide what counts come in as parameters from the feature that owns the rule
 * (the open states of a booking, of an order on its way, what a callback is due by); where a rule
 * exists only in SQL here, a test holds it to the owning feature's own list.
 */
@RegisterConstructorMapper(HomeDao.Row.class)
@RegisterConstructorMapper(HomeDao.Arrival.class)
public interface HomeDao {

    /** An item: the record, its name (an order's number, a part number), the plate if any, when. */
    record Row(long id, String number, String plate, Instant at) {
    }

    record Arrival(long id, String plate, String customerName, LocalTime slot) {
    }

    // ---- the advisor

    String ARRIVALS = " FROM appointment a JOIN vehicle v ON v.id = a.vehicle_id JOIN customer c ON c.id = a.customer_id "
            + "WHERE a.visit_day = :today AND a.status IN (<open>) ";

    @SqlQuery("SELECT COUNT(*)" + ARRIVALS)
    int arrivals(LocalDate today, @BindList("open") List<String> open);

    @SqlQuery("SELECT COUNT(*)" + ARRIVALS + "AND a.slot < :before")
    int arrivalsLate(LocalDate today, @BindList("open") List<String> open, LocalTime before);

    @SqlQuery("SELECT a.id, v.plate, c.name AS customer_name, a.slot" + ARRIVALS + "ORDER BY a.slot, v.plate LIMIT :limit")
    List<Arrival> firstArrivals(LocalDate today, @BindList("open") List<String> open, int limit);

    /** Orders in the given states, with the promised time of their intake. */
    /** A promise moved by a progress contact counts, as on the job board (decision 0105). */
    String PROMISED = OrderVehicleSql.PROMISED;

    String ORDERS = " FROM repair_order o JOIN intake i ON i.id = o.intake_id JOIN vehicle v ON v.id = o.vehicle_id "
            + "WHERE o.status IN (<statuses>) ";

    @SqlQuery("SELECT COUNT(*)" + ORDERS)
    int orders(@BindList("statuses") List<String> statuses);

    @SqlQuery("SELECT COUNT(*)" + ORDERS + "AND " + PROMISED + " < :now")
    int ordersPastPromise(@BindList("statuses") List<String> statuses, Instant now);

    @SqlQuery("SELECT o.id, o.number, v.plate, " + PROMISED + " AS at" + ORDERS
            + "ORDER BY " + PROMISED + " NULLS LAST, o.number LIMIT :limit")
    List<Row> firstOrders(@BindList("statuses") List<String> statuses, int limit);

    @SqlQuery("SELECT o.id, o.number, v.plate, " + PROMISED + " AS at" + ORDERS + "AND " + PROMISED + " < :now "
            + "ORDER BY " + PROMISED + ", o.number LIMIT :limit")
    List<Row> firstOrdersPastPromise(@BindList("statuses") List<String> statuses, Instant now, int limit);

    // ---- the workshop

    /**
     * The lines of the orders in work, found from the orders' status index: without the {@code IN},
     * H2 read every line ever written (on the {@code declined} index) and joined each to its order
     * to keep the few in work (decision 0118).
     */
    String LINES_IN_WORK = "l.repair_order_id IN (SELECT w.id FROM repair_order w WHERE w.status IN ('APPROVED', 'IN_PROGRESS')) ";

    /** Approved labour lines not done and given to nobody (dispatch's own list, less the assigned). */
    String UNDISPATCHED = " FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id "
            + "JOIN vehicle v ON v.id = o.vehicle_id JOIN intake i ON i.id = o.intake_id "
            + "WHERE o.status IN ('APPROVED', 'IN_PROGRESS') AND " + LINES_IN_WORK
            + "AND l.kind = 'LABOUR' AND l.approval_id IS NOT NULL "
            + "AND NOT l.declined AND l.status <> 'DONE' "
            + "AND NOT EXISTS (SELECT 1 FROM job_assignment a WHERE a.repair_line_id = l.id AND a.ended_at IS NULL) ";

    @SqlQuery("SELECT COUNT(*)" + UNDISPATCHED)
    int undispatched();

    @SqlQuery("SELECT COUNT(*)" + UNDISPATCHED + "AND " + PROMISED + " < :now")
    int undispatchedLate(Instant now);

    @SqlQuery("SELECT o.id, o.number || ' ' || l.description AS number, v.plate, " + PROMISED + " AS at" + UNDISPATCHED
            + "ORDER BY " + PROMISED + " NULLS LAST, o.number, l.line_no LIMIT :limit")
    List<Row> firstUndispatched(int limit);

    /** Lines given to the user or to a group of theirs and not done (the "my jobs" pane's own rule). */
    String MY_JOBS = " FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id "
            + "JOIN vehicle v ON v.id = o.vehicle_id JOIN intake i ON i.id = o.intake_id "
            + "JOIN job_assignment a ON a.repair_line_id = l.id AND a.ended_at IS NULL "
            + "WHERE o.status IN ('APPROVED', 'IN_PROGRESS') AND " + LINES_IN_WORK
            + "AND l.kind = 'LABOUR' AND NOT l.declined AND l.status <> 'DONE' AND (a.technician_id = :userId "
            + "OR a.work_group_id IN (SELECT m.group_id FROM work_group_member m WHERE m.user_id = :userId)) ";

    @SqlQuery("SELECT COUNT(*)" + MY_JOBS)
    int myJobs(long userId);

    @SqlQuery("SELECT COUNT(*)" + MY_JOBS + "AND " + PROMISED + " < :now")
    int myJobsLate(long userId, Instant now);

    @SqlQuery("SELECT o.id, o.number || ' ' || l.description AS number, v.plate, " + PROMISED + " AS at" + MY_JOBS
            + "ORDER BY " + PROMISED + " NULLS LAST, o.number, l.line_no LIMIT :limit")
    List<Row> firstMyJobs(long userId, int limit);

    /**
     * Orders in QC, not released, whose current round (one more than the failures so far) has
     * {@code :passed} passed signatures: 0 waits for the self-check, 1 the recheck, 2 the final check.
     */
    String QC_WAITING = " FROM repair_order o JOIN intake i ON i.id = o.intake_id JOIN vehicle v ON v.id = o.vehicle_id "
            + "WHERE o.status = 'IN_QC' AND NOT EXISTS (SELECT 1 FROM qc_release r WHERE r.repair_order_id = o.id) "
            + "AND (SELECT COUNT(*) FROM qc_signature s WHERE s.repair_order_id = o.id AND s.passed "
            + "     AND s.level <> 'FINAL_CHECK' AND s.round_no = 1 + (SELECT COUNT(*) FROM qc_signature f "
            + "     WHERE f.repair_order_id = o.id AND NOT f.passed)) = :passed ";

    /**
     * The technician's part of a self-check, QC's rule of who may sign it: they clocked on it or were
     * given a line of it, or nobody is recorded as having worked on it.
     */
    String WORKED_ON = "AND (EXISTS (SELECT 1 FROM job_assignment a JOIN repair_line l ON l.id = a.repair_line_id "
            + "WHERE l.repair_order_id = o.id AND a.technician_id = :userId) "
            + "OR EXISTS (SELECT 1 FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id "
            + "WHERE l.repair_order_id = o.id AND c.user_id = :userId) "
            + "OR NOT (EXISTS (SELECT 1 FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id "
            + "WHERE l.repair_order_id = o.id) OR EXISTS (SELECT 1 FROM job_assignment a JOIN repair_line l "
            + "ON l.id = a.repair_line_id WHERE l.repair_order_id = o.id AND a.technician_id IS NOT NULL))) ";

    @SqlQuery("SELECT COUNT(*)" + QC_WAITING)
    int qcWaiting(int passed);

    @SqlQuery("SELECT o.id, o.number, v.plate, COALESCE(o.status_changed_at, o.created_at) AS at" + QC_WAITING
            + "ORDER BY COALESCE(o.status_changed_at, o.created_at), o.number LIMIT :limit")
    List<Row> firstQcWaiting(int passed, int limit);

    @SqlQuery("SELECT COUNT(*)" + QC_WAITING + WORKED_ON)
    int selfChecks(long userId, int passed);

    @SqlQuery("SELECT o.id, o.number, v.plate, COALESCE(o.status_changed_at, o.created_at) AS at" + QC_WAITING + WORKED_ON
            + "ORDER BY COALESCE(o.status_changed_at, o.created_at), o.number LIMIT :limit")
    List<Row> firstSelfChecks(long userId, int passed, int limit);

    // ---- the cashier

    /** Days money moved on that the cash-up has not closed. */
    String DAYS_OPEN = " FROM cash_day d WHERE NOT EXISTS (SELECT 1 FROM cash_day_close c WHERE c.business_day = d.business_day) ";

    @SqlQuery("SELECT COUNT(*)" + DAYS_OPEN)
    int daysNotClosed();

    @SqlQuery("SELECT COUNT(*)" + DAYS_OPEN + "AND d.business_day < :today")
    int daysNotClosedBefore(LocalDate today);

    @SqlQuery("SELECT d.business_day" + DAYS_OPEN + "ORDER BY d.business_day LIMIT :limit")
    List<LocalDate> firstDaysNotClosed(int limit);

    // ---- the warehouse

    /** Repair orders with an open reservation (the issue counter's waiting list). */
    String PICKS = " FROM stock_reservation r WHERE r.status = 'OPEN' ";

    @SqlQuery("SELECT COUNT(DISTINCT r.repair_order_id)" + PICKS)
    int picks();

    @SqlQuery("SELECT o.id, o.number, v.plate, w.since AS at FROM (SELECT r.repair_order_id, MIN(r.created_at) AS since"
            + PICKS + "GROUP BY r.repair_order_id) w JOIN repair_order o ON o.id = w.repair_order_id "
            + "JOIN vehicle v ON v.id = o.vehicle_id ORDER BY w.since, o.number LIMIT :limit")
    List<Row> firstPicks(int limit);

    String RECEIPTS = " FROM purchase_order p JOIN supplier s ON s.id = p.supplier_id WHERE p.status IN (<statuses>) ";

    @SqlQuery("SELECT COUNT(*)" + RECEIPTS)
    int receiptsDue(@BindList("statuses") List<String> statuses);

    @SqlQuery("SELECT p.id, p.order_number AS number, s.name AS plate, COALESCE(p.sent_at, p.created_at) AS at" + RECEIPTS
            + "ORDER BY COALESCE(p.sent_at, p.created_at), p.order_number LIMIT :limit")
    List<Row> firstReceiptsDue(@BindList("statuses") List<String> statuses, int limit);

    /**
     * The purchasing service's reorder rule ({@code PurchasingService.reorderSuggestions}) as one
     * query: an active part with a reorder point or an open purchase request whose projected stock
     * (on hand - reserved for open orders + still on open purchase orders) is at or below its reorder
     * point, and to which reorder point + reorder quantity - projected adds something. Each row
     * carries the count of all, so the line is one pass over the candidate parts.
     * <p>
     * Only candidates get their projection worked out (decision 0125): what is on order is never
     * negative, so a part with no open reservation can only be at or below its point when what it has
     * on hand is; the parts with open reservations (few: the orders in work) come from the reservations'
     * status index. A store's 20,000 parts then cost one look at their balance each, not three sums.
     */
    String PROJECTED = """
             COALESCE((SELECT SUM(s.on_hand) FROM stock_balance s WHERE s.part_id = p.id), 0)
             - COALESCE((SELECT SUM(r.quantity - r.issued) FROM stock_reservation r
                         WHERE r.part_id = p.id AND r.status = 'OPEN'), 0)
             + COALESCE((SELECT SUM(l.quantity - l.received_quantity) FROM purchase_order_line l
                         JOIN purchase_order o ON o.id = l.order_id
                         WHERE l.part_id = p.id AND o.status IN ('DRAFT', 'SENT', 'PARTLY_RECEIVED')
                           AND l.quantity > l.received_quantity), 0) AS projected
            """;

    String REORDER_PART = """
             FROM part p WHERE p.active = TRUE AND (p.reorder_point > 0 OR p.id IN
                   (SELECT q.part_id FROM purchase_request q WHERE q.status = 'OPEN'))
            """;

    String REORDER = " FROM (SELECT p.id, p.part_number, p.reorder_point, p.reorder_quantity," + PROJECTED + REORDER_PART
            + """
              AND COALESCE((SELECT SUM(s.on_hand) FROM stock_balance s WHERE s.part_id = p.id), 0) <= p.reorder_point
              AND NOT EXISTS (SELECT 1 FROM stock_reservation r WHERE r.part_id = p.id AND r.status = 'OPEN')
            UNION ALL
            SELECT p.id, p.part_number, p.reorder_point, p.reorder_quantity,""" + PROJECTED + REORDER_PART
            + """
              AND p.id IN (SELECT r.part_id FROM stock_reservation r WHERE r.status = 'OPEN')) c
            WHERE c.projected <= c.reorder_point AND c.reorder_point + c.reorder_quantity - c.projected > 0
            """;

    record Reorder(long id, String partNumber, int total) {
    }

    @SqlQuery("SELECT c.id, c.part_number, COUNT(*) OVER () AS total" + REORDER + "ORDER BY c.part_number LIMIT :limit")
    @RegisterConstructorMapper(Reorder.class)
    List<Reorder> firstReorders(int limit);

    String STOCKTAKES = " FROM stocktake t WHERE t.status IN (<statuses>) ";

    @SqlQuery("SELECT COUNT(*)" + STOCKTAKES)
    int stocktakes(@BindList("statuses") List<String> statuses);

    @SqlQuery("SELECT t.id, COALESCE(t.bin_from || '-' || t.bin_to, t.category, '') AS number, "
            + "CAST(NULL AS VARCHAR(10)) AS plate, t.frozen_at AS at" + STOCKTAKES + "ORDER BY t.frozen_at LIMIT :limit")
    List<Row> firstStocktakes(@BindList("statuses") List<String> statuses, int limit);

    // ---- customer care

    String CALLBACKS = " FROM callback cb WHERE cb.status = 'OPEN' AND cb.due_at < :dueBefore ";

    @SqlQuery("SELECT COUNT(*)" + CALLBACKS)
    int callbacksDue(Instant dueBefore);

    @SqlQuery("SELECT cb.id, cb.order_number AS number, cb.plate, cb.due_at AS at" + CALLBACKS
            + "ORDER BY cb.due_at, cb.order_number LIMIT :limit")
    List<Row> firstCallbacksDue(Instant dueBefore, int limit);

    /** Care's rule ({@code Complaint.overdue}): not closed and past a deadline whose step is not done. */
    String COMPLAINTS_OVERDUE = " FROM complaint k JOIN vehicle v ON v.id = k.vehicle_id WHERE k.status <> 'CLOSED' "
            + "AND ((k.acknowledged_at IS NULL AND k.acknowledge_by < :now) OR (k.solution_at IS NULL AND k.solution_by < :now) "
            + "OR (k.resolved_at IS NULL AND k.resolve_by < :now)) ";

    @SqlQuery("SELECT COUNT(*)" + COMPLAINTS_OVERDUE)
    int complaintsOverdue(Instant now);

    @SqlQuery("SELECT k.id, k.number, v.plate, k.received_at AS at" + COMPLAINTS_OVERDUE
            + "ORDER BY k.received_at, k.number LIMIT :limit")
    List<Row> firstComplaintsOverdue(Instant now, int limit);
}
