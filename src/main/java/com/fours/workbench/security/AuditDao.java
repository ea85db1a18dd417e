package com.fours.workbench.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Insert and read only: nothing in the workbench can change or remove an audit row. */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditDao {

    @SqlUpdate("""
            INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, subject_type, subject_id,
                                   before_value, after_value)
            VALUES (:occurredAt, :actorId, :actorName, :action, :subjectType, :subjectId, :beforeValue, :afterValue)
            """)
    void insert(Instant occurredAt, Long actorId, String actorName, String action, String subjectType,
                String subjectId, String beforeValue, String afterValue);

    // users and repair orders are named the way people know them; the row keeps the id as written
    @SqlQuery("""
            SELECT a.id, a.occurred_at, a.actor_id, a.actor_name, a.action, a.subject_type, a.subject_id,
                   a.before_value, a.after_value,
                   COALESCE(u.display_name || ' (' || u.username || ')', r.number) AS subject_name,
                   COALESCE(act.display_name || ' (' || a.actor_name || ')', a.actor_name) AS actor_display_name
            FROM audit_log a
            LEFT JOIN app_user act ON act.id = a.actor_id
            LEFT JOIN app_user u ON a.subject_type = 'user' AND CAST(u.id AS VARCHAR(20)) = a.subject_id
            LEFT JOIN repair_order r ON a.subject_type = 'repair_order' AND CAST(r.id AS VARCHAR(20)) = a.subject_id
            WHERE a.occurred_at >= :from AND a.occurred_at < :to
              AND (:text = '' OR LOWER(a.actor_name) LIKE :pattern OR LOWER(a.action) LIKE :pattern
                   OR LOWER(a.subject_type) LIKE :pattern OR LOWER(COALESCE(a.subject_id, '')) LIKE :pattern
                   OR LOWER(COALESCE(a.before_value, '')) LIKE :pattern OR LOWER(COALESCE(a.after_value, '')) LIKE :pattern
                   OR LOWER(COALESCE(u.display_name, r.number, '')) LIKE :pattern
                   OR LOWER(COALESCE(act.display_name, '')) LIKE :pattern)
            ORDER BY a.occurred_at DESC, a.id DESC
            LIMIT :limit
            """)
    List<AuditEntry> find(Instant from, Instant to, String text, String pattern, int limit);

    /** A subject's name by its id, for the kinds of record named after the rows are read. */
    record SubjectName(long id, String name) {
    }

    /** A booking: its car and when it is (or was) due. */
    record BookingName(long id, String plate, LocalDate visitDay, LocalTime slot) {
    }

    @SqlQuery("SELECT ap.id, v.plate, ap.visit_day, ap.slot FROM appointment ap JOIN vehicle v ON v.id = ap.vehicle_id "
            + "WHERE ap.id IN (<ids>)")
    @RegisterConstructorMapper(BookingName.class)
    List<BookingName> bookings(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, plate AS name FROM vehicle WHERE id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> vehiclePlates(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT i.id, v.plate AS name FROM intake i JOIN vehicle v ON v.id = i.vehicle_id WHERE i.id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> intakePlates(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, part_number || ' ' || name_zh AS name FROM part WHERE id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> parts(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, name FROM customer WHERE id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> customers(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, code || ' ' || name AS name FROM supplier WHERE id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> suppliers(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, order_number AS name FROM purchase_order WHERE id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> purchaseOrders(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT l.id, o.number || ' · ' || l.description AS name FROM repair_line l "
            + "JOIN repair_order o ON o.id = l.repair_order_id WHERE l.id IN (<ids>)")
    @RegisterConstructorMapper(SubjectName.class)
    List<SubjectName> repairLines(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT COUNT(*) FROM audit_log WHERE action = :action")
    long countByAction(String action);
}
