package com.fours.workbench.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(RepairOrder.class)
public interface RepairOrderDao {

    String COLUMNS = "id, number, status, customer_id, vehicle_id, intake_id, advisor, created_at, version";

    @SqlUpdate("INSERT INTO repair_order_counter (order_day, last_number) VALUES (:day, 0) ON CONFLICT DO NOTHING")
    void ensureCounter(LocalDate day);

    @SqlUpdate("UPDATE repair_order_counter SET last_number = last_number + 1 WHERE order_day = :day")
    int advanceCounter(LocalDate day);

    @SqlQuery("SELECT last_number FROM repair_order_counter WHERE order_day = :day")
    int lastNumber(LocalDate day);

    @SqlUpdate("""
            INSERT INTO repair_order (number, status, customer_id, vehicle_id, intake_id, advisor, created_at)
            VALUES (:number, :status, :customerId, :vehicleId, :intakeId, :advisor, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String number, String status, long customerId, long vehicleId, long intakeId, String advisor,
                Instant createdAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM repair_order WHERE id = :id")
    Optional<RepairOrder> find(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM repair_order WHERE intake_id = :intakeId")
    Optional<RepairOrder> findByIntake(long intakeId);

    @SqlQuery("SELECT " + COLUMNS + " FROM repair_order WHERE number = :number")
    Optional<RepairOrder> findByNumber(String number);
}
