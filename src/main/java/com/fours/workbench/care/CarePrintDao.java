package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import com.fours.workbench.repair.OrderVehicleSql;

/** What the complaint record and the monthly satisfaction report print beyond the screens' own records. */
public interface CarePrintDao {

    /** The car and the visit of a complaint: the complaint keeps only their ids and the plate. */
    record ComplaintCar(String model, String vin, String mobile, Instant visitAt, String advisor) {
    }

    @SqlQuery("SELECT TRIM(" + OrderVehicleSql.MODEL + ") AS model, v.vin, c.mobile, "
            + "(SELECT d.delivered_at FROM delivery d WHERE d.repair_order_id = o.id) AS visit_at, "
            + "COALESCE(ua.display_name, o.advisor) AS advisor "
            + "FROM complaint k JOIN vehicle v ON v.id = k.vehicle_id JOIN customer c ON c.id = k.customer_id "
            + "LEFT JOIN repair_order o ON o.id = k.repair_order_id LEFT JOIN app_user ua ON ua.username = o.advisor "
            + "WHERE k.id = :complaintId")
    @RegisterConstructorMapper(ComplaintCar.class)
    Optional<ComplaintCar> car(long complaintId);

    /** The order's opening time, for a visit not handed back yet. */
    @SqlQuery("SELECT o.created_at FROM complaint k JOIN repair_order o ON o.id = k.repair_order_id "
            + "WHERE k.id = :complaintId")
    Optional<Instant> orderOpenedAt(long complaintId);

    record Goodwill(String code, String kind, BigDecimal amount, LocalDate validUntil, String description) {
    }

    @SqlQuery("SELECT g.code, g.kind, g.amount, g.valid_until, g.description FROM complaint k "
            + "JOIN coupon g ON g.id = k.goodwill_coupon_id WHERE k.id = :complaintId")
    @RegisterConstructorMapper(Goodwill.class)
    Optional<Goodwill> goodwill(long complaintId);

    /** A reached callback of the month with an unhappy answer. */
    record UnhappyCallback(long id, Instant closedAt, String orderNumber, String plate, String advisor,
                           BigDecimal score, String remark) {
    }

    @SqlQuery("SELECT id, closed_at, order_number, plate, advisor, score, remark FROM callback "
            + "WHERE status = 'REACHED' AND unhappy AND closed_at >= :from AND closed_at < :to ORDER BY closed_at, id")
    @RegisterConstructorMapper(UnhappyCallback.class)
    List<UnhappyCallback> unhappy(Instant from, Instant to);

    /** The answers under the threshold of their version, with the question as it was asked. */
    record UnhappyAnswer(long callbackId, int position, String text, int answer, int scaleMax) {
    }

    @SqlQuery("SELECT a.callback_id, q.position, q.text, a.answer, n.scale_max FROM survey_answer a "
            + "JOIN questionnaire_question q ON q.id = a.question_id JOIN questionnaire n ON n.id = q.questionnaire_id "
            + "JOIN callback cb ON cb.id = a.callback_id "
            + "WHERE cb.status = 'REACHED' AND cb.unhappy AND cb.closed_at >= :from AND cb.closed_at < :to "
            + "AND a.answer < n.unhappy_below ORDER BY a.callback_id, q.position")
    @RegisterConstructorMapper(UnhappyAnswer.class)
    List<UnhappyAnswer> unhappyAnswers(Instant from, Instant to);

    /** A complaint's dates, for the month's counts by category. */
    record ComplaintDates(String category, Instant receivedAt, Instant acknowledgeBy, Instant solutionBy,
                          Instant resolveBy, Instant acknowledgedAt, Instant solutionAt, Instant resolvedAt,
                          Instant closedAt) {
    }

    /** Complaints received or closed in [from, to). */
    @SqlQuery("SELECT category, received_at, acknowledge_by, solution_by, resolve_by, acknowledged_at, solution_at, "
            + "resolved_at, closed_at FROM complaint WHERE (received_at >= :from AND received_at < :to) "
            + "OR (closed_at >= :from AND closed_at < :to)")
    @RegisterConstructorMapper(ComplaintDates.class)
    List<ComplaintDates> complaintsOf(Instant from, Instant to);
}
