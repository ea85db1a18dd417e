package com.fours.workbench.repair;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Assignments of labour lines and the stretches of the job clock. */
@RegisterConstructorMapper(JobAssignment.class)
@RegisterConstructorMapper(DispatchDao.ClockRow.class)
@RegisterConstructorMapper(DispatchJob.class)
@RegisterConstructorMapper(DispatchTarget.class)
@RegisterConstructorMapper(DispatchDao.BoardRow.class)
public interface DispatchDao {

    /** A stretch of work: open while {@code stoppedAt} is null. */
    record ClockRow(long id, long lineId, long userId, String displayName, Instant startedAt, Instant stoppedAt,
                    String stopReason, String description) {
    }

    record BoardRow(long orderId, String orderNumber, String status, String plate, String model, String advisor,
                    Instant promisedAt, String keyTag, Instant lastContactAt) {
    }

    String ASSIGNMENT = """
            SELECT a.id, a.repair_line_id AS line_id, a.technician_id, u.display_name AS technician_name, a.work_group_id,
                   g.name AS work_group_name, a.assigned_by, a.assigned_at, a.ended_at
            FROM job_assignment a LEFT JOIN app_user u ON u.id = a.technician_id LEFT JOIN work_group g ON g.id = a.work_group_id
            """;

    String CLOCK = """
            SELECT c.id, c.repair_line_id AS line_id, c.user_id, u.display_name, c.started_at, c.stopped_at, c.stop_reason,
                   l.description
            FROM job_clock c JOIN app_user u ON u.id = c.user_id JOIN repair_line l ON l.id = c.repair_line_id
            """;

    @SqlQuery(ASSIGNMENT + "WHERE a.repair_line_id = :lineId ORDER BY a.assigned_at, a.id")
    List<JobAssignment> assignments(long lineId);

    @SqlQuery(ASSIGNMENT + "WHERE a.repair_line_id = :lineId AND a.ended_at IS NULL")
    Optional<JobAssignment> currentAssignment(long lineId);

    @SqlUpdate("UPDATE job_assignment SET ended_at = :at WHERE repair_line_id = :lineId AND ended_at IS NULL")
    int endAssignments(long lineId, Instant at);

    @SqlUpdate("""
            INSERT INTO job_assignment (repair_line_id, technician_id, work_group_id, assigned_by, assigned_at)
            VALUES (:lineId, :technicianId, :workGroupId, :assignedBy, :assignedAt)
            """)
    @GetGeneratedKeys("id")
    long insertAssignment(long lineId, Long technicianId, Long workGroupId, String assignedBy, Instant assignedAt);

    @SqlQuery("""
            SELECT COUNT(*) FROM job_assignment a WHERE a.repair_line_id = :lineId AND a.ended_at IS NULL
            AND (a.technician_id = :userId
                 OR a.work_group_id IN (SELECT m.group_id FROM work_group_member m WHERE m.user_id = :userId))
            """)
    int dispatchedTo(long lineId, long userId);

    @SqlQuery("""
            SELECT u.id AS technician_id, CAST(NULL AS BIGINT) AS work_group_id, u.display_name AS name FROM app_user u
            WHERE u.active AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role IN (<roles>))
            ORDER BY u.display_name
            """)
    List<DispatchTarget> technicians(@BindList("roles") List<String> roles);

    @SqlQuery("""
            SELECT CAST(NULL AS BIGINT) AS technician_id, g.id AS work_group_id, g.name FROM work_group g
            WHERE g.active ORDER BY g.sort_order, g.name
            """)
    List<DispatchTarget> groups();

    @SqlQuery("SELECT id FROM app_user WHERE id = :userId FOR UPDATE")
    Optional<Long> lockUser(long userId);

    @SqlQuery(CLOCK + "WHERE c.user_id = :userId AND c.stopped_at IS NULL")
    List<ClockRow> openClocks(long userId);

    @SqlQuery(CLOCK + "WHERE c.repair_line_id = :lineId AND c.stopped_at IS NULL")
    List<ClockRow> openClocksOnLine(long lineId);

    @SqlQuery(CLOCK + "WHERE c.repair_line_id IN (<lineIds>) ORDER BY c.started_at, c.id")
    List<ClockRow> clocks(@BindList("lineIds") List<Long> lineIds);

    @SqlUpdate("INSERT INTO job_clock (repair_line_id, user_id, started_at) VALUES (:lineId, :userId, :at)")
    @GetGeneratedKeys("id")
    long clockOn(long lineId, long userId, Instant at);

    @SqlQuery("SELECT user_id FROM work_group_member WHERE group_id = :groupId ORDER BY user_id")
    List<Long> members(long groupId);

    /** An order on the workshop floor: approved and not yet settled. */
    record FloorOrder(long id, String status, Instant statusChangedAt) {
    }

    @SqlQuery("""
            SELECT id, status, status_changed_at FROM repair_order
            WHERE status IN ('APPROVED', 'IN_PROGRESS', 'IN_QC', 'READY_FOR_SETTLEMENT') ORDER BY id
            """)
    @RegisterConstructorMapper(FloorOrder.class)
    List<FloorOrder> ordersOnTheFloor();

    @SqlUpdate("UPDATE job_clock SET stopped_at = :at, stop_reason = :reason WHERE id = :id AND stopped_at IS NULL")
    int clockOff(long id, Instant at, String reason);

    @SqlQuery("""
            SELECT o.id AS order_id, o.number AS order_number, v.plate, """
            + OrderVehicleSql.MODEL + " AS model, " + OrderVehicleSql.PROMISED + " AS promised_at," + """
                   l.id AS line_id, l.description, l.standard_hours, l.status,
                   (SELECT COALESCE(u.display_name, g.name) FROM job_assignment a LEFT JOIN app_user u ON u.id = a.technician_id
                    LEFT JOIN work_group g ON g.id = a.work_group_id
                    WHERE a.repair_line_id = l.id AND a.ended_at IS NULL) AS assignee
            FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id JOIN vehicle v ON v.id = o.vehicle_id
            JOIN intake i ON i.id = o.intake_id
            WHERE o.status IN ('APPROVED', 'IN_PROGRESS') AND l.kind = 'LABOUR' AND l.approval_id IS NOT NULL
              AND NOT l.declined AND l.status <> 'DONE'
            ORDER BY """ + " " + OrderVehicleSql.PROMISED + " NULLS LAST, o.number, l.line_no")
    List<DispatchJob> dispatchJobs();

    @SqlQuery("""
            SELECT l.id FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id
            JOIN job_assignment a ON a.repair_line_id = l.id AND a.ended_at IS NULL
            WHERE o.status IN ('APPROVED', 'IN_PROGRESS') AND l.kind = 'LABOUR' AND NOT l.declined
              AND (a.technician_id = :userId
                   OR a.work_group_id IN (SELECT m.group_id FROM work_group_member m WHERE m.user_id = :userId))
              AND (l.status <> 'DONE' OR l.done_at >= :since)
            ORDER BY l.repair_order_id, l.line_no
            """)
    List<Long> jobsOf(long userId, Instant since);

    @SqlQuery("SELECT o.id AS order_id, o.number AS order_number, o.status, v.plate, " + OrderVehicleSql.MODEL
            + " AS model, COALESCE(u.display_name, o.advisor) AS advisor, " + OrderVehicleSql.PROMISED
            + " AS promised_at, i.key_tag, (SELECT MAX(c.recorded_at) FROM progress_contact c "
            + "WHERE c.repair_order_id = o.id) AS last_contact_at" + """

            FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id JOIN intake i ON i.id = o.intake_id
            LEFT JOIN app_user u ON u.username = o.advisor
            WHERE o.status IN (<statuses>)
            ORDER BY 7 NULLS LAST, o.number
            """)
    List<BoardRow> boardOrders(@BindList("statuses") List<String> statuses);

    @SqlQuery("SELECT COUNT(*) FROM purchase_request WHERE repair_order_id = :orderId AND status = 'OPEN'")
    int openPurchaseRequests(long orderId);

    /** Every labour line of an order assigned to a technician and already ended. */
    @SqlUpdate("""
            INSERT INTO job_assignment (repair_line_id, technician_id, assigned_by, assigned_at, ended_at)
            SELECT id, :technicianId, :assignedBy, :at, :at FROM repair_line WHERE repair_order_id = :orderId AND kind = 'LABOUR'
            """)
    void assignLabourEnded(long orderId, long technicianId, String assignedBy, Instant at);

    /** Who clocked on first to a line of the order. */
    @SqlQuery("""
            SELECT c.user_id FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id
            WHERE l.repair_order_id = :orderId ORDER BY c.id LIMIT 1
            """)
    Optional<Long> firstWorker(long orderId);
}
