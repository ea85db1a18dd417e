package com.fours.workbench.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Complaints, their steps and deadlines, and their corrective actions. */
@RegisterConstructorMapper(Complaint.class)
@RegisterConstructorMapper(ComplaintStep.class)
@RegisterConstructorMapper(ComplaintDeadlines.class)
@RegisterConstructorMapper(CorrectiveAction.class)
@RegisterConstructorMapper(DeliveredVisit.class)
public interface ComplaintDao {

    String COMPLAINT = """
            SELECT c.id, c.number, c.channel, c.category, c.severity, c.customer_id, cu.name AS customer_name,
                   c.vehicle_id, COALESCE(v.plate, v.vin) AS plate, c.repair_order_id, o.number AS repair_order_number,
                   c.callback_id, c.customer_words, c.owner_id, u.display_name AS owner_name, c.status, c.received_at,
                   c.acknowledge_by, c.solution_by, c.resolve_by, c.acknowledged_at, c.solution_at, c.resolved_at,
                   c.investigation, c.cause, c.responsible, c.solution, g.code AS goodwill_coupon, c.comeback_requested,
                   c.comeback_order_id, b.number AS comeback_order_number, c.confirmed_at, c.confirmed_by,
                   c.confirmed_satisfied, c.confirmation_note, c.closed_at, c.closed_by, c.recorded_by, c.version
            FROM complaint c JOIN customer cu ON cu.id = c.customer_id JOIN vehicle v ON v.id = c.vehicle_id
            JOIN app_user u ON u.id = c.owner_id LEFT JOIN repair_order o ON o.id = c.repair_order_id
            LEFT JOIN repair_order b ON b.id = c.comeback_order_id LEFT JOIN coupon g ON g.id = c.goodwill_coupon_id
            """;

    @SqlQuery("SELECT acknowledge_minutes, solution_minutes, resolve_minutes, version FROM complaint_settings WHERE id = 1")
    ComplaintDeadlines deadlines();

    @SqlUpdate("""
            UPDATE complaint_settings SET acknowledge_minutes = :ack, solution_minutes = :solution,
                   resolve_minutes = :resolve, version = version + 1 WHERE id = 1 AND version = :version
            """)
    int saveDeadlines(int ack, int solution, int resolve, int version);

    /**
     * Held until the transaction ends by whoever records a complaint: two workstations then number
     * one after the other (the count sees the other's commit), and the second raise from one
     * callback finds the first instead of failing on the database's unique rule.
     */
    @SqlQuery("SELECT id FROM complaint_settings WHERE id = 1 FOR UPDATE")
    int lockRecording();

    @SqlQuery("SELECT COUNT(*) FROM complaint WHERE number LIKE :prefix")
    int countNumbered(String prefix);

    @SqlUpdate("""
            INSERT INTO complaint (number, channel, category, severity, customer_id, vehicle_id, repair_order_id,
                   callback_id, customer_words, owner_id, status, received_at, acknowledge_by, solution_by, resolve_by,
                   recorded_by)
            VALUES (:number, :channel, :category, :severity, :customerId, :vehicleId, :repairOrderId, :callbackId,
                   :words, :ownerId, 'OPEN', :receivedAt, :acknowledgeBy, :solutionBy, :resolveBy, :recordedBy)
            """)
    @GetGeneratedKeys("id")
    long insert(String number, String channel, String category, String severity, long customerId, long vehicleId,
                Long repairOrderId, Long callbackId, String words, long ownerId, Instant receivedAt,
                Instant acknowledgeBy, Instant solutionBy, Instant resolveBy, String recordedBy);

    @SqlQuery(COMPLAINT + "WHERE c.id = :id")
    Optional<Complaint> find(long id);

    /** Open complaints, soonest resolve deadline first. */
    @SqlQuery(COMPLAINT + "WHERE c.status <> 'CLOSED' ORDER BY c.resolve_by, c.id")
    List<Complaint> open();

    @SqlQuery(COMPLAINT + "WHERE c.status <> 'CLOSED' AND c.owner_id = :ownerId ORDER BY c.resolve_by, c.id")
    List<Complaint> openOf(long ownerId);

    @SqlQuery(COMPLAINT + "WHERE c.status = 'CLOSED' AND c.closed_at >= :since ORDER BY c.closed_at DESC, c.id DESC")
    List<Complaint> closedSince(Instant since);

    @SqlQuery(COMPLAINT + "WHERE c.vehicle_id = :vehicleId AND c.comeback_requested AND c.comeback_order_id IS NULL "
            + "AND c.status <> 'CLOSED' ORDER BY c.id")
    List<Complaint> awaitingComeback(long vehicleId);

    @SqlUpdate("UPDATE complaint SET status = :status, acknowledged_at = COALESCE(acknowledged_at, :at), "
            + "version = version + 1 WHERE id = :id AND version = :version")
    int acknowledge(long id, int version, String status, Instant at);

    @SqlUpdate("UPDATE complaint SET investigation = :investigation, cause = :cause, responsible = :responsible, "
            + "version = version + 1 WHERE id = :id AND version = :version")
    int investigate(long id, int version, String investigation, String cause, String responsible);

    @SqlUpdate("UPDATE complaint SET solution = :solution, solution_at = :at, status = 'SOLUTION_AGREED', "
            + "acknowledged_at = COALESCE(acknowledged_at, :at), version = version + 1 WHERE id = :id AND version = :version")
    int agreeSolution(long id, int version, String solution, Instant at);

    @SqlUpdate("UPDATE complaint SET goodwill_coupon_id = :couponId, version = version + 1 WHERE id = :id AND version = :version")
    int goodwill(long id, int version, long couponId);

    /** A goodwill coupon written with a complaint's history (the demo's), not as a step today. */
    @SqlUpdate("UPDATE complaint SET goodwill_coupon_id = :couponId WHERE id = :id")
    void goodwillAsOf(long id, long couponId);

    @SqlQuery("""
            SELECT id, number, customer_id, vehicle_id FROM repair_order WHERE status = 'DELIVERED'
            ORDER BY id DESC FETCH FIRST :count ROWS ONLY
            """)
    List<DeliveredVisit> latestDeliveredVisits(int count);

    @SqlUpdate("UPDATE complaint SET comeback_requested = TRUE, version = version + 1 WHERE id = :id AND version = :version")
    int requestComeback(long id, int version);

    @SqlUpdate("UPDATE complaint SET comeback_order_id = :orderId, version = version + 1 WHERE id = :id")
    int linkComeback(long id, long orderId);

    @SqlUpdate("""
            UPDATE complaint SET status = :status, confirmed_at = :at, confirmed_by = :by, confirmed_satisfied = :satisfied,
                   confirmation_note = :note, resolved_at = :resolvedAt, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int confirm(long id, int version, String status, Instant at, String by, boolean satisfied, String note,
                Instant resolvedAt);

    @SqlUpdate("UPDATE complaint SET status = 'CLOSED', closed_at = :at, closed_by = :by, version = version + 1 "
            + "WHERE id = :id AND version = :version AND status = 'CONFIRMED'")
    int close(long id, int version, Instant at, String by);

    @SqlUpdate("""
            UPDATE complaint SET status = 'ACKNOWLEDGED', closed_at = NULL, closed_by = NULL, confirmed_at = NULL,
                   confirmed_by = NULL, confirmed_satisfied = NULL, confirmation_note = NULL, resolved_at = NULL,
                   resolve_by = :resolveBy, solution_by = CASE WHEN solution_by > :resolveBy THEN :resolveBy ELSE solution_by END,
                   acknowledge_by = CASE WHEN acknowledge_by > :resolveBy THEN :resolveBy ELSE acknowledge_by END,
                   version = version + 1
            WHERE id = :id AND version = :version AND status = 'CLOSED'
            """)
    int reopen(long id, int version, Instant resolveBy);

    @SqlUpdate("UPDATE complaint SET owner_id = :ownerId, version = version + 1 WHERE id = :id AND version = :version")
    int changeOwner(long id, int version, long ownerId);

    @SqlUpdate("INSERT INTO complaint_step (complaint_id, kind, detail, done_by, done_at) VALUES (:id, :kind, :detail, :by, :at)")
    void insertStep(long id, String kind, String detail, String by, Instant at);

    @SqlQuery("""
            SELECT s.id, s.complaint_id, s.kind, s.detail, s.done_by, COALESCE(u.display_name, s.done_by) AS done_by_name,
                   s.done_at
            FROM complaint_step s LEFT JOIN app_user u ON u.username = s.done_by
            WHERE s.complaint_id = :id ORDER BY s.done_at, s.id
            """)
    List<ComplaintStep> steps(long id);

    /** The complaint raised from this callback (there is at most one: V25). */
    @SqlQuery(COMPLAINT + "WHERE c.callback_id = :callbackId")
    Optional<Complaint> ofCallback(long callbackId);

    /** Active users holding one of these roles: who may own a complaint. */
    @SqlQuery("SELECT DISTINCT u.id, u.display_name AS name FROM app_user u JOIN user_role r ON r.user_id = u.id "
            + "WHERE u.active AND r.role IN (<roles>) ORDER BY u.display_name, u.id")
    @RegisterConstructorMapper(ComplaintOwner.class)
    List<ComplaintOwner> usersWithRoles(@BindList("roles") List<String> roles);

    /** A car's visits, newest first: what a complaint recorded at the counter may be about. */
    @SqlQuery("SELECT id, number, created_at FROM repair_order WHERE vehicle_id = :vehicleId "
            + "ORDER BY created_at DESC, id DESC LIMIT 50")
    @RegisterConstructorMapper(ComplaintVisit.class)
    List<ComplaintVisit> visitsOf(long vehicleId);

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE id = :id AND active")
    int activeUsers(long id);

    @SqlQuery("SELECT owner_id FROM vehicle WHERE id = :vehicleId")
    Optional<Long> vehicleOwner(long vehicleId);

    @SqlQuery("SELECT vehicle_id FROM repair_order WHERE id = :orderId")
    Optional<Long> orderVehicle(long orderId);

    @SqlQuery("SELECT customer_id FROM repair_order WHERE id = :orderId")
    long orderCustomer(long orderId);

    // ---- corrective actions

    String ACTION = """
            SELECT a.id, a.complaint_id, c.number AS complaint_number, a.what, a.who, a.due_on, a.done_at, a.done_by,
                   a.created_by, a.created_at, a.version, a.done_on, a.done_who, a.done_note
            FROM corrective_action a JOIN complaint c ON c.id = a.complaint_id
            """;

    @SqlUpdate("""
            INSERT INTO corrective_action (complaint_id, what, who, due_on, created_by, created_at)
            VALUES (:complaintId, :what, :who, :dueOn, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insertAction(long complaintId, String what, String who, LocalDate dueOn, String by, Instant at);

    @SqlQuery(ACTION + "WHERE a.id = :id")
    Optional<CorrectiveAction> action(long id);

    @SqlQuery(ACTION + "WHERE a.complaint_id = :complaintId ORDER BY a.due_on, a.id")
    List<CorrectiveAction> actionsOf(long complaintId);

    /** Not done first (soonest due first), then the done ones, newest first. */
    @SqlQuery(ACTION + "ORDER BY CASE WHEN a.done_at IS NULL THEN 0 ELSE 1 END, a.due_on, a.id DESC")
    List<CorrectiveAction> actions();

    @SqlUpdate("UPDATE corrective_action SET done_at = :at, done_by = :by, done_on = :doneOn, done_who = :doneWho, "
            + "done_note = :doneNote, version = version + 1 WHERE id = :id AND version = :version AND done_at IS NULL")
    int actionDone(long id, int version, Instant at, String by, LocalDate doneOn, String doneWho, String doneNote);

    /** Complaints received in [from, to) about an order one advisor (by username) received: the appraisal's count. */
    @SqlQuery("SELECT COUNT(*) FROM complaint c JOIN repair_order o ON o.id = c.repair_order_id "
            + "WHERE c.received_at >= :from AND c.received_at < :to AND o.advisor = :advisor")
    int countOfAdvisor(Instant from, Instant to, String advisor);
}
