package com.fours.workbench.appointments;

import static com.fours.workbench.appointments.DayRules.advisorExists;
import static com.fours.workbench.appointments.DayRules.ensureDayRow;
import static com.fours.workbench.appointments.DayRules.lockDay;
import static com.fours.workbench.appointments.DayRules.locked;
import static com.fours.workbench.appointments.DayRules.overbookingConfirmation;
import static com.fours.workbench.appointments.DayRules.rulesOfTheDay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalLong;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.appointments.BookingChecks.Checked;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Bookings against the workshop's capacity: booking, rescheduling, cancelling, the confirmation
 * call, the arrival handed to reception, and no-shows. Every booking of a day first locks that
 * day's row, so two advisors taking the last hours or the last slot are served one after the other
 * and the second is told. The fields are checked by {@link BookingChecks}, the day's rules and
 * lock kept by {@link DayRules}, the figures read by {@link PeriodFigures}.
 */
public final class AppointmentService {

    private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);
    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 300;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final CustomerService customers;

    public AppointmentService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                              CustomerService customers) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.customers = customers;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Books a car. Over a group's hours or a slot's cars it is refused with an
     * {@link OverbookingException} unless {@code overbookReason} is given and the user (or
     * {@code approver}, a manager who confirmed it at this desk) may overbook.
     */
    public Appointment book(AppointmentInput input, String overbookReason, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_APPOINTMENTS);
        Checked c = BookingChecks.check(input, clock);
        String reason = BookingChecks.reason(overbookReason);
        ensureDayRow(transactions, c.day());
        return locked(() -> transactions.inTransaction(handle -> {
            lockDay(handle, c.day());
            long customerId = rulesOfTheDay(handle, c, input.vehicleId(), 0);
            advisorExists(handle, input.advisorId());
            String confirmedBy = overbookingConfirmation(handle, c, BigDecimal.ZERO, reason, approver, user, false);
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            long id = dao.insert(customerId, input.vehicleId(), c.serviceType(), c.groupId(), c.day(), c.slot(), c.hours(),
                    c.cost().amount(), input.advisorId(), c.channel(), input.customerWaits(), c.items(), c.notes(),
                    AppointmentStatus.BOOKED, confirmedBy == null ? null : reason, confirmedBy, null,
                    clock.instant(), user.username());
            dao.countBooking(c.day());
            Appointment booked = dao.find(id).orElseThrow();
            audit.record(handle, AppointmentsAuditAction.APPOINTMENT_BOOKED, "appointment", id, null, booked.auditText());
            if (confirmedBy != null) {
                audit.record(handle, AppointmentsAuditAction.APPOINTMENT_OVERBOOKED, "appointment", id, null,
                        "reason=" + reason + ", confirmedBy=" + confirmedBy);
            }
            return shown(booked);
        }));
    }

    /**
     * Moves an open booking to another day or slot: the old booking stays, marked rescheduled, and a
     * new one (pointing back to it) takes its place, so the history of the booking is kept.
     */
    public Appointment reschedule(long appointmentId, int expectedVersion, LocalDate day, LocalTime slot,
                                  String overbookReason, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_APPOINTMENTS);
        String reason = BookingChecks.reason(overbookReason);
        Appointment before = find(appointmentId);
        if (!before.status().isOpen()) {
            throw new BusinessRuleException("appointment.notOpen", before.status());
        }
        AppointmentInput moved = new AppointmentInput(before.vehicleId(), before.serviceType(), before.workGroupId(), day,
                slot, before.estimatedHours().toPlainString(), before.estimatedCost().toPlainString(), before.advisorId(),
                before.channel(), before.customerWaits(), before.requestedItems(), before.notes());
        Checked c = BookingChecks.check(moved, clock);
        ensureDayRow(transactions, c.day());
        return locked(() -> transactions.inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            lockDay(handle, c.day());
            // the old booking no longer holds hours on the new day when the day is the same
            long customerId = rulesOfTheDay(handle, c, before.vehicleId(), appointmentId);
            BigDecimal released = before.day().equals(c.day()) && before.workGroupId() == c.groupId()
                    ? before.estimatedHours() : BigDecimal.ZERO;
            String confirmedBy = overbookingConfirmation(handle, c, released, reason, approver, user,
                    before.day().equals(c.day()) && before.slot().equals(c.slot()));
            Instant now = clock.instant();
            if (dao.setStatus(appointmentId, expectedVersion, AppointmentStatus.RESCHEDULED, now) == 0) {
                throw new ConcurrentChangeException(before.vehicleLabel());
            }
            long id = dao.insert(customerId, before.vehicleId(), c.serviceType(), c.groupId(), c.day(), c.slot(), c.hours(),
                    c.cost().amount(), before.advisorId(), c.channel(), before.customerWaits(), c.items(), c.notes(),
                    AppointmentStatus.BOOKED, confirmedBy == null ? null : reason, confirmedBy,
                    appointmentId, now, user.username());
            dao.countBooking(c.day());
            Appointment after = dao.find(id).orElseThrow();
            audit.record(handle, AppointmentsAuditAction.APPOINTMENT_RESCHEDULED, "appointment", appointmentId,
                    "day=" + before.day() + ", slot=" + before.slot(), "new=" + id + ", day=" + day + ", slot=" + slot);
            if (confirmedBy != null) {
                audit.record(handle, AppointmentsAuditAction.APPOINTMENT_OVERBOOKED, "appointment", id, null,
                        "reason=" + reason + ", confirmedBy=" + confirmedBy);
            }
            return shown(after);
        }));
    }

    public Appointment cancel(long appointmentId, int expectedVersion, String typedReason) {
        session.require(Permission.USE_APPOINTMENTS);
        String reason = BookingChecks.reason(typedReason);
        return transactions.inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment before = dao.find(appointmentId).orElseThrow(() -> unknown(appointmentId));
            if (!before.status().isOpen()) {
                throw new BusinessRuleException("appointment.notOpen", before.status());
            }
            if (dao.setStatus(appointmentId, expectedVersion, AppointmentStatus.CANCELLED, clock.instant()) == 0) {
                throw new ConcurrentChangeException(before.vehicleLabel());
            }
            audit.record(handle, AppointmentsAuditAction.APPOINTMENT_CANCELLED, "appointment", appointmentId,
                    "status=" + before.status(), "status=CANCELLED, reason=" + (reason == null ? "" : reason));
            return shown(dao.find(appointmentId).orElseThrow());
        });
    }

    /**
     * The confirmation call: "confirmed" confirms the booking; the other outcomes are only recorded
     * ("rescheduled" on the booking the call moved, after {@link #reschedule}).
     */
    public Appointment recordCall(long appointmentId, CallOutcome outcome, String note) {
        AuthenticatedUser user = session.require(Permission.USE_APPOINTMENTS);
        String typed = BookingChecks.reason(note);
        String text = typed == null ? "" : typed;
        if (outcome == null) {
            throw new InvalidValueException("field.required");
        }
        return transactions.inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment before = dao.find(appointmentId).orElseThrow(() -> unknown(appointmentId));
            // "rescheduled" is recorded on the booking the call moved, after it was moved
            boolean movedByThisCall = outcome == CallOutcome.RESCHEDULED && before.status() == AppointmentStatus.RESCHEDULED;
            if (!before.status().isOpen() && !movedByThisCall) {
                throw new BusinessRuleException("appointment.notOpen", before.status());
            }
            Instant now = clock.instant();
            dao.insertCall(appointmentId, now, user.username(), outcome, text);
            if (outcome == CallOutcome.CONFIRMED && before.status() == AppointmentStatus.BOOKED) {
                dao.setStatus(appointmentId, before.version(), AppointmentStatus.CONFIRMED, now);
            }
            audit.record(handle, AppointmentsAuditAction.APPOINTMENT_CALLED, "appointment", appointmentId,
                    "status=" + before.status(), "outcome=" + outcome + ", note=" + text);
            return shown(dao.find(appointmentId).orElseThrow());
        });
    }

    /**
     * The car of a booking has arrived: marks it so (audited) and returns what reception fills the
     * intake sheet with. Reception calls this, or the appointments screen hands the result over.
     * Refuses a cancelled, rescheduled, no-show or already arrived booking and one for another day.
     */
    public Arrival arrive(long appointmentId) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.inTransaction(handle -> arrive(handle, appointmentId));
    }

    /**
     * What reception needs of a booked car that has come, without marking it: the booking becomes
     * ARRIVED only when its intake sheet is saved ({@link #arrive(Handle, long)} in that
     * transaction), so a reception abandoned half-way leaves it as it was.
     */
    public Arrival arrival(long appointmentId) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> arrivalOf(checkedArrival(handle.attach(AppointmentDao.class), appointmentId)));
    }

    /** Marks the booked car arrived in the caller's transaction (reception saving its intake sheet). */
    public Arrival arrive(Handle handle, long appointmentId) {
        AppointmentDao dao = handle.attach(AppointmentDao.class);
        Appointment a = checkedArrival(dao, appointmentId);
        if (dao.setStatus(appointmentId, a.version(), AppointmentStatus.ARRIVED, clock.instant()) == 0) {
            throw new ConcurrentChangeException(a.vehicleLabel());
        }
        audit.record(handle, AppointmentsAuditAction.APPOINTMENT_ARRIVED, "appointment", appointmentId,
                "status=" + a.status(), "status=ARRIVED");
        return arrivalOf(a);
    }

    private Appointment checkedArrival(AppointmentDao dao, long appointmentId) {
        Appointment a = dao.find(appointmentId).orElseThrow(() -> unknown(appointmentId));
        if (!a.status().isOpen()) {
            throw new BusinessRuleException("appointment.cannotArrive", a.status());
        }
        if (!a.day().equals(today())) {
            throw new BusinessRuleException("appointment.arriveOtherDay", a.day().toString());
        }
        return a;
    }

    private static Arrival arrivalOf(Appointment a) {
        return new Arrival(a.id(), a.customerId(), a.vehicleId(), a.serviceType(), a.itemLines(), a.estimatedHours(),
                Money.of(a.estimatedCost()), a.advisorId() == null ? OptionalLong.empty() : OptionalLong.of(a.advisorId()),
                a.customerWaits(), a.notes());
    }

    /**
     * Bookings of past days that never arrived become no-shows, each with its audit row. Runs when
     * the day's bookings are looked at; a second run finds nothing to do.
     */
    public int markNoShows() {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.inTransaction(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            List<Long> ids = dao.notArrivedBefore(today());
            if (ids.isEmpty()) {
                return 0;
            }
            int marked = dao.markNoShows(ids, clock.instant());
            for (long id : ids) {
                audit.record(handle, AppointmentsAuditAction.APPOINTMENTS_NO_SHOW, "appointment", id, null, "status=NO_SHOW");
            }
            log.info("{} bookings of past days marked as no-shows", marked);
            return marked;
        });
    }

    public Appointment find(long appointmentId) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> shown(handle.attach(AppointmentDao.class).find(appointmentId)
                .orElseThrow(() -> unknown(appointmentId))));
    }

    /** A day of the workshop: the groups' hours and the slots' cars. */
    public DayPlan day(LocalDate day) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> Capacity.plan(handle, day));
    }

    /** The week (Monday to Sunday) around {@code anyDay}. */
    public List<DayPlan> week(LocalDate anyDay) {
        session.require(Permission.USE_APPOINTMENTS);
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        return transactions.read(handle -> Capacity.plans(handle, monday, monday.plusDays(6)));
    }

    /** Every booking of a day, whatever became of it, by arrival time. */
    public List<Appointment> bookings(LocalDate day) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(AppointmentDao.class).onDay(day).stream()
                .map(this::shown).toList());
    }

    /** Tomorrow's (or any day's) bookings still to be confirmed or reached: the afternoon's calls. */
    public List<Appointment> callList(LocalDate day) {
        return bookings(day).stream().filter(a -> a.status().isOpen()).toList();
    }

    public List<Appointment> ofVehicle(long vehicleId) {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(AppointmentDao.class).ofVehicle(vehicleId).stream()
                .map(this::shown).toList());
    }

    public List<WorkGroup> groups() {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(WorkshopDao.class).activeGroups());
    }

    /** The service advisors a booking may name. */
    public List<Technician> advisors() {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(WorkshopDao.class).usersWithRoles(List.of("SERVICE_ADVISOR")));
    }

    public ArrivalSlots arrivalSlots() {
        session.require(Permission.USE_APPOINTMENTS);
        return transactions.read(handle -> handle.attach(WorkshopDao.class).slots());
    }

    /** The figures of a period (both days included). */
    public AppointmentFigures figures(LocalDate from, LocalDate to) {
        session.require(Permission.USE_APPOINTMENTS);
        if (to.isBefore(from)) {
            throw new BusinessRuleException("appointment.figures.period");
        }
        return transactions.read(handle -> PeriodFigures.read(handle, from, to));
    }

    /** Hours as an advisor types them ("2.5", "2,5 h", "3 小时"), refused when not a positive figure of two decimals. */
    public static BigDecimal hours(String typed) {
        return BookingChecks.hours(typed);
    }

    private Appointment shown(Appointment a) {
        if (a.phone() == null) {
            return a;
        }
        try {
            return a.withPhone(customers.phoneForDisplay(PhoneNumber.parse(a.phone())));
        } catch (BusinessRuleException notAPhone) {
            return a.withPhone(a.phone());
        }
    }

    static BusinessRuleException unknown(long appointmentId) {
        return new BusinessRuleException("appointment.notFound", String.valueOf(appointmentId));
    }
}
