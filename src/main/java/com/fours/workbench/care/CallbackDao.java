package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;
import com.fours.workbench.repair.OrderVehicleSql;

/** Callbacks, their calls and their survey answers. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(Callback.class)
@RegisterConstructorMapper(CallbackAttempt.class)
@RegisterConstructorMapper(CallbackSettings.class)
public interface CallbackDao {

    String COLUMNS = """
            cb.id, cb.repair_order_id, c.name AS customer_name, c.mobile, c.contact_consent, cb.order_number, cb.plate,
            cb.car, cb.work_done, cb.amount, cb.advisor, cb.technician, cb.work_group, cb.handback_score,
            cb.delivered_at, cb.due_at, cb.status, cb.no_answers, cb.closed_at, cb.fallback, cb.score, cb.unhappy,
            cb.remark, cb.version
            FROM callback cb JOIN customer c ON c.id = cb.customer_id
            """;

    /** The technician last given a labour line of the order, by display name. */
    String TECHNICIAN = """
            (SELECT u.display_name FROM job_assignment a JOIN repair_line l ON l.id = a.repair_line_id
             JOIN app_user u ON u.id = a.technician_id WHERE l.repair_order_id = o.id
             ORDER BY a.assigned_at DESC, a.id DESC LIMIT 1)""";

    /** The work group of the order's first line that has one. */
    String WORK_GROUP = """
            (SELECT g.name FROM repair_line l JOIN work_group g ON g.id = l.work_group_id
             WHERE l.repair_order_id = o.id AND NOT l.declined ORDER BY l.line_no LIMIT 1)""";

    /** Copies a delivered visit's facts into its callback; none when the order has no delivery. */
    @SqlUpdate("INSERT INTO callback (repair_order_id, customer_id, order_number, plate, car, work_done, amount, "
            + "advisor, technician, work_group, handback_score, delivered_at, planned_at, due_at, status) "
            + "SELECT o.id, o.customer_id, o.number, v.plate, TRIM(" + OrderVehicleSql.MODEL + "), :workDone, "
            + OrderVehicleSql.TOTAL + ", COALESCE(ua.display_name, o.advisor), " + TECHNICIAN + ", " + WORK_GROUP
            + ", d.satisfaction, d.delivered_at, :dueAt, :dueAt, 'OPEN' FROM " + OrderVehicleSql.ORDER_VEHICLE_CUSTOMER
            + "JOIN delivery d ON d.repair_order_id = o.id LEFT JOIN app_user ua ON ua.username = o.advisor "
            + "WHERE o.id = :orderId")
    int insertFor(long orderId, String workDone, Instant dueAt);

    @SqlBatch("INSERT INTO callback (repair_order_id, customer_id, order_number, plate, car, work_done, amount, "
            + "advisor, technician, work_group, handback_score, delivered_at, planned_at, due_at, status) "
            + "SELECT o.id, o.customer_id, o.number, v.plate, TRIM(" + OrderVehicleSql.MODEL + "), :workDone, "
            + OrderVehicleSql.TOTAL + ", COALESCE(ua.display_name, o.advisor), " + TECHNICIAN + ", " + WORK_GROUP
            + ", d.satisfaction, d.delivered_at, :dueAt, :dueAt, 'OPEN' FROM " + OrderVehicleSql.ORDER_VEHICLE_CUSTOMER
            + "JOIN delivery d ON d.repair_order_id = o.id LEFT JOIN app_user ua ON ua.username = o.advisor "
            + "WHERE o.id = :orderId")
    void insertAll(List<Long> orderId, List<String> workDone, List<Instant> dueAt);

    /** Delivered visits without a callback: those delivered before customer care existed, or a demo's. */
    @SqlQuery("SELECT d.repair_order_id AS order_id, d.delivered_at, "
            + "(SELECT COUNT(*) FROM repair_line l WHERE l.repair_order_id = d.repair_order_id AND NOT l.declined "
            + "AND l.category IN (<categories>)) AS heavy_lines "
            + "FROM delivery d WHERE NOT EXISTS (SELECT 1 FROM callback cb WHERE cb.repair_order_id = d.repair_order_id) "
            + "ORDER BY d.delivered_at")
    @RegisterConstructorMapper(Pending.class)
    List<Pending> pending(@BindList("categories") List<String> categories);

    record Pending(long orderId, Instant deliveredAt, int heavyLines) {
    }

    @SqlQuery("SELECT l.repair_order_id AS order_id, l.description FROM repair_line l JOIN delivery d "
            + "ON d.repair_order_id = l.repair_order_id WHERE NOT l.declined AND NOT EXISTS "
            + "(SELECT 1 FROM callback cb WHERE cb.repair_order_id = d.repair_order_id) ORDER BY l.repair_order_id, l.line_no")
    @RegisterConstructorMapper(PendingLine.class)
    List<PendingLine> pendingLines();

    record PendingLine(long orderId, String description) {
    }

    @SqlQuery("SELECT description FROM repair_line WHERE repair_order_id = :orderId AND NOT declined ORDER BY line_no")
    List<String> lineDescriptions(long orderId);

    @SqlQuery("SELECT COUNT(*) FROM repair_line WHERE repair_order_id = :orderId AND NOT declined "
            + "AND category IN (<categories>)")
    int linesIn(long orderId, @BindList("categories") List<String> categories);

    @SqlQuery("SELECT delivered_at FROM delivery WHERE repair_order_id = :orderId")
    Optional<Instant> deliveredAt(long orderId);

    @SqlQuery("SELECT " + COLUMNS + "WHERE cb.id = :id")
    Optional<Callback> callback(long id);

    @SqlQuery("SELECT " + COLUMNS + "WHERE cb.repair_order_id = :orderId")
    Optional<Callback> ofOrder(long orderId);

    @SqlQuery("SELECT " + COLUMNS + "WHERE cb.status = 'OPEN' AND cb.due_at >= :from AND cb.due_at < :to "
            + "ORDER BY cb.due_at, cb.id LIMIT :limit")
    List<Callback> openDue(Instant from, Instant to, int limit);

    @SqlQuery("SELECT " + COLUMNS + "WHERE cb.status <> 'OPEN' AND cb.closed_at >= :since "
            + "ORDER BY cb.closed_at DESC, cb.id DESC LIMIT :limit")
    List<Callback> closedSince(Instant since, int limit);

    @SqlQuery("SELECT id, outcome, call_again_at, note, called_by, called_at FROM callback_attempt "
            + "WHERE callback_id = :callbackId ORDER BY called_at, id")
    List<CallbackAttempt> attempts(long callbackId);

    @SqlUpdate("INSERT INTO callback_attempt (callback_id, outcome, call_again_at, note, called_by, called_at) "
            + "VALUES (:callbackId, :outcome, :callAgainAt, :note, :calledBy, :calledAt)")
    void insertAttempt(long callbackId, String outcome, Instant callAgainAt, String note, String calledBy,
                       Instant calledAt);

    /** The days (in the store's zone, as given by the caller) unanswered calls were made on. */
    @SqlQuery("SELECT called_at FROM callback_attempt WHERE callback_id = :callbackId AND outcome = 'NO_ANSWER'")
    List<Instant> unansweredCalls(long callbackId);

    /** A call that leaves the callback open: the count of unanswered calls and the next due time. */
    @SqlUpdate("UPDATE callback SET no_answers = :noAnswers, due_at = :dueAt, "
            + "first_attempt_at = COALESCE(first_attempt_at, :calledAt), version = version + 1 "
            + "WHERE id = :id AND version = :version AND status = 'OPEN'")
    int stillOpen(long id, int version, int noAnswers, Instant dueAt, Instant calledAt);

    @SqlUpdate("UPDATE callback SET status = 'UNREACHABLE', no_answers = :noAnswers, fallback = :fallback, "
            + "first_attempt_at = COALESCE(first_attempt_at, :closedAt), closed_at = :closedAt, closed_by = :closedBy, "
            + "version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
    int closeUnreachable(long id, int version, int noAnswers, String fallback, Instant closedAt, String closedBy);

    @SqlUpdate("UPDATE callback SET status = 'REACHED', questionnaire_id = :questionnaireId, score = :score, "
            + "unhappy = :unhappy, remark = :remark, first_attempt_at = COALESCE(first_attempt_at, :closedAt), "
            + "closed_at = :closedAt, closed_by = :closedBy, version = version + 1 "
            + "WHERE id = :id AND version = :version AND status = 'OPEN'")
    int closeReached(long id, int version, long questionnaireId, BigDecimal score, boolean unhappy, String remark,
                     Instant closedAt, String closedBy);

    @SqlBatch("INSERT INTO callback_attempt (callback_id, outcome, call_again_at, note, called_by, called_at) "
            + "VALUES (:callbackId, :outcome, :callAgainAt, :note, :calledBy, :calledAt)")
    void insertAttempts(List<Long> callbackId, List<String> outcome, List<Instant> callAgainAt, List<String> note,
                        List<String> calledBy, List<Instant> calledAt);

    /** Past callbacks closed as they were (the demo's weeks): reached, with their scores. */
    @SqlBatch("UPDATE callback SET status = 'REACHED', questionnaire_id = :questionnaireId, score = :score, "
            + "unhappy = :unhappy, remark = :remark, first_attempt_at = :closedAt, closed_at = :closedAt, "
            + "closed_by = :closedBy, version = version + 1 WHERE id = :id AND status = 'OPEN'")
    void closeReachedAll(List<Long> id, long questionnaireId, List<BigDecimal> score, List<Boolean> unhappy,
                         List<String> remark, List<Instant> closedAt, String closedBy);

    @SqlBatch("UPDATE callback SET status = 'UNREACHABLE', no_answers = :noAnswers, fallback = :fallback, "
            + "first_attempt_at = :firstAt, closed_at = :closedAt, closed_by = :closedBy, version = version + 1 "
            + "WHERE id = :id AND status = 'OPEN'")
    void closeUnreachableAll(List<Long> id, List<Integer> noAnswers, List<String> fallback, List<Instant> firstAt,
                             List<Instant> closedAt, String closedBy);

    @SqlBatch("UPDATE callback SET no_answers = :noAnswers, first_attempt_at = :firstAt, version = version + 1 "
            + "WHERE id = :id AND status = 'OPEN'")
    void unansweredAll(List<Long> id, List<Integer> noAnswers, List<Instant> firstAt);

    @SqlBatch("INSERT INTO survey_answer (callback_id, question_id, answer) VALUES (:callbackId, :questionId, :answer)")
    void insertAnswers(long callbackId, List<Long> questionId, List<Integer> answer);

    @SqlBatch("INSERT INTO survey_answer (callback_id, question_id, answer) VALUES (:callbackId, :questionId, :answer)")
    void insertAnswersAll(List<Long> callbackId, List<Long> questionId, List<Integer> answer);

    @SqlQuery("SELECT question_id, answer FROM survey_answer WHERE callback_id = :callbackId")
    @RegisterConstructorMapper(Answer.class)
    List<Answer> answers(long callbackId);

    record Answer(long questionId, int answer) {
    }

    @SqlQuery("SELECT due_days, heavy_due_days, max_attempts, min_attempt_days, fallback, version "
            + "FROM care_settings WHERE id = 1")
    CallbackSettings settings();

    @SqlUpdate("UPDATE care_settings SET due_days = :dueDays, heavy_due_days = :heavyDueDays, "
            + "max_attempts = :maxAttempts, min_attempt_days = :minAttemptDays, fallback = :fallback, "
            + "version = version + 1 WHERE id = 1 AND version = :version")
    int updateSettings(int dueDays, int heavyDueDays, int maxAttempts, int minAttemptDays, String fallback,
                       int version);

    // ---- figures ----

    /** Callbacks first due in [from, to): how many, and how they stand. */
    @SqlQuery("SELECT COUNT(*) AS due, SUM(CASE WHEN status = 'REACHED' THEN 1 ELSE 0 END) AS reached, "
            + "SUM(CASE WHEN status = 'UNREACHABLE' THEN 1 ELSE 0 END) AS unreachable "
            + "FROM callback WHERE planned_at >= :from AND planned_at < :to")
    @RegisterConstructorMapper(DueTally.class)
    DueTally dueTally(Instant from, Instant to);

    record DueTally(int due, Integer reached, Integer unreachable) {
    }

    /**
     * Callbacks closed in [from, to) per status, advisor, technician and work group together: the
     * month's closed tally (reached and unreached) and its overall, per-advisor, per-technician and
     * per-group survey sums are folded from these few rows, one pass over the month instead of five.
     */
    @SqlQuery("SELECT status, advisor, technician, work_group, COUNT(*) AS callbacks, SUM(score) AS score_sum, "
            + "SUM(CASE WHEN unhappy THEN 1 ELSE 0 END) AS unhappy FROM callback "
            + "WHERE status <> 'OPEN' AND closed_at >= :from AND closed_at < :to "
            + "GROUP BY status, advisor, technician, work_group")
    @RegisterConstructorMapper(ScoreGroup.class)
    List<ScoreGroup> closedGroups(Instant from, Instant to);

    /** One group of {@link #closedGroups}; its callbacks are surveys when its status is REACHED. */
    record ScoreGroup(String status, String advisor, String technician, String workGroup, int callbacks,
                      BigDecimal scoreSum, Integer unhappy) {

        boolean reached() {
            return CallbackStatus.REACHED.name().equals(status);
        }
    }

    @SqlQuery("SELECT 'all' AS name, COUNT(*) AS surveys, SUM(score) AS score_sum, "
            + "SUM(CASE WHEN unhappy THEN 1 ELSE 0 END) AS unhappy FROM callback "
            + "WHERE status = 'REACHED' AND closed_at >= :from AND closed_at < :to")
    @RegisterConstructorMapper(ScoreSum.class)
    ScoreSum allScores(Instant from, Instant to);

    record ScoreSum(String name, int surveys, BigDecimal scoreSum, Integer unhappy) {
    }

    /** Closed in [from, to): reached and unreached. */
    String CLOSED_TALLY = "SELECT COUNT(*) AS due, SUM(CASE WHEN status = 'REACHED' THEN 1 ELSE 0 END) AS reached, "
            + "SUM(CASE WHEN status = 'UNREACHABLE' THEN 1 ELSE 0 END) AS unreachable "
            + "FROM callback WHERE status <> 'OPEN' AND closed_at >= :from AND closed_at < :to";

    /** Closed by one agent (the staff appraisal's callback rate). */
    @SqlQuery(CLOSED_TALLY + " AND closed_by = :agent")
    @RegisterConstructorMapper(DueTally.class)
    DueTally closedTallyBy(Instant from, Instant to, String agent);

    // ---- the contact history (decision 0083): every call, and the fallback of a callback closed unreached ----

    String CALLS = """
            SELECT a.called_at AS at, 'enum.ContactKind.CALLBACK' AS kind_key,
                   'enum.CallbackOutcome.' || a.outcome AS detail_key,
                   cb.order_number || CASE WHEN a.outcome = 'REACHED' AND cb.score IS NOT NULL
                       THEN ' · ' || CAST(cb.score AS VARCHAR(12)) || '/100' ELSE '' END
                       || COALESCE(' · ' || NULLIF(a.note, ''), '') AS text,
                   o.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, a.called_by) AS by_name
            FROM callback_attempt a JOIN callback cb ON cb.id = a.callback_id
            JOIN repair_order o ON o.id = cb.repair_order_id JOIN vehicle v ON v.id = o.vehicle_id
            LEFT JOIN app_user u ON u.username = a.called_by
            """;

    String FALLBACKS = """
            SELECT cb.closed_at AS at, 'enum.ContactKind.CALLBACK_UNREACHABLE' AS kind_key,
                   'enum.CallbackFallback.' || cb.fallback AS detail_key, cb.order_number AS text,
                   o.vehicle_id, COALESCE(v.plate, v.vin) AS plate, COALESCE(u.display_name, cb.closed_by) AS by_name
            FROM callback cb JOIN repair_order o ON o.id = cb.repair_order_id JOIN vehicle v ON v.id = o.vehicle_id
            LEFT JOIN app_user u ON u.username = cb.closed_by
            WHERE cb.status = 'UNREACHABLE'
            """;

    @SqlQuery(CALLS + "WHERE o.vehicle_id = :vehicleId UNION ALL " + FALLBACKS + "AND o.vehicle_id = :vehicleId")
    @RegisterConstructorMapper(ContactEntry.class)
    List<ContactEntry> contactsOfVehicle(long vehicleId);

    @SqlQuery(CALLS + "WHERE cb.customer_id = :customerId UNION ALL " + FALLBACKS + "AND cb.customer_id = :customerId")
    @RegisterConstructorMapper(ContactEntry.class)
    List<ContactEntry> contactsOfCustomer(long customerId);
}
