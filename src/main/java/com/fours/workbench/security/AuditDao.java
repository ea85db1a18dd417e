package com.fours.workbench.security;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
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
                   COALESCE(u.display_name || ' (' || u.username || ')', r.number) AS subject_name
            FROM audit_log a
            LEFT JOIN app_user u ON a.subject_type = 'user' AND CAST(u.id AS VARCHAR(20)) = a.subject_id
            LEFT JOIN repair_order r ON a.subject_type = 'repair_order' AND CAST(r.id AS VARCHAR(20)) = a.subject_id
            WHERE a.occurred_at >= :from AND a.occurred_at < :to
              AND (:text = '' OR LOWER(a.actor_name) LIKE :pattern OR LOWER(a.action) LIKE :pattern
                   OR LOWER(a.subject_type) LIKE :pattern OR LOWER(COALESCE(a.subject_id, '')) LIKE :pattern
                   OR LOWER(COALESCE(a.before_value, '')) LIKE :pattern OR LOWER(COALESCE(a.after_value, '')) LIKE :pattern
                   OR LOWER(COALESCE(u.display_name, r.number, '')) LIKE :pattern)
            ORDER BY a.occurred_at DESC, a.id DESC
            LIMIT :limit
            """)
    List<AuditEntry> find(Instant from, Instant to, String text, String pattern, int limit);

    @SqlQuery("SELECT COUNT(*) FROM audit_log WHERE action = :action")
    long countByAction(String action);
}
