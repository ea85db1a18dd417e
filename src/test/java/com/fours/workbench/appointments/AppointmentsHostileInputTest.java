package com.fours.workbench.appointments;

import static com.fours.workbench.testing.HostileInput.EMOJI;
import static com.fours.workbench.testing.HostileInput.HOSTILE_AMOUNTS;
import static com.fours.workbench.testing.HostileInput.HOSTILE_NUMBERS_AS_TYPED;
import static com.fours.workbench.testing.HostileInput.REFUSED_TEXTS;
import static com.fours.workbench.testing.HostileInput.SQL;
import static com.fours.workbench.testing.Refusals.keyOf;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedWith;
import static com.fours.workbench.testing.Refusals.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** Bookings, calls, work groups, absences and the calendar fed what a hostile or careless user types. */
class AppointmentsHostileInputTest {

    private static final Set<String> COVERED = Set.of(
            "AppointmentService.book(AppointmentInput, String, AuthenticatedUser)",
            "AppointmentService.cancel(long, int, String)",
            "AppointmentService.hours(String)",
            "AppointmentService.recordCall(long, CallOutcome, String)",
            "AppointmentService.reschedule(long, int, LocalDate, LocalTime, String, AuthenticatedUser)",
            "WorkshopService.addAbsence(long, LocalDate, LocalDate, BigDecimal, String)",
            "WorkshopService.createGroup(String, int)",
            "WorkshopService.renameOrRetire(long, int, String, boolean)",
            "WorkshopService.setCalendarDay(LocalDate, CalendarDayKind, DayOfWeek, String)",
            // writers of rows a check above has passed, for the demo's history: nothing typed reaches them
            "WorkshopService.insertGroup(Handle, String, int)",
            "WorkshopService.writeCalendarDay(Handle, CalendarDay)");
    /** appointment_day is left out: it only holds the day's lock row, written before the rules that need the database. */
    private static final Set<String> TABLES = Set.of("appointment", "appointment_call", "work_group", "work_group_hours",
            "technician_absence", "store_calendar_day", "audit_log");
    private static final String PASSWORD = "Start2026";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private long group;
    private UserAccount technician;
    private Vehicle camry;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "lina", PASSWORD, Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "liuyang", PASSWORD, Role.TEAM_LEAD);
        technician = TestWorkbench.addUser(services, "t1", PASSWORD, Role.TECHNICIAN);
        logIn("liuyang");
        group = services.workshop().createGroup("机修组", 1).id();
        services.workshop().setMembers(group, Set.of(technician.id()));
        Map<DayOfWeek, BigDecimal> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.MONDAY, new BigDecimal("8"));
        services.workshop().setHours(group, hours);
        logIn("lina");
        Customer zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "13812345678", "", "",
                "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        camry = services.vehicles().create(zhang.id(), AppointmentServiceTest.car("12345", "粤A12345", "", ""), false);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void logIn(String username) {
        services.authentication().logout();
        services.authentication().login(username, (username.equals(TestWorkbench.ADMIN) ? TestWorkbench.ADMIN_PASSWORD
                : PASSWORD).toCharArray());
    }

    private AppointmentInput booking(String hours, String cost, Long advisorId, String items, String notes) {
        return new AppointmentInput(camry.id(), ServiceType.MAINTENANCE, group, MONDAY, LocalTime.of(9, 0), hours, cost,
                advisorId, Channel.PHONE, false, items, notes);
    }

    @Test
    void everyInputMethodIsCovered() {
        Set<String> inputMethods = new TreeSet<>();
        for (Class<?> service : List.of(AppointmentService.class, WorkshopService.class)) {
            HostileInput.inputMethods(service).forEach(m -> inputMethods.add(service.getSimpleName() + "." + m));
        }
        assertThat(new TreeSet<>(COVERED)).isEqualTo(inputMethods);
    }

    @Test
    void aBookingWithHostileValuesIsRefusedFieldByFieldAndNothingIsSaved() {
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : REFUSED_TEXTS) {
            var refusal = refused(() -> services.appointments().book(booking("1", "", null, text, text), null, null));
            String key = text.length() > AppointmentService.MAX_TEXT ? "field.tooLong" : "field.invalidCharacter";
            assertThat(keyOf(refusal, AppointmentInput.ITEMS)).isEqualTo(key);
            assertThat(keyOf(refusal, AppointmentInput.NOTES)).isEqualTo(key);
            refusedWith(text.length() > AppointmentService.MAX_REASON ? "field.tooLong" : "field.invalidCharacter", null,
                    () -> services.appointments().book(booking("1", "", null, "", ""), text, null));
        }
        for (String number : HOSTILE_NUMBERS_AS_TYPED) {
            var refusal = refused(() -> services.appointments().book(booking(number, number, null, "", ""), null, null));
            assertThat(keyOf(refusal, AppointmentInput.HOURS)).as(number).startsWith("appointment.invalid.hours");
            assertThat(keyOf(refusal, AppointmentInput.COST)).as(number).matches("money\\..*|appointment\\.invalid\\..*");
        }
        for (BigDecimal amount : HOSTILE_AMOUNTS) {
            var refusal = refused(() -> services.appointments().book(booking(amount.toString(), amount.toString(), null,
                    "", ""), null, null));
            assertThat(keyOf(refusal, AppointmentInput.HOURS)).as(amount.toString()).startsWith("appointment.invalid.hours");
        }
        var nulls = refused(() -> services.appointments().book(new AppointmentInput(null, null, null, null, null, null, null,
                null, null, false, null, null), null, null));
        assertThat(keyOf(nulls, AppointmentInput.VEHICLE)).isEqualTo("appointment.invalid.noVehicle");
        assertThat(keyOf(nulls, AppointmentInput.HOURS)).isEqualTo("field.required");
        refusedWith("appointment.invalid.unknownAdvisor", AppointmentInput.ADVISOR,
                () -> services.appointments().book(booking("1", "", 987_654L, "", ""), null, null));
        refusedWith("appointment.invalid.unknownGroup", AppointmentInput.WORK_GROUP, () -> services.appointments().book(
                new AppointmentInput(camry.id(), ServiceType.REPAIR, 987_654L, MONDAY, LocalTime.of(9, 0), "1", "", null,
                        Channel.PHONE, false, "", ""), null, null));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
    }

    @Test
    void sqlEmojiAndTheLargestCostAreBookedAsTyped() {
        Appointment booked = services.appointments().book(booking("7.99", "999,999,999,999.99", null,
                SQL + "\n" + EMOJI, EMOJI + "\n\t" + SQL), null, null);

        Appointment read = services.appointments().find(booked.id());
        assertThat(read.requestedItems()).isEqualTo(SQL + "\n" + EMOJI);
        assertThat(read.notes()).isEqualTo(EMOJI + "\n\t" + SQL);
        assertThat(read.estimatedCost()).isEqualByComparingTo("999999999999.99");
        assertThat(read.estimatedHours()).isEqualByComparingTo("7.99");
    }

    @Test
    void hoursAsTypedAreRefusedUnlessAPositiveFigureOfTwoDecimals() {
        for (String number : HOSTILE_NUMBERS_AS_TYPED) {
            assertThat(refused(() -> AppointmentService.hours(number)).messageKey()).as(number)
                    .startsWith("appointment.invalid.hours");
        }
        refusedWith("field.required", null, () -> AppointmentService.hours(null));
        refusedWith("appointment.invalid.hours", null, () -> AppointmentService.hours("2.555"));
        assertThat(AppointmentService.hours("2,5 h")).isEqualByComparingTo("2.5");
    }

    @Test
    void cancelCallAndRescheduleRefuseHostileReasonsAndKeepSqlAndEmojiAsTyped() {
        Appointment booked = services.appointments().book(booking("1", "", null, "保养", ""), null, null);
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : REFUSED_TEXTS) {
            String key = text.length() > AppointmentService.MAX_REASON ? "field.tooLong" : "field.invalidCharacter";
            refusedWith(key, null, () -> services.appointments().cancel(booked.id(), booked.version(), text));
            refusedWith(key, null, () -> services.appointments().recordCall(booked.id(), CallOutcome.NOT_REACHED, text));
            refusedWith(key, null, () -> services.appointments().reschedule(booked.id(), booked.version(),
                    MONDAY, LocalTime.of(10, 0), text, null));
        }
        refusedWith("field.required", null, () -> services.appointments().recordCall(booked.id(), null, "x"));
        refusedWith("field.required", AppointmentInput.DAY, () -> services.appointments().reschedule(booked.id(),
                booked.version(), null, null, null, null));
        refusedWith("appointment.notFound", null, () -> services.appointments().cancel(987_654, 0, SQL));
        refusedWith("appointment.notFound", null, () -> services.appointments().recordCall(987_654, CallOutcome.CONFIRMED, ""));
        refusedWith("appointment.notFound", null, () -> services.appointments().reschedule(987_654, 0, MONDAY,
                LocalTime.of(10, 0), null, null));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
        assertThat(services.appointments().find(booked.id())).isEqualTo(booked);

        services.appointments().recordCall(booked.id(), CallOutcome.NOT_REACHED, EMOJI + "客户说：周一再来，上午。");
        String note = services.transactions().read(h -> h.createQuery(
                "SELECT note FROM appointment_call WHERE appointment_id = :id").bind("id", booked.id()).mapTo(String.class).one());
        assertThat(note).as("prose keeps its Chinese punctuation").isEqualTo(EMOJI + "客户说：周一再来，上午。");
        Appointment moved = services.appointments().reschedule(booked.id(), booked.version(), MONDAY, LocalTime.of(10, 0),
                null, null);
        Appointment cancelled = services.appointments().cancel(moved.id(), moved.version(), SQL);
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void workGroupsCalendarDaysAndAbsencesRefuseHostileValuesAndKeepSqlAndEmoji() {
        logIn("liuyang");
        WorkGroup mechanics = services.workshop().groupSetups().get(0).group();
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : REFUSED_TEXTS) {
            String name = text.length() > WorkshopService.MAX_NAME ? "field.tooLong" : "field.invalidCharacter";
            refusedWith(name, null, () -> services.workshop().createGroup(text, 1));
            refusedWith(name, null, () -> services.workshop().renameOrRetire(mechanics.id(), mechanics.version(), text, true));
            refusedWith(name, null, () -> services.workshop().setCalendarDay(MONDAY, CalendarDayKind.CLOSED, null, text));
            refusedWith(text.length() > WorkshopService.MAX_REASON ? "field.tooLong" : "field.invalidCharacter", null,
                    () -> services.workshop().addAbsence(technician.id(), MONDAY, MONDAY, null, text));
        }
        refusedWith("workshop.invalidName", null, () -> services.workshop().createGroup(null, Integer.MIN_VALUE));
        refusedWith("workshop.groupNotFound", null, () -> services.workshop().renameOrRetire(987_654, 0, "x", true));
        refusedWith("field.required", null, () -> services.workshop().setCalendarDay(null, null, null, "x"));
        refusedWith("field.required", null, () -> services.workshop().addAbsence(technician.id(), null, null, null, "x"));
        refusedWith("workshop.notATechnician", null, () -> services.workshop().addAbsence(987_654, MONDAY, MONDAY, null, "x"));
        for (BigDecimal hours : List.of(new BigDecimal("-1"), new BigDecimal("0.001"), new BigDecimal("1E14"),
                new BigDecimal("99999999999999.99"), new BigDecimal("24.01"), BigDecimal.ZERO)) {
            refusedWith("workshop.invalidHours", null,
                    () -> services.workshop().addAbsence(technician.id(), MONDAY, MONDAY, hours, "x"));
            if (hours.signum() != 0) {
                refusedWith("workshop.invalidHours", null,
                        () -> services.workshop().setHours(mechanics.id(), Map.of(DayOfWeek.MONDAY, hours)));
            }
        }
        Map<DayOfWeek, BigDecimal> nullHours = new HashMap<>();
        nullHours.put(DayOfWeek.MONDAY, null);
        refusedWith("workshop.invalidHours", null, () -> services.workshop().setHours(mechanics.id(), nullHours));
        refusedWith("workshop.invalidHours", null, () -> services.workshop().setHours(mechanics.id(), null));
        refusedWith("workshop.invalidSlots", null, () -> services.workshop().setArrivalSlots(null, null, 30, 4, 0));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);

        WorkGroup sql = services.workshop().createGroup(SQL, 2);
        services.workshop().setCalendarDay(MONDAY, CalendarDayKind.CLOSED, null, EMOJI);
        services.workshop().addAbsence(technician.id(), MONDAY, MONDAY, new BigDecimal("23.99"), SQL + EMOJI);
        assertThat(services.workshop().groupSetups()).extracting(s -> s.group().name()).contains(SQL);
        assertThat(services.workshop().calendar(MONDAY, MONDAY)).extracting(CalendarDay::name).containsExactly(EMOJI);
        assertThat(services.workshop().absences(MONDAY, MONDAY)).extracting(Absence::reason, Absence::hours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SQL + EMOJI, new BigDecimal("23.99")));
        assertThat(sql.name()).isEqualTo(SQL);
    }
}
