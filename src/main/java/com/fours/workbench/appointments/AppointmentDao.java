package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Appointment.class)
@RegisterConstructorMapper(AppointmentDao.Load.class)
@RegisterConstructorMapper(AppointmentDao.SlotCount.class)
@RegisterConstructorMapper(AppointmentDao.DayOutcome.class)
@RegisterConstructorMapper(ServiceReminders.Readings.class)
@RegisterConstructorMapper(ServiceReminders.Car.class)
public interface AppointmentDao {

    /** Booked hours and bookings of a group on a day. */
    record Load(long workGroupId, @ColumnName("visit_day") LocalDate day, BigDecimal hours, int bookings) {
    }

    record SlotCount(LocalTime slot, int cars) {
    }

    /** Bookings of a day by status and channel. */
    record DayOutcome(@ColumnName("visit_day") LocalDate day, String status, String channel, int bookings) {
    }

    String HOLDING = "('BOOKED', 'CONFIRMED', 'ARRIVED')";

    @SqlUpdate("INSERT INTO appointment_day (visit_day) VALUES (:day)")
    void insertDay(LocalDate day);

    @SqlQuery("SELECT COUNT(*) FROM appointment_day WHERE visit_day = :day")
    int dayRows(LocalDate day);

    /** Locks the day: whoever books on it next waits until this transaction ends. */
    @SqlQuery("SELECT bookings FROM appointment_day WHERE visit_day = :day FOR UPDATE")
    Optional<Integer> lockDay(LocalDate day);

    @SqlUpdate("UPDATE appointment_day SET bookings = bookings + 1 WHERE visit_day = :day")
    void countBooking(LocalDate day);

    @SqlQuery("SELECT work_group_id, visit_day, SUM(estimated_hours) AS hours, COUNT(*) AS bookings FROM appointment "
            + "WHERE visit_day BETWEEN :from AND :to AND status IN " + HOLDING + " GROUP BY work_group_id, visit_day")
    List<Load> loads(LocalDate from, LocalDate to);

    /** A period's bookings counted by day, status and channel in one pass on the day index (decision 0109). */
    @SqlQuery("SELECT visit_day, status, channel, COUNT(*) AS bookings FROM appointment "
            + "WHERE visit_day BETWEEN :from AND :to GROUP BY visit_day, status, channel")
    List<DayOutcome> outcomes(LocalDate from, LocalDate to);

    @SqlQuery("SELECT slot, COUNT(*) AS cars FROM appointment WHERE visit_day = :day AND status IN " + HOLDING
            + " GROUP BY slot")
    List<SlotCount> slotCounts(LocalDate day);

    @SqlQuery("SELECT COUNT(*) FROM appointment WHERE vehicle_id = :vehicleId AND visit_day = :day AND id <> :exceptId"
            + " AND status IN " + HOLDING)
    int openOnDay(long vehicleId, LocalDate day, long exceptId);

    @SqlUpdate("""
            INSERT INTO appointment (customer_id, vehicle_id, service_type, work_group_id, visit_day, slot, estimated_hours,
                                     estimated_cost, advisor_id, channel, customer_waits, requested_items, notes, status,
                                     overbook_reason, overbooked_by, rescheduled_from, created_at, created_by, status_at)
            VALUES (:customerId, :vehicleId, :serviceType, :workGroupId, :day, :slot, :hours, :cost, :advisorId, :channel,
                    :customerWaits, :items, :notes, :status, :overbookReason, :overbookedBy, :rescheduledFrom, :at, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insert(long customerId, long vehicleId, ServiceType serviceType, long workGroupId, LocalDate day, LocalTime slot,
                BigDecimal hours, BigDecimal cost, Long advisorId, Channel channel, boolean customerWaits, String items,
                String notes, AppointmentStatus status, String overbookReason, String overbookedBy, Long rescheduledFrom,
                Instant at, String by);

    @SqlQuery("SELECT " + Appointment.COLUMNS + " WHERE a.id = :id")
    Optional<Appointment> find(long id);

    @SqlQuery("SELECT " + Appointment.COLUMNS + " WHERE a.visit_day = :day ORDER BY a.slot, a.id")
    List<Appointment> onDay(LocalDate day);

    @SqlQuery("SELECT " + Appointment.COLUMNS + " WHERE a.vehicle_id = :vehicleId ORDER BY a.visit_day DESC, a.id DESC")
    List<Appointment> ofVehicle(long vehicleId);

    @SqlQuery("SELECT " + Appointment.COLUMNS + " WHERE a.visit_day BETWEEN :from AND :to ORDER BY a.visit_day, a.slot, a.id")
    List<Appointment> between(LocalDate from, LocalDate to);

    @SqlUpdate("""
            UPDATE appointment SET status = :status, status_at = :at, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int setStatus(long id, int version, AppointmentStatus status, Instant at);

    /** Bookings of days before {@code today} that never arrived. */
    @SqlQuery("SELECT id FROM appointment WHERE visit_day < :today AND status IN ('BOOKED', 'CONFIRMED') ORDER BY id")
    List<Long> notArrivedBefore(LocalDate today);

    @SqlUpdate("UPDATE appointment SET status = 'NO_SHOW', status_at = :at, version = version + 1 "
            + "WHERE id IN (<ids>) AND status IN ('BOOKED', 'CONFIRMED')")
    int markNoShows(@BindList("ids") List<Long> ids, Instant at);

    @SqlUpdate("""
            INSERT INTO appointment_call (appointment_id, called_at, called_by, outcome, note)
            VALUES (:appointmentId, :at, :by, :outcome, :note)
            """)
    void insertCall(long appointmentId, Instant at, String by, CallOutcome outcome, String note);

    @SqlQuery("SELECT vehicle_id FROM appointment WHERE visit_day >= :from AND status IN ('BOOKED', 'CONFIRMED')")
    List<Long> vehiclesBookedFrom(LocalDate from);

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE id = :id")
    int userCount(long id);

    @SqlQuery("SELECT owner_id FROM vehicle WHERE id = :vehicleId")
    Optional<Long> ownerOf(long vehicleId);

    /** Each car's first and last odometer reading, in one pass. */
    @SqlQuery("""
            SELECT vehicle_id, MIN(recorded_at) AS first_at, MAX(recorded_at) AS last_at,
                   MIN(mileage) AS first_km, MAX(mileage) AS last_km
            FROM mileage_reading GROUP BY vehicle_id
            """)
    ResultIterable<ServiceReminders.Readings> readings();

    /** Cars with a next service date or mileage, with their owner: streamed, the archive may be large. */
    @SqlQuery("""
            SELECT v.id AS vehicle_id, v.owner_id, v.plate, v.vin, v.brand, v.model, v.mileage, v.first_registration,
                   v.next_service_date, v.next_service_mileage, c.name AS owner_name, c.mobile
            FROM vehicle v JOIN customer c ON c.id = v.owner_id
            WHERE v.next_service_date IS NOT NULL OR v.next_service_mileage IS NOT NULL
            """)
    ResultIterable<ServiceReminders.Car> carsWithNextService();

    /** A car of the archive with its owner: what a booking is made for. */
    record ArchiveCar(long id, long ownerId, String model) {
    }

    @SqlQuery("SELECT id, owner_id, model FROM vehicle ORDER BY id")
    @RegisterConstructorMapper(ArchiveCar.class)
    List<ArchiveCar> carsInArchive();
}
