package com.fours.workbench.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(IntakeRow.class)
@RegisterConstructorMapper(MarkerRow.class)
@RegisterConstructorMapper(IntakePhoto.class)
@RegisterConstructorMapper(IntakeSummary.class)
public interface IntakeDao {

    @SqlUpdate("""
            INSERT INTO intake (customer_id, vehicle_id, appointment_id, advisor, received_at, mileage, fuel_level,
                                valuables, complaint, requested_items, estimated_cost, promised_at, old_parts,
                                approval_contact, customer_waits, notes)
            VALUES (:customerId, :vehicleId, :appointmentId, :advisor, :receivedAt, :mileage, :fuelLevel, :valuables,
                    :complaint, :requestedItems, :estimatedCost, :promisedAt, :oldParts, :approvalContact,
                    :customerWaits, :notes)
            """)
    @GetGeneratedKeys("id")
    long insert(long customerId, long vehicleId, Long appointmentId, String advisor, Instant receivedAt, int mileage,
                String fuelLevel, String valuables, String complaint, String requestedItems, BigDecimal estimatedCost,
                Instant promisedAt, String oldParts, String approvalContact, boolean customerWaits, String notes);

    @SqlUpdate("""
            UPDATE intake SET mileage = :mileage, fuel_level = :fuelLevel, valuables = :valuables,
                   complaint = :complaint, requested_items = :requestedItems, estimated_cost = :estimatedCost,
                   promised_at = :promisedAt, old_parts = :oldParts, approval_contact = :approvalContact,
                   customer_waits = :customerWaits, notes = :notes, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int update(long id, int version, int mileage, String fuelLevel, String valuables, String complaint,
               String requestedItems, BigDecimal estimatedCost, Instant promisedAt, String oldParts,
               String approvalContact, boolean customerWaits, String notes);

    @SqlUpdate("""
            UPDATE intake SET signed_at = :signedAt, signed_by = :signedBy, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int sign(long id, int version, Instant signedAt, String signedBy);

    @SqlQuery("SELECT " + IntakeRow.COLUMNS + " FROM intake WHERE id = :id")
    Optional<IntakeRow> find(long id);

    @SqlUpdate("DELETE FROM intake_damage WHERE intake_id = :intakeId")
    void deleteMarkers(long intakeId);

    @SqlUpdate("""
            INSERT INTO intake_damage (intake_id, number, car_view, x, y, damage, note)
            VALUES (:intakeId, :number, :carView, :x, :y, :damage, :note)
            """)
    void insertMarker(long intakeId, int number, String carView, double x, double y, String damage, String note);

    @SqlQuery("SELECT number, car_view, x, y, damage, note FROM intake_damage WHERE intake_id = :intakeId ORDER BY number")
    List<MarkerRow> markers(long intakeId);

    @SqlUpdate("""
            INSERT INTO intake_photo (intake_id, file_name, width, height, image, thumbnail, added_at, added_by)
            VALUES (:intakeId, :fileName, :width, :height, :image, :thumbnail, :addedAt, :addedBy)
            """)
    @GetGeneratedKeys("id")
    long insertPhoto(long intakeId, String fileName, int width, int height, byte[] image, byte[] thumbnail,
                     Instant addedAt, String addedBy);

    @SqlQuery("""
            SELECT id, intake_id, file_name, width, height, thumbnail, added_at, added_by FROM intake_photo
            WHERE intake_id = :intakeId ORDER BY id
            """)
    List<IntakePhoto> photos(long intakeId);

    @SqlQuery("SELECT image FROM intake_photo WHERE id = :photoId")
    Optional<byte[]> photoImage(long photoId);

    @SqlUpdate("""
            INSERT INTO intake_revision (intake_id, revision, kind, snapshot, recorded_at, recorded_by)
            VALUES (:intakeId, (SELECT COALESCE(MAX(revision), 0) + 1 FROM intake_revision WHERE intake_id = :intakeId),
                    :kind, :snapshot, :recordedAt, :recordedBy)
            """)
    void insertRevision(long intakeId, String kind, String snapshot, Instant recordedAt, String recordedBy);

    @SqlQuery("""
            SELECT snapshot FROM intake_revision WHERE intake_id = :intakeId AND kind = 'SIGNED'
            ORDER BY revision DESC LIMIT 1
            """)
    Optional<String> lastSignedSnapshot(long intakeId);

    @SqlQuery("SELECT COUNT(*) FROM intake_revision WHERE intake_id = :intakeId")
    int revisionCount(long intakeId);

    @SqlQuery("""
            SELECT i.id, r.number AS repair_order_number, i.received_at, v.plate, v.vin, c.name AS customer_name,
                   i.complaint, i.signed_at IS NOT NULL AS signed
            FROM intake i JOIN repair_order r ON r.intake_id = i.id
                 JOIN vehicle v ON v.id = i.vehicle_id JOIN customer c ON c.id = i.customer_id
            ORDER BY i.received_at DESC, i.id DESC LIMIT :limit
            """)
    List<IntakeSummary> recent(int limit);

    @SqlQuery("SELECT display_name FROM app_user WHERE username = :username")
    Optional<String> displayName(String username);

    /** A private customer's car with what reception asks of it. */
    record PrivateCar(long id, long ownerId, int mileage, String name, String mobile, String model) {
    }

    /** Private customers' cars in archive order; with {@code neverReceived} only those never received. */
    @SqlQuery("""
            SELECT v.id, v.owner_id, v.mileage, c.name, c.mobile, v.model
            FROM vehicle v JOIN customer c ON c.id = v.owner_id
            WHERE c.kind = 'PERSON' AND (NOT :neverReceived OR NOT EXISTS (SELECT 1 FROM intake i WHERE i.vehicle_id = v.id))
            ORDER BY v.id LIMIT :limit
            """)
    @RegisterConstructorMapper(PrivateCar.class)
    List<PrivateCar> privateCars(boolean neverReceived, int limit);
}
