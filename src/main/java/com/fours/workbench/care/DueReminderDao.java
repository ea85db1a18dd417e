package com.fours.workbench.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The cars the due lists call about and the calls made. Customers who did not consent to contact are left out. */
@RegisterConstructorMapper(DueReminderDao.Car.class)
@RegisterConstructorMapper(DueReminderDao.LastCall.class)
public interface DueReminderDao {

    record Car(long vehicleId, long customerId, String plate, String vin, String brand, String model, String ownerName,
               String mobile, LocalDate dueOn) {
    }

    record LastCall(long vehicleId, LocalDate dueOn, Instant calledAt, DueReminderOutcome outcome) {
    }

    String CAR = """
            SELECT v.id AS vehicle_id, c.id AS customer_id, v.plate, v.vin, v.brand, v.model, c.name AS owner_name, c.mobile,
            """;

    @SqlQuery(CAR + """
                   v.insurance_expiry AS due_on
            FROM vehicle v JOIN customer c ON c.id = v.owner_id
            WHERE c.contact_consent AND c.merged_into IS NULL AND v.insurance_expiry BETWEEN :from AND :until
            """)
    List<Car> insuranceDue(LocalDate from, LocalDate until);

    /** Cars with a registration day; the due day is worked out from it. Streamed: the archive may be large. */
    @SqlQuery(CAR + """
                   v.first_registration AS due_on
            FROM vehicle v JOIN customer c ON c.id = v.owner_id
            WHERE c.contact_consent AND c.merged_into IS NULL AND v.first_registration IS NOT NULL
            """)
    ResultIterable<Car> registered();

    /** The newest call per car and due day of one kind, for due days in the window. */
    @SqlQuery("""
            SELECT r.vehicle_id, r.due_on, r.called_at, r.outcome FROM due_reminder_call r
            WHERE r.kind = :kind AND r.due_on BETWEEN :from AND :until
              AND NOT EXISTS (SELECT 1 FROM due_reminder_call n WHERE n.vehicle_id = r.vehicle_id AND n.kind = r.kind
                              AND n.due_on = r.due_on AND (n.called_at > r.called_at
                                  OR n.called_at = r.called_at AND n.id > r.id))
            """)
    List<LastCall> lastCalls(String kind, LocalDate from, LocalDate until);

    @SqlUpdate("""
            INSERT INTO due_reminder_call (vehicle_id, kind, due_on, outcome, note, called_by, called_at)
            VALUES (:vehicleId, :kind, :dueOn, :outcome, :note, :by, :at)
            """)
    void insertCall(long vehicleId, String kind, LocalDate dueOn, String outcome, String note, String by, Instant at);

    @SqlQuery("SELECT COUNT(*) FROM vehicle WHERE id = :vehicleId")
    int vehicles(long vehicleId);

    /** Calls already made about the first cars whose insurance runs out in the period (the demo's history). */
    @SqlUpdate("""
            INSERT INTO due_reminder_call (vehicle_id, kind, due_on, outcome, note, called_by, called_at)
            SELECT id, :kind, insurance_expiry, :outcome, :note, :by, :at FROM vehicle
            WHERE insurance_expiry BETWEEN :from AND :until ORDER BY insurance_expiry, id FETCH FIRST :count ROWS ONLY
            """)
    void insuranceCallsAsOf(String kind, String outcome, String note, String by, Instant at, LocalDate from,
                            LocalDate until, int count);
}
