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

    @SqlQuery("""
            SELECT id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, before_value, after_value
            FROM audit_log
            WHERE occurred_at >= :from AND occurred_at < :to
              AND (:text = '' OR LOWER(actor_name) LIKE :pattern OR LOWER(action) LIKE :pattern
                   OR LOWER(subject_type) LIKE :pattern OR LOWER(COALESCE(subject_id, '')) LIKE :pattern
                   OR LOWER(COALESCE(before_value, '')) LIKE :pattern OR LOWER(COALESCE(after_value, '')) LIKE :pattern)
            ORDER BY occurred_at DESC, id DESC
            LIMIT :limit
            """)
    List<AuditEntry> find(Instant from, Instant to, String text, String pattern, int limit);

    @SqlQuery("SELECT COUNT(*) FROM audit_log WHERE action = :action")
    long countByAction(String action);
}
