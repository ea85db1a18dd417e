package com.fours.workbench.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(VehicleRow.class)
@RegisterConstructorMapper(OwnershipPeriod.class)
@RegisterConstructorMapper(MileageReading.class)
interface VehicleDao {

    @SqlQuery("SELECT " + VehicleRow.COLUMNS + " FROM vehicle WHERE id = :id")
    Optional<VehicleRow> find(long id);

    @SqlQuery("SELECT " + VehicleRow.COLUMNS + " FROM vehicle WHERE vin = :vin")
    Optional<VehicleRow> findByVin(String vin);

    @SqlQuery("SELECT " + VehicleRow.COLUMNS + " FROM vehicle WHERE plate = :plate AND id <> :exceptId ORDER BY id")
    List<VehicleRow> withPlate(String plate, long exceptId);

    @SqlQuery("SELECT " + VehicleRow.COLUMNS + " FROM vehicle WHERE owner_id = :ownerId ORDER BY id")
    List<VehicleRow> ownedBy(long ownerId);

    @SqlUpdate("""
            INSERT INTO vehicle (vin, plate, plate_color, brand, model, model_year, engine_number, body_color,
                                 first_registration, mileage, insurance_expiry, next_service_date,
                                 next_service_mileage, owner_id, created_at)
            VALUES (:vin, :plate, :plateColor, :brand, :model, :modelYear, :engineNumber, :bodyColor,
                    :firstRegistration, :mileage, :insuranceExpiry, :nextServiceDate, :nextServiceMileage,
                    :ownerId, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String vin, String plate, String plateColor, String brand, String model, Integer modelYear,
                String engineNumber, String bodyColor, LocalDate firstRegistration, int mileage,
                LocalDate insuranceExpiry, LocalDate nextServiceDate, Integer nextServiceMileage, long ownerId,
                Instant createdAt);

    @SqlUpdate("""
            UPDATE vehicle SET vin = :vin, plate = :plate, plate_color = :plateColor, brand = :brand, model = :model,
                   model_year = :modelYear, engine_number = :engineNumber, body_color = :bodyColor,
                   first_registration = :firstRegistration, mileage = :mileage, insurance_expiry = :insuranceExpiry,
                   next_service_date = :nextServiceDate, next_service_mileage = :nextServiceMileage,
                   version = version + 1
            WHERE id = :id AND version = :version
            """)
    int update(long id, int version, String vin, String plate, String plateColor, String brand, String model,
               Integer modelYear, String engineNumber, String bodyColor, LocalDate firstRegistration, int mileage,
               LocalDate insuranceExpiry, LocalDate nextServiceDate, Integer nextServiceMileage);

    /** A new vehicle's columns, for {@link #insertAll}. */
    record StoredVehicle(String vin, String plate, String plateColor, String brand, String model, Integer modelYear,
                         String engineNumber, String bodyColor, LocalDate firstRegistration, int mileage,
                         LocalDate insuranceExpiry, LocalDate nextServiceDate, Integer nextServiceMileage, long ownerId,
                         Instant createdAt) {
    }

    /** As {@link #insert} for many vehicles in one batch; the ids in the same order. */
    @SqlBatch("""
            INSERT INTO vehicle (vin, plate, plate_color, brand, model, model_year, engine_number, body_color,
                                 first_registration, mileage, insurance_expiry, next_service_date,
                                 next_service_mileage, owner_id, created_at)
            VALUES (:vin, :plate, :plateColor, :brand, :model, :modelYear, :engineNumber, :bodyColor,
                    :firstRegistration, :mileage, :insuranceExpiry, :nextServiceDate, :nextServiceMileage,
                    :ownerId, :createdAt)
            """)
    @GetGeneratedKeys("id")
    List<Long> insertAll(@BindMethods List<StoredVehicle> vehicles);

    @SqlQuery("SELECT vin FROM vehicle WHERE vin IN (<vins>)")
    List<String> existingVins(@BindList("vins") List<String> vins);

    @SqlBatch("INSERT INTO vehicle_ownership (vehicle_id, customer_id, from_at) VALUES (:vehicleId, :customerId, :fromAt)")
    void openOwnerships(List<Long> vehicleId, List<Long> customerId, Instant fromAt);

    @SqlBatch("""
            INSERT INTO mileage_reading (vehicle_id, mileage, recorded_at, recorded_by, correction_approved_by)
            VALUES (:vehicleId, :mileage, :recordedAt, :recordedBy, NULL)
            """)
    void addReadings(List<Long> vehicleId, List<Integer> mileage, Instant recordedAt, String recordedBy);

    @SqlUpdate("UPDATE vehicle SET owner_id = :ownerId, version = version + 1 WHERE id = :id")
    void setOwner(long id, long ownerId);

    @SqlUpdate("UPDATE vehicle SET mileage = :mileage, version = version + 1 WHERE id = :id")
    void setMileage(long id, int mileage);

    @SqlUpdate("""
            UPDATE vehicle SET next_service_date = :date, next_service_mileage = :mileage, version = version + 1
            WHERE id = :id
            """)
    void setNextService(long id, LocalDate date, Integer mileage);

    @SqlUpdate("INSERT INTO vehicle_ownership (vehicle_id, customer_id, from_at) VALUES (:vehicleId, :customerId, :fromAt)")
    void openOwnership(long vehicleId, long customerId, Instant fromAt);

    @SqlUpdate("UPDATE vehicle_ownership SET until_at = :untilAt WHERE vehicle_id = :vehicleId AND until_at IS NULL")
    void closeOwnership(long vehicleId, Instant untilAt);

    @SqlUpdate("UPDATE vehicle_ownership SET customer_id = :keepId WHERE customer_id = :mergedId")
    void moveOwnerships(long mergedId, long keepId);

    @SqlQuery("""
            SELECT o.customer_id, c.name AS customer_name, o.from_at, o.until_at
            FROM vehicle_ownership o JOIN customer c ON c.id = o.customer_id
            WHERE o.vehicle_id = :vehicleId ORDER BY o.from_at DESC, o.id DESC
            """)
    List<OwnershipPeriod> ownershipHistory(long vehicleId);

    @SqlUpdate("""
            INSERT INTO mileage_reading (vehicle_id, mileage, recorded_at, recorded_by, correction_approved_by)
            VALUES (:vehicleId, :mileage, :recordedAt, :recordedBy, :approvedBy)
            """)
    void addReading(long vehicleId, int mileage, Instant recordedAt, String recordedBy, String approvedBy);

    @SqlQuery("""
            SELECT mileage, recorded_at, recorded_by, correction_approved_by FROM mileage_reading
            WHERE vehicle_id = :vehicleId ORDER BY recorded_at DESC, id DESC
            """)
    List<MileageReading> readings(long vehicleId);
}
