package com.fours.workbench.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Incidents and near misses, drills and their participants, the drills planned a year. */
@RegisterConstructorMapper(Incident.class)
@RegisterConstructorMapper(SafetyDao.DrillRow.class)
@RegisterConstructorMapper(SafetyDao.Participant.class)
@RegisterConstructorMapper(SafetyDao.Happened.class)
public interface SafetyDao {

    @SqlUpdate("""
            INSERT INTO safety_incident (kind, severity, what, place, happened_at, involved, injured, cause, immediate,
                corrective, owner_id, due_on, reported_by, reported_at)
            VALUES (:kind, :severity, :what, :place, :happenedAt, :involved, :injured, :cause, :immediate,
                :corrective, :ownerId, :dueOn, :reportedBy, :reportedAt)
            """)
    @GetGeneratedKeys("id")
    long insertIncident(String kind, String severity, String what, String place, Instant happenedAt, String involved,
                        int injured, String cause, String immediate, String corrective, Long ownerId, LocalDate dueOn,
                        String reportedBy, Instant reportedAt);

    @SqlQuery("SELECT " + Incident.COLUMNS + "WHERE i.id = :id")
    Optional<Incident> incident(long id);

    /** Open ones first, then the latest. */
    @SqlQuery("SELECT " + Incident.COLUMNS + """
            WHERE i.closed_at IS NULL OR i.happened_at >= :since
            ORDER BY CASE WHEN i.closed_at IS NULL THEN 0 ELSE 1 END, i.happened_at DESC, i.id DESC
            """)
    List<Incident> incidents(Instant since);

    @SqlQuery("SELECT id FROM safety_incident WHERE id = :id FOR UPDATE")
    Optional<Long> lockIncident(long id);

    @SqlUpdate("""
            UPDATE safety_incident SET corrective = :corrective, owner_id = :ownerId, due_on = :dueOn
            WHERE id = :id AND closed_at IS NULL
            """)
    int setMeasures(long id, String corrective, long ownerId, LocalDate dueOn);

    @SqlUpdate("""
            UPDATE safety_incident SET closed_by = :closedBy, closed_at = :closedAt, closing_note = :note
            WHERE id = :id AND closed_at IS NULL AND corrective IS NOT NULL
            """)
    int close(long id, String closedBy, Instant closedAt, String note);

    record Happened(Instant happenedAt, String kind) {
    }

    @SqlQuery("SELECT happened_at, kind FROM safety_incident WHERE happened_at >= :from AND happened_at < :to")
    List<Happened> happened(Instant from, Instant to);

    record DrillRow(long id, String kind, String plan, LocalDate heldOn, int minutes, String findings,
                    String improvements, String recordedBy) {
    }

    record Participant(long drillId, String name) {
    }

    @SqlUpdate("""
            INSERT INTO safety_drill (kind, plan, held_on, minutes, findings, improvements, recorded_by, recorded_at)
            VALUES (:kind, :plan, :heldOn, :minutes, :findings, :improvements, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insertDrill(String kind, String plan, LocalDate heldOn, int minutes, String findings, String improvements,
                     String recordedBy, Instant recordedAt);

    @SqlBatch("INSERT INTO safety_drill_participant (drill_id, user_id) VALUES (:drillId, :userId)")
    void insertParticipants(long drillId, List<Long> userId);

    @SqlQuery("""
            SELECT id, kind, plan, held_on, minutes, findings, improvements, recorded_by FROM safety_drill
            WHERE held_on >= :from ORDER BY held_on DESC, id DESC
            """)
    List<DrillRow> drillsSince(LocalDate from);

    @SqlQuery("""
            SELECT p.drill_id, u.display_name AS name FROM safety_drill_participant p
            JOIN app_user u ON u.id = p.user_id JOIN safety_drill d ON d.id = p.drill_id
            WHERE d.held_on >= :from ORDER BY p.drill_id, u.display_name
            """)
    List<Participant> participantsSince(LocalDate from);

    @SqlQuery("SELECT COUNT(*) FROM safety_drill WHERE held_on BETWEEN :from AND :to")
    int drillsHeld(LocalDate from, LocalDate to);

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE id IN (<ids>) AND active")
    int activeUsers(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT drills_per_year FROM safety_settings WHERE id = 1")
    int drillsPlanned();

    @SqlUpdate("UPDATE safety_settings SET drills_per_year = :drills WHERE id = 1")
    int setDrillsPlanned(int drills);
}
