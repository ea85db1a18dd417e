package com.fours.workbench.inspection;

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

/** 5S checklists and their versions, inspections with their scores and photos, findings and corrective actions. */
@RegisterConstructorMapper(FiveSDao.Head.class)
@RegisterConstructorMapper(FiveSItem.class)
@RegisterConstructorMapper(FiveSInspection.class)
@RegisterConstructorMapper(FiveSFinding.class)
@RegisterConstructorMapper(FiveSPhoto.class)
@RegisterConstructorMapper(FiveSDao.Score.class)
@RegisterConstructorMapper(ActionOwner.class)
@RegisterConstructorMapper(FiveSScores.Row.class)
public interface FiveSDao {

    record Head(long id, FiveSArea area, int versionNo, boolean currentVersion, String createdBy, Instant createdAt) {
    }

    record Score(long itemId, int score) {
    }

    String HEAD = "SELECT id, area, version_no, current_version, created_by, created_at FROM five_s_checklist ";

    String INSPECTION = "SELECT i.id, i.checklist_id, c.version_no, i.area, i.inspection_day, i.inspector, i.remarks, "
            + "i.total, i.recorded_by, i.recorded_at FROM five_s_inspection i "
            + "JOIN five_s_checklist c ON c.id = i.checklist_id ";

    String FINDING = "SELECT f.id, f.inspection_id, i.area, i.inspection_day, f.text, f.owner_id, "
            + "u.display_name AS owner_name, f.due_day, f.state, f.done_note, f.done_by, f.done_at, "
            + "f.verified_by_inspection_id FROM five_s_finding f JOIN five_s_inspection i ON i.id = f.inspection_id "
            + "LEFT JOIN app_user u ON u.id = f.owner_id ";

    @SqlQuery(HEAD + "WHERE area = :area AND current_version")
    Optional<Head> current(String area);

    @SqlQuery(HEAD + "WHERE id = :id")
    Optional<Head> head(long id);

    @SqlQuery("SELECT id, position, pillar, text, scale_max, weight FROM five_s_item WHERE checklist_id = :id "
            + "ORDER BY position")
    List<FiveSItem> items(long id);

    @SqlQuery("SELECT COUNT(*) FROM five_s_inspection WHERE checklist_id = :id")
    int inspectionCount(long id);

    @SqlQuery("SELECT COALESCE(MAX(version_no), 0) FROM five_s_checklist WHERE area = :area")
    int lastVersionNo(String area);

    @SqlUpdate("UPDATE five_s_checklist SET current_version = FALSE WHERE id = :id AND current_version")
    int retire(long id);

    @SqlUpdate("INSERT INTO five_s_checklist (area, version_no, current_version, created_by, created_at) "
            + "VALUES (:area, :versionNo, TRUE, :createdBy, :createdAt)")
    @GetGeneratedKeys("id")
    long insertChecklist(String area, int versionNo, String createdBy, Instant createdAt);

    @SqlUpdate("DELETE FROM five_s_item WHERE checklist_id = :id")
    void deleteItems(long id);

    @SqlBatch("INSERT INTO five_s_item (checklist_id, position, pillar, text, scale_max, weight) "
            + "VALUES (:checklistId, :position, :pillar, :text, :scaleMax, :weight)")
    void insertItems(long checklistId, List<Integer> position, List<String> pillar, List<String> text,
                     List<Integer> scaleMax, List<BigDecimal> weight);

    @SqlUpdate("INSERT INTO five_s_inspection (checklist_id, area, inspection_day, inspector, remarks, total, "
            + "recorded_by, recorded_at) VALUES (:checklistId, :area, :day, :inspector, :remarks, :total, "
            + ":recordedBy, :recordedAt)")
    @GetGeneratedKeys("id")
    long insertInspection(long checklistId, String area, LocalDate day, String inspector, String remarks,
                          BigDecimal total, String recordedBy, Instant recordedAt);

    @SqlBatch("INSERT INTO five_s_score (inspection_id, item_id, score) VALUES (:inspectionId, :itemId, :score)")
    void insertScores(long inspectionId, List<Long> itemId, List<Integer> score);

    @SqlQuery("SELECT item_id, score FROM five_s_score WHERE inspection_id = :id")
    List<Score> scores(long id);

    @SqlQuery(INSPECTION + "WHERE i.id = :id")
    Optional<FiveSInspection> inspection(long id);

    @SqlQuery(INSPECTION + "ORDER BY i.inspection_day DESC, i.id DESC")
    List<FiveSInspection> inspections();

    @SqlQuery(INSPECTION + "WHERE i.area = :area ORDER BY i.inspection_day DESC, i.id DESC")
    List<FiveSInspection> inspectionsOf(String area);

    @SqlUpdate("INSERT INTO five_s_photo (inspection_id, file_name, width, height, image, thumbnail) "
            + "VALUES (:inspectionId, :fileName, :width, :height, :image, :thumbnail)")
    void insertPhoto(long inspectionId, String fileName, int width, int height, byte[] image, byte[] thumbnail);

    @SqlQuery("SELECT id, inspection_id, file_name, width, height, thumbnail FROM five_s_photo "
            + "WHERE inspection_id = :id ORDER BY id")
    List<FiveSPhoto> photos(long id);

    @SqlQuery("SELECT image FROM five_s_photo WHERE id = :photoId")
    Optional<byte[]> photoImage(long photoId);

    @SqlUpdate("INSERT INTO five_s_finding (inspection_id, text, owner_id, due_day, state) "
            + "VALUES (:inspectionId, :text, :ownerId, :dueDay, :state)")
    @GetGeneratedKeys("id")
    long insertFinding(long inspectionId, String text, Long ownerId, LocalDate dueDay, String state);

    @SqlQuery(FINDING + "WHERE f.id = :id")
    Optional<FiveSFinding> finding(long id);

    @SqlQuery(FINDING + "WHERE f.inspection_id = :id ORDER BY f.id")
    List<FiveSFinding> findingsOf(long id);

    /** The corrective actions not yet verified, the oldest due first. */
    @SqlQuery(FINDING + "WHERE f.state IN ('OPEN', 'DONE') ORDER BY f.due_day, f.id")
    List<FiveSFinding> actionsNotVerified();

    @SqlQuery(FINDING + "WHERE f.state IS NOT NULL ORDER BY f.due_day DESC, f.id DESC")
    List<FiveSFinding> actions();

    @SqlUpdate("UPDATE five_s_finding SET owner_id = :ownerId, due_day = :dueDay, state = 'OPEN' "
            + "WHERE id = :id AND state IS NULL")
    int makeAction(long id, long ownerId, LocalDate dueDay);

    @SqlUpdate("UPDATE five_s_finding SET state = 'DONE', done_note = :note, done_by = :by, done_at = :at "
            + "WHERE id = :id AND state = 'OPEN'")
    int markDone(long id, String note, String by, Instant at);

    @SqlUpdate("UPDATE five_s_finding SET state = 'VERIFIED', verified_by_inspection_id = :inspectionId "
            + "WHERE id = :id AND state = 'DONE'")
    int verify(long id, long inspectionId);

    /** The owner's open actions past their due day: the home page's line. */
    @SqlQuery("SELECT COUNT(*) FROM five_s_finding WHERE owner_id = :ownerId AND state = 'OPEN' AND due_day < :today")
    int overdueOf(long ownerId, LocalDate today);

    @SqlQuery(FINDING + "WHERE f.owner_id = :ownerId AND f.state = 'OPEN' AND f.due_day < :today "
            + "ORDER BY f.due_day, f.id LIMIT :limit")
    List<FiveSFinding> firstOverdueOf(long ownerId, LocalDate today, int limit);

    @SqlQuery("SELECT id, display_name AS name FROM app_user WHERE active ORDER BY display_name, id")
    List<ActionOwner> owners();

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE id = :id AND active")
    int activeUser(long id);

    @SqlQuery("SELECT id, display_name AS name FROM app_user WHERE username IN (<usernames>) ORDER BY id")
    List<ActionOwner> usersNamed(@BindList("usernames") List<String> usernames);

    /** The mean total per area and month of the inspections from {@code from} until (not including) {@code until}. */
    @SqlQuery("SELECT area, EXTRACT(YEAR FROM inspection_day) AS inspection_year, "
            + "EXTRACT(MONTH FROM inspection_day) AS inspection_month, AVG(total) AS average, COUNT(*) AS inspections FROM five_s_inspection "
            + "WHERE inspection_day >= :from AND inspection_day < :until "
            + "GROUP BY area, EXTRACT(YEAR FROM inspection_day), EXTRACT(MONTH FROM inspection_day)")
    List<FiveSScores.Row> scoresByMonth(LocalDate from, LocalDate until);
}
