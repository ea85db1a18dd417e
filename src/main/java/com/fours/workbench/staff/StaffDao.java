package com.fours.workbench.staff;

import java.math.BigDecimal;
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

/** Training records and appraisals (V32). Public for the demo's contributor, which writes through it. */
@RegisterConstructorMapper(TrainingRecord.class)
@RegisterConstructorMapper(StaffDao.UserRole.class)
@RegisterConstructorMapper(StaffDao.AppraisalRow.class)
@RegisterConstructorMapper(StaffDao.FigureRow.class)
@RegisterConstructorMapper(StaffDao.Done.class)
public interface StaffDao {

    record UserRole(long id, String username, String name, Instant createdAt, String role) {
    }

    /** Active accounts and their roles. */
    @SqlQuery("SELECT u.id, u.username, u.display_name AS name, u.created_at, r.role FROM app_user u "
            + "JOIN user_role r ON r.user_id = u.id WHERE u.active ORDER BY u.display_name, u.id")
    List<UserRole> activeUserRoles();

    @SqlQuery("SELECT u.id, u.username, u.display_name AS name, u.created_at, r.role FROM app_user u "
            + "JOIN user_role r ON r.user_id = u.id WHERE u.id = :id")
    List<UserRole> userRoles(long id);

    String TRAINING = "SELECT t.id, t.user_id, u.display_name AS employee_name, t.course, t.kind, t.hours, t.held_on, "
            + "t.trainer, t.passed FROM staff_training t JOIN app_user u ON u.id = t.user_id ";

    @SqlUpdate("""
            INSERT INTO staff_training (user_id, course, kind, hours, held_on, trainer, passed, recorded_by, recorded_at)
            VALUES (:userId, :course, :kind, :hours, :heldOn, :trainer, :passed, :recordedBy, :recordedAt)""")
    @GetGeneratedKeys("id")
    long insertTraining(long userId, String course, TrainingKind kind, BigDecimal hours, LocalDate heldOn, String trainer,
                        boolean passed, String recordedBy, Instant recordedAt);

    @SqlQuery(TRAINING + "WHERE t.id = :id")
    TrainingRecord training(long id);

    /** The newest first, at most {@code limit}. */
    @SqlQuery(TRAINING + "ORDER BY t.held_on DESC, t.id DESC LIMIT :limit")
    List<TrainingRecord> trainings(int limit);

    record Done(long userId, String kind, LocalDate heldOn) {
    }

    /** Passed trainings held from {@code from} on, for the plan. */
    @SqlQuery("SELECT user_id, kind, held_on FROM staff_training WHERE passed AND held_on >= :from ORDER BY held_on")
    List<Done> passedSince(LocalDate from);

    /** Passed induction trainings of anyone, any time (an induction counts once in a career). */
    @SqlQuery("SELECT user_id, kind, MIN(held_on) AS held_on FROM staff_training WHERE passed AND kind = 'INDUCTION' "
            + "GROUP BY user_id, kind")
    List<Done> inductions();

    /** Who attended a training of {@code kind} on the days [from, to]. */
    @SqlQuery("SELECT DISTINCT user_id FROM staff_training WHERE kind = :kind AND held_on >= :from AND held_on <= :to")
    List<Long> attended(TrainingKind kind, LocalDate from, LocalDate to);

    @SqlQuery("SELECT COUNT(*) AS courses, COALESCE(SUM(hours), 0) AS hours, "
            + "COALESCE(SUM(CASE WHEN passed THEN 1 ELSE 0 END), 0) AS passed FROM staff_training "
            + "WHERE user_id = :userId AND held_on >= :from AND held_on <= :to")
    @RegisterConstructorMapper(TrainingParticipation.class)
    TrainingParticipation participation(long userId, LocalDate from, LocalDate to);

    record AppraisalRow(long id, long userId, String username, String employeeName, String role, String periodKind,
                        LocalDate periodFrom, LocalDate periodTo, Integer ability, Integer attitude, Integer satisfaction,
                        String comments, String managerName, Instant managerSignedAt, Instant employeeSignedAt,
                        int version) {
    }

    String APPRAISAL = """
            SELECT a.id, a.user_id, u.username, u.display_name AS employee_name, a.role, a.period_kind, a.period_from,
                   a.period_to, a.ability, a.attitude, a.satisfaction, a.comments,
                   COALESCE(m.display_name, a.manager_signed_by) AS manager_name, a.manager_signed_at,
                   a.employee_signed_at, a.version
            FROM staff_appraisal a JOIN app_user u ON u.id = a.user_id
            LEFT JOIN app_user m ON m.username = a.manager_signed_by
            """;

    @SqlQuery(APPRAISAL + "WHERE a.id = :id")
    Optional<AppraisalRow> appraisal(long id);

    @SqlQuery(APPRAISAL + "WHERE a.user_id = :userId AND a.period_kind = :kind AND a.period_from = :from")
    Optional<AppraisalRow> appraisalOf(long userId, AppraisalPeriodKind kind, LocalDate from);

    @SqlQuery(APPRAISAL + "ORDER BY a.period_from DESC, u.display_name LIMIT :limit")
    List<AppraisalRow> appraisals(int limit);

    /** One employee's appraisals the manager has signed, newest first. */
    @SqlQuery(APPRAISAL + "WHERE a.user_id = :userId AND a.manager_signed_at IS NOT NULL ORDER BY a.period_from DESC")
    List<AppraisalRow> signedAppraisalsOf(long userId);

    @SqlUpdate("""
            INSERT INTO staff_appraisal (user_id, period_kind, period_from, period_to, role, created_by, created_at)
            VALUES (:userId, :kind, :from, :to, :role, :createdBy, :createdAt)""")
    @GetGeneratedKeys("id")
    long insertAppraisal(long userId, AppraisalPeriodKind kind, LocalDate from, LocalDate to, String role,
                         String createdBy, Instant createdAt);

    /** Only a draft changes: 0 when it was signed or changed by someone else since it was read. */
    @SqlUpdate("""
            UPDATE staff_appraisal SET ability = :ability, attitude = :attitude, satisfaction = :satisfaction,
                   comments = :comments, version = version + 1
            WHERE id = :id AND version = :version AND manager_signed_at IS NULL""")
    int mark(long id, int version, Integer ability, Integer attitude, Integer satisfaction, String comments);

    @SqlUpdate("UPDATE staff_appraisal SET version = version + 1 WHERE id = :id AND version = :version "
            + "AND manager_signed_at IS NULL")
    int touchDraft(long id, int version);

    @SqlUpdate("""
            UPDATE staff_appraisal SET manager_signed_by = :by, manager_signed_at = :at, version = version + 1
            WHERE id = :id AND version = :version AND manager_signed_at IS NULL""")
    int signAsManager(long id, int version, String by, Instant at);

    @SqlUpdate("""
            UPDATE staff_appraisal SET employee_signed_at = :at, version = version + 1
            WHERE id = :id AND version = :version AND manager_signed_at IS NOT NULL AND employee_signed_at IS NULL""")
    int signAsEmployee(long id, int version, Instant at);

    record FigureRow(long appraisalId, int position, String figure, String unit, BigDecimal figureValue) {
    }

    @SqlQuery("SELECT appraisal_id, position, figure, unit, figure_value FROM staff_appraisal_figure "
            + "WHERE appraisal_id IN (<ids>) ORDER BY appraisal_id, position")
    List<FigureRow> figures(@BindList("ids") List<Long> ids);

    @SqlUpdate("DELETE FROM staff_appraisal_figure WHERE appraisal_id = :id")
    void deleteFigures(long id);

    @SqlBatch("INSERT INTO staff_appraisal_figure (appraisal_id, position, figure, unit, figure_value) "
            + "VALUES (:appraisalId, :position, :figure, :unit, :figureValue)")
    void insertFigures(@org.jdbi.v3.sqlobject.customizer.BindMethods List<FigureRow> rows);
}
