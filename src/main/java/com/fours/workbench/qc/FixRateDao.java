package com.fours.workbench.qc;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the first-time-fix figures count: released orders, failed rounds, and who worked on each order. */
@RegisterConstructorMapper(FixRateDao.OrderFigure.class)
@RegisterConstructorMapper(FixRateDao.WorkerRow.class)
@RegisterConstructorMapper(FixRateDao.StoreTally.class)
interface FixRateDao {

    record StoreTally(int finished, Integer firstTime) {
    }

    /** Orders whose final check was signed in [start, end), and how many of them took one round. */
    @SqlQuery("""
            SELECT COUNT(*) AS finished, SUM(CASE WHEN r.rounds = 1 THEN 1 ELSE 0 END) AS first_time
            FROM qc_release r JOIN qc_signature s ON s.id = r.signature_id
            WHERE s.signed_at >= :start AND s.signed_at < :end
            """)
    StoreTally storeTally(Instant start, Instant end);

    /** Failed signatures signed in [start, end). */
    @SqlQuery("SELECT COUNT(*) FROM qc_signature WHERE NOT passed AND signed_at >= :start AND signed_at < :end")
    int failedRoundCount(Instant start, Instant end);

    /** Comebacks (a car back inside an earlier order's guarantee) recorded in [start, end). */
    String COMEBACKS = "SELECT COUNT(*) FROM qc_comeback k WHERE k.recorded_at >= :start AND k.recorded_at < :end";

    @SqlQuery(COMEBACKS)
    int comebackCount(Instant start, Instant end);

    /** The same, for the comebacks of orders a technician clocked on. */
    @SqlQuery(COMEBACKS + " AND EXISTS (SELECT 1 FROM repair_line l JOIN job_clock c ON c.repair_line_id = l.id "
            + "WHERE l.repair_order_id = k.earlier_order_id AND c.user_id = :technicianId)")
    int comebackCountOf(Instant start, Instant end, long technicianId);

    record OrderFigure(long orderId, int rounds) {
    }

    record WorkerRow(long orderId, String technician, String workGroup) {
    }

    /** Orders whose final check was signed in [start, end), with the rounds they took. */
    @SqlQuery("""
            SELECT r.repair_order_id AS order_id, r.rounds FROM qc_release r JOIN qc_signature s ON s.id = r.signature_id
            WHERE s.signed_at >= :start AND s.signed_at < :end
            """)
    List<OrderFigure> released(Instant start, Instant end);

    /** Failed signatures per order signed in [start, end). */
    @SqlQuery("""
            SELECT repair_order_id AS order_id, COUNT(*) AS rounds FROM qc_signature
            WHERE NOT passed AND signed_at >= :start AND signed_at < :end GROUP BY repair_order_id
            """)
    List<OrderFigure> failedRounds(Instant start, Instant end);

    /** Who clocked on a line of each order before {@code end}, with their work groups. */
    @SqlQuery("""
            SELECT DISTINCT l.repair_order_id AS order_id, u.display_name AS technician, g.name AS work_group
            FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id JOIN app_user u ON u.id = c.user_id
            LEFT JOIN work_group_member m ON m.user_id = c.user_id LEFT JOIN work_group g ON g.id = m.group_id
            WHERE c.started_at < :end
            """)
    List<WorkerRow> workers(Instant end);
}
