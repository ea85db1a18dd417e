package com.fours.workbench.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;

@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(RepairOrder.class)
@RegisterConstructorMapper(RepairOrderDao.Header.class)
@RegisterConstructorMapper(RepairOrderRow.class)
@RegisterConstructorMapper(RepairOrderDao.OrderOfVehicle.class)
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

    /** The order's car, customer, reception and advisor: the head of a repair plan. */
    record Header(String plate, String model, String vin, String customerName, String approvalContact, int mileage,
                  Instant promisedAt, String complaint, String advisorName, String keyTag) {
    }

    @SqlQuery("SELECT v.plate, " + OrderVehicleSql.MODEL + " AS model, v.vin, c.name AS customer_name, "
            + "i.approval_contact, i.mileage, " + OrderVehicleSql.PROMISED + " AS promised_at, i.complaint, "
            + "COALESCE(u.display_name, o.advisor) AS advisor_name, i.key_tag FROM"
            + OrderVehicleSql.ORDER_VEHICLE_CUSTOMER + """
            JOIN intake i ON i.id = o.intake_id LEFT JOIN app_user u ON u.username = o.advisor WHERE o.id = :id
            """)
    Header header(long id);

    /** Orders in the statuses whose number, plate or customer matches {@code like}, newest first (plate as stored). */
    @SqlQuery("SELECT o.id, o.number, o.status, v.plate, " + OrderVehicleSql.MODEL + " AS model, "
            + "c.name AS customer_name, o.advisor, o.created_at, " + OrderVehicleSql.PROMISED + " AS promised_at, "
            + OrderVehicleSql.TOTAL + """
             AS total, o.version
            FROM""" + OrderVehicleSql.ORDER_VEHICLE_CUSTOMER + """
            JOIN intake i ON i.id = o.intake_id
            WHERE o.status IN (<statuses>)
              AND (UPPER(o.number) LIKE :like OR UPPER(COALESCE(v.plate, '')) LIKE :like OR UPPER(c.name) LIKE :like)
            ORDER BY o.created_at DESC, o.id DESC
            LIMIT :limit
            """)
    List<RepairOrderRow> rows(@BindList("statuses") List<String> statuses, String like, int limit);

    record OrderOfVehicle(long id, String number, RepairOrderStatus status, Instant createdAt,
                          com.fours.workbench.core.Money total) {
    }

    /** Every order of a vehicle with what it came to, newest first: its visits. */
    @SqlQuery("SELECT o.id, o.number, o.status, o.created_at, " + OrderVehicleSql.TOTAL + """
             AS total
            FROM repair_order o WHERE o.vehicle_id = :vehicleId ORDER BY o.created_at DESC
            """)
    List<OrderOfVehicle> ofVehicle(long vehicleId);
}
