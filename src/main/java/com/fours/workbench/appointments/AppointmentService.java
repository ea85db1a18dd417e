package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.core.Typed;
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
 * and the second is told.
 */
public final class AppointmentService {

    private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);
    static final BigDecimal MAX_HOURS = new BigDecimal("99.99");
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
        Checked c = check(input);
        String reason = reason(overbookReason);
        ensureDayRow(c.day());
        return locked(() -> transactions.inTransaction(handle -> {
            lockDay(handle, c.day());
            long customerId = rulesOfTheDay(handle, c, input.vehicleId(), 0);
            advisorExists(handle, input.advisorId());
            String confirmedBy = overbookingConfirmation(handle, c, BigDecimal.ZERO, reason, approver, user);
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
        String reason = reason(overbookReason);
        Appointment before = find(appointmentId);
        if (!before.status().isOpen()) {
            throw new BusinessRuleException("appointment.notOpen", before.status());
        }
        AppointmentInput moved = new AppointmentInput(before.vehicleId(), before.serviceType(), before.workGroupId(), day,
                slot, before.estimatedHours().toPlainString(), before.estimatedCost().toPlainString(), before.advisorId(),
                before.channel(), before.customerWaits(), before.requestedItems(), before.notes());
        Checked c = check(moved);
        ensureDayRow(c.day());
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
        String reason = reason(typedReason);
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
        String typed = reason(note);
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
        return transactions.read(handle -> {
            List<Appointment> all = handle.attach(AppointmentDao.class).between(from, to);
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                perDay.put(d, 0);
            }
            int bookings = 0;
            int arrived = 0;
            int noShows = 0;
            int cancelled = 0;
            int walkIns = 0;
            for (Appointment a : all) {
                if (a.status() == AppointmentStatus.RESCHEDULED) {
                    continue; // its successor is counted
                }
                bookings++;
                perDay.merge(a.day(), 1, Integer::sum);
                switch (a.status()) {
                    case ARRIVED -> arrived++;
                    case NO_SHOW -> noShows++;
                    case CANCELLED -> cancelled++;
                    default -> { }
                }
                if (a.channel() == Channel.WALK_IN) {
                    walkIns++;
                }
            }
            Map<String, BigDecimal[]> use = new java.util.LinkedHashMap<>();
            for (DayPlan plan : Capacity.plans(handle, from, to)) {
                for (GroupDay g : plan.groups()) {
                    BigDecimal[] sums = use.computeIfAbsent(g.name(), n -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[0] = sums[0].add(g.available());
                    sums[1] = sums[1].add(g.booked());
                }
            }
            List<AppointmentFigures.GroupUse> groups = new ArrayList<>();
            use.forEach((name, sums) -> groups.add(new AppointmentFigures.GroupUse(name, sums[0], sums[1])));
            List<AppointmentFigures.DayCount> days = new ArrayList<>();
            perDay.forEach((d, n) -> days.add(new AppointmentFigures.DayCount(d, n)));
            return new AppointmentFigures(from, to, days, bookings, arrived, noShows, cancelled, walkIns, groups);
        });
    }

    // ---------------------------------------------------------------------------------------------

    record Checked(ServiceType serviceType, long groupId, LocalDate day, LocalTime slot, BigDecimal hours, Money cost,
                   Channel channel, String items, String notes) {
    }

    /** Field by field, before anything is read or written. */
    Checked check(AppointmentInput in) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (in.vehicleId() == null) {
            errors.reject(AppointmentInput.VEHICLE, new InvalidValueException("appointment.invalid.noVehicle"));
        }
        if (in.serviceType() == null) {
            errors.reject(AppointmentInput.SERVICE_TYPE, new InvalidValueException("field.required"));
        }
        if (in.workGroupId() == null) {
            errors.reject(AppointmentInput.WORK_GROUP, new InvalidValueException("field.required"));
        }
        if (in.channel() == null) {
            errors.reject(AppointmentInput.CHANNEL, new InvalidValueException("field.required"));
        }
        if (in.day() == null) {
            errors.reject(AppointmentInput.DAY, new InvalidValueException("field.required"));
        }
        if (in.slot() == null) {
            errors.reject(AppointmentInput.SLOT, new InvalidValueException("field.required"));
        }
        if (in.day() != null && in.slot() != null
                && LocalDateTime.of(in.day(), in.slot()).isBefore(LocalDateTime.now(clock))) {
            errors.reject(AppointmentInput.SLOT, new InvalidValueException("appointment.invalid.past"));
        }
        BigDecimal hours = errors.check(AppointmentInput.HOURS, () -> hours(in.estimatedHours()));
        Money cost = errors.check(AppointmentInput.COST, () -> {
            if (in.estimatedCost() == null || in.estimatedCost().isBlank()) {
                return Money.ZERO;
            }
            Money parsed = Money.parse(in.estimatedCost());
            if (parsed.isNegative()) {
                throw new InvalidValueException("appointment.invalid.negativeCost");
            }
            return parsed;
        });
        String items = errors.check(AppointmentInput.ITEMS, () -> text(in.requestedItems()));
        String notes = errors.check(AppointmentInput.NOTES, () -> text(in.notes()));
        errors.throwIfAny();
        return new Checked(in.serviceType(), in.workGroupId(), in.day(), in.slot(), hours, cost, in.channel(), items, notes);
    }

    /** Hours as an advisor types them ("2.5", "2,5 h", "3 小时"), refused when not a positive figure of two decimals. */
    public static BigDecimal hours(String typed) {
        String text = typed == null ? "" : typed.strip().replace('。', '.').replace('，', '.').replace(',', '.');
        if (text.endsWith("h") || text.endsWith("小时")) {
            text = text.substring(0, text.endsWith("h") ? text.length() - 1 : text.length() - 2).strip();
        }
        if (text.isEmpty()) {
            throw new InvalidValueException("field.required");
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("appointment.invalid.hours");
        }
        if (hours.signum() <= 0) {
            throw new InvalidValueException("appointment.invalid.hoursNotPositive");
        }
        if (hours.scale() > 2 || hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidValueException("appointment.invalid.hours");
        }
        return hours.setScale(2);
    }

    /** Requested items and notes: lines of free text; empty is stored as empty (the columns are NOT NULL). */
    private static String text(String typed) {
        String text = Typed.optionalMultilineText(typed, MAX_TEXT);
        return text == null ? "" : text;
    }

    /** An overbooking, cancellation or call reason: one line of at most {@value #MAX_REASON} characters; null when empty. */
    private static String reason(String typed) {
        return Typed.optionalLineText(typed, MAX_REASON);
    }

    /** The advisor chosen for a booking is a user of the store, refused by name rather than by a foreign key. */
    private static void advisorExists(Handle handle, Long advisorId) {
        if (advisorId != null && handle.attach(AppointmentDao.class).userCount(advisorId) == 0) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.ADVISOR,
                    new InvalidValueException("appointment.invalid.unknownAdvisor", String.valueOf(advisorId))));
        }
    }

    /** The rules that need the database, under the day's lock; returns the car's owner. */
    private long rulesOfTheDay(Handle handle, Checked c, long vehicleId, long exceptAppointment) {
        Long ownerId = handle.attach(AppointmentDao.class).ownerOf(vehicleId).orElse(null);
        if (ownerId == null) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.VEHICLE,
                    new InvalidValueException("appointment.invalid.unknownVehicle", String.valueOf(vehicleId))));
        }
        WorkGroup group = handle.attach(WorkshopDao.class).group(c.groupId()).filter(WorkGroup::active).orElse(null);
        if (group == null) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.WORK_GROUP,
                    new InvalidValueException("appointment.invalid.unknownGroup")));
        }
        if (!handle.attach(WorkshopDao.class).slots().isSlot(c.slot())) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.SLOT,
                    new InvalidValueException("appointment.invalid.slot", c.slot().toString())));
        }
        if (handle.attach(AppointmentDao.class).openOnDay(vehicleId, c.day(), exceptAppointment) > 0) {
            throw new BusinessRuleException("appointment.vehicleAlreadyBooked", c.day().toString());
        }
        return ownerId;
    }

    private String overbookingConfirmation(Handle handle, Checked c, BigDecimal released, String reason,
                                           AuthenticatedUser approver, AuthenticatedUser user) {
        return overbookingConfirmation(handle, c, released, reason, approver, user, false);
    }

    /** Null when the booking fits; the confirming user's name when it does not and may go ahead. */
    private String overbookingConfirmation(Handle handle, Checked c, BigDecimal released, String reason,
                                           AuthenticatedUser approver, AuthenticatedUser user, boolean sameSlot) {
        DayPlan plan = Capacity.plan(handle, c.day());
        if (!plan.open()) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.DAY, new InvalidValueException(
                    plan.calendarName().isEmpty() ? "appointment.invalid.closed" : "appointment.invalid.holiday",
                    plan.calendarName())));
        }
        GroupDay group = Capacity.group(plan, c.groupId()).orElseThrow();
        group = new GroupDay(group.groupId(), group.name(), group.available(), group.booked().subtract(released),
                group.bookings());
        SlotLoad slot = plan.slots().stream().filter(s -> s.slot().equals(c.slot())).findFirst()
                .orElse(new SlotLoad(c.slot(), 0, 1));
        if (sameSlot) {
            slot = new SlotLoad(slot.slot(), slot.booked() - 1, slot.limit());
        }
        boolean overGroup = group.booked().add(c.hours()).compareTo(group.available()) > 0;
        boolean overSlot = slot.booked() + 1 > slot.limit();
        if (!overGroup && !overSlot) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new OverbookingException(overGroup && overSlot ? "appointment.overbooked.both"
                    : overGroup ? "appointment.overbooked.group" : "appointment.overbooked.slot", group, slot, c.hours());
        }
        AuthenticatedUser confirming = approver != null ? approver : user;
        if (!confirming.may(Permission.OVERBOOK_APPOINTMENTS)) {
            throw new BusinessRuleException("appointment.overbook.notAllowed", confirming.displayName());
        }
        return confirming.username();
    }

    /** Serialises the bookings of a day; without its row there is no lock, so nothing is booked. */
    private static void lockDay(Handle handle, LocalDate day) {
        if (handle.attach(AppointmentDao.class).lockDay(day).isEmpty()) {
            throw new BusinessRuleException("appointment.busy");
        }
    }

    /** The day's lock row exists before any booking of the day locks it; a second insert is harmless. */
    private void ensureDayRow(LocalDate day) {
        if (transactions.read(handle -> handle.attach(AppointmentDao.class).dayRows(day)) > 0) {
            return;
        }
        try {
            transactions.useTransaction(handle -> handle.attach(AppointmentDao.class).insertDay(day));
        } catch (JdbiException raced) {
            log.debug("Day row of {} inserted by someone else meanwhile", day);
        }
    }

    /** A lock held too long by another desk becomes a refusal to try again, not an error. */
    private static <T> T locked(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            if (Transactions.isLockTimeout(e)) {
                throw new BusinessRuleException("appointment.busy");
            }
            throw e;
        }
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
