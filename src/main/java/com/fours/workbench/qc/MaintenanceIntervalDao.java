package com.fours.workbench.qc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The store's maintenance intervals per brand or model (table of V29, decision 0104). */
@RegisterConstructorMapper(MaintenanceInterval.class)
public interface MaintenanceIntervalDao {

    @SqlQuery("""
            SELECT id, brand, model, every_km, every_months FROM maintenance_interval ORDER BY brand, model
            """)
    List<MaintenanceInterval> all();

    /** The model's own interval before the brand's (model ''), brand and model compared without case. */
    @SqlQuery("""
            SELECT id, brand, model, every_km, every_months FROM maintenance_interval
            WHERE UPPER(brand) = UPPER(:brand) AND (model = '' OR UPPER(model) = UPPER(:model))
            ORDER BY CASE WHEN model = '' THEN 1 ELSE 0 END
            FETCH FIRST 1 ROWS ONLY
            """)
    Optional<MaintenanceInterval> forCar(String brand, String model);

    @SqlQuery("""
            SELECT id, brand, model, every_km, every_months FROM maintenance_interval
            WHERE UPPER(brand) = UPPER(:brand) AND UPPER(model) = UPPER(:model)
            """)
    Optional<MaintenanceInterval> exactly(String brand, String model);

    @SqlUpdate("""
            INSERT INTO maintenance_interval (brand, model, every_km, every_months, updated_by, updated_at)
            VALUES (:brand, :model, :everyKm, :everyMonths, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insert(String brand, String model, Integer everyKm, Integer everyMonths, String by, Instant at);

    @SqlUpdate("""
            UPDATE maintenance_interval SET every_km = :everyKm, every_months = :everyMonths, updated_by = :by,
                   updated_at = :at
            WHERE id = :id
            """)
    int update(long id, Integer everyKm, Integer everyMonths, String by, Instant at);

    @SqlQuery("SELECT id, brand, model, every_km, every_months FROM maintenance_interval WHERE id = :id")
    Optional<MaintenanceInterval> find(long id);

    @SqlUpdate("DELETE FROM maintenance_interval WHERE id = :id")
    int delete(long id);

    /** The brand and model of the order's car, to find its interval. */
    @SqlQuery("SELECT brand, model FROM vehicle WHERE id = :vehicleId")
    @RegisterConstructorMapper(CarModel.class)
    Optional<CarModel> carModel(long vehicleId);

    record CarModel(String brand, String model) {
    }

    @SqlQuery("SELECT next_service_date AS date, next_service_mileage AS mileage FROM vehicle WHERE id = :vehicleId")
    @RegisterConstructorMapper(MaintenanceInterval.NextService.class)
    Optional<MaintenanceInterval.NextService> nextService(long vehicleId);
}
