package com.fours.workbench.repair;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The technician's findings of repair orders, their photos, and the intake sheet items they answer. */
@RegisterConstructorMapper(FindingDao.Row.class)
@RegisterConstructorMapper(FindingPhoto.class)
@RegisterConstructorMapper(FindingDao.IntakeItems.class)
public interface FindingDao {

    record Row(long id, long repairOrderId, String itemText, FindingOutcome outcome, String description,
               String faultCodes, String measurements, Long lineId, String recordedBy, Instant recordedAt) {
    }

    /** What reception wrote: the customer's complaint and the requested items, one per line. */
    record IntakeItems(String complaint, String requestedItems) {
    }

    @SqlQuery("SELECT i.complaint, i.requested_items FROM repair_order o JOIN intake i ON i.id = o.intake_id WHERE o.id = :orderId")
    IntakeItems intakeItems(long orderId);

    @SqlUpdate("""
            INSERT INTO repair_finding (repair_order_id, item_text, outcome, description, fault_codes, measurements,
                line_id, recorded_by, recorded_at)
            VALUES (:orderId, :itemText, :outcome, :description, :faultCodes, :measurements, :lineId, :recordedBy,
                :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insert(long orderId, String itemText, String outcome, String description, String faultCodes,
                String measurements, Long lineId, String recordedBy, Instant recordedAt);

    @SqlUpdate("""
            INSERT INTO repair_finding_photo (finding_id, file_name, width, height, image, thumbnail)
            VALUES (:findingId, :fileName, :width, :height, :image, :thumbnail)
            """)
    void insertPhoto(long findingId, String fileName, int width, int height, byte[] image, byte[] thumbnail);

    /** The order's findings, oldest first, with who recorded them by name. */
    @SqlQuery("""
            SELECT f.id, f.repair_order_id, f.item_text, f.outcome, f.description, f.fault_codes, f.measurements,
                   f.line_id, COALESCE(u.display_name, f.recorded_by) AS recorded_by, f.recorded_at
            FROM repair_finding f LEFT JOIN app_user u ON u.username = f.recorded_by
            WHERE f.repair_order_id = :orderId ORDER BY f.recorded_at, f.id
            """)
    List<Row> findings(long orderId);

    @SqlQuery("""
            SELECT p.id, p.finding_id, p.file_name, p.width, p.height, p.thumbnail
            FROM repair_finding_photo p JOIN repair_finding f ON f.id = p.finding_id
            WHERE f.repair_order_id = :orderId ORDER BY p.id
            """)
    List<FindingPhoto> photos(long orderId);

    @SqlQuery("SELECT image FROM repair_finding_photo WHERE id = :photoId")
    Optional<byte[]> photoImage(long photoId);

    // ---- progress contacts

    @SqlUpdate("""
            INSERT INTO progress_contact (repair_order_id, channel, reached, what_was_said, new_promised_at, reason,
                recorded_by, recorded_at)
            VALUES (:orderId, :channel, :reached, :whatWasSaid, :newPromisedAt, :reason, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insertContact(long orderId, String channel, boolean reached, String whatWasSaid, Instant newPromisedAt,
                       String reason, String recordedBy, Instant recordedAt);

    @SqlUpdate("UPDATE repair_order SET promised_at = :promisedAt WHERE id = :orderId")
    void promise(long orderId, Instant promisedAt);

    /** The order's progress contacts, newest first. */
    @SqlQuery("""
            SELECT c.id, c.repair_order_id, c.channel, c.reached, c.what_was_said, c.new_promised_at, c.reason,
                   COALESCE(u.display_name, c.recorded_by) AS recorded_by, c.recorded_at
            FROM progress_contact c LEFT JOIN app_user u ON u.username = c.recorded_by
            WHERE c.repair_order_id = :orderId ORDER BY c.recorded_at DESC, c.id DESC
            """)
    @RegisterConstructorMapper(ProgressContact.class)
    List<ProgressContact> contacts(long orderId);

    /** Orders in the states that are late (promised time passed) with no contact since: count and first few. */
    String LATE_NOT_CONTACTED = " FROM repair_order o JOIN intake i ON i.id = o.intake_id "
            + "JOIN vehicle v ON v.id = o.vehicle_id WHERE o.status IN (<statuses>) AND " + OrderVehicleSql.PROMISED
            + " < :now AND NOT EXISTS (SELECT 1 FROM progress_contact c WHERE c.repair_order_id = o.id "
            + "AND c.recorded_at >= " + OrderVehicleSql.PROMISED + ") ";

    @SqlQuery("SELECT COUNT(*)" + LATE_NOT_CONTACTED)
    int lateNotContacted(@BindList("statuses") List<String> statuses, Instant now);

    /** A late order not contacted: its id, number, plate and promised time. */
    record LateRow(long id, String number, String plate, Instant promisedAt) {
    }

    @SqlQuery("SELECT o.id, o.number, v.plate, " + OrderVehicleSql.PROMISED + " AS promised_at" + LATE_NOT_CONTACTED
            + "ORDER BY 4, o.number LIMIT :limit")
    @RegisterConstructorMapper(LateRow.class)
    List<LateRow> firstLateNotContacted(@BindList("statuses") List<String> statuses, Instant now, int limit);

    /** The open order whose intake sheet has this complaint, if one is in this state (the demo finds its cars so). */
    @SqlQuery("""
            SELECT o.id FROM repair_order o JOIN intake i ON i.id = o.intake_id
            WHERE i.complaint = :complaint AND o.status = :status ORDER BY o.id LIMIT 1
            """)
    Optional<Long> orderWithComplaint(String complaint, String status);

    /** A labour operation by its code (the demo's extra work). */
    @SqlQuery("SELECT id FROM labour_operation WHERE code = :code")
    Optional<Long> operationId(String code);
}
