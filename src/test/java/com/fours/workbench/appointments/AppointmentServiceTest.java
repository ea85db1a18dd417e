package com.fours.workbench.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Capacity arithmetic and booking rules on a real H2 database. Today is Friday 27 November 2026,
 * 10:00 in Guangzhou; the week planned is Monday 30 November to Sunday 6 December.
 */
class AppointmentServiceTest {

    static final String PASSWORD = "Start2026";
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate SATURDAY = MONDAY.plusDays(5);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private final String database = "appointments-" + UUID.randomUUID();
    private AppServices services;
    private DatabaseSettings settings;
    private long mechanics;
    private long body;
    private Vehicle camry;
    private Vehicle corolla;
    private Vehicle levin;
    private final List<UserAccount> technicians = new ArrayList<>();

    /** The database the test runs on: a fresh H2 in memory here; PostgreSQL in the subclass. */
    DatabaseSettings database() throws Exception {
        return DatabaseSettings.inMemory(database);
    }

    void dropDatabase() throws Exception {
    }

    @BeforeEach
    void setUp() throws Exception {
        settings = database();
        services = AppServices.open(settings, false, Path.of(System.getProperty("java.io.tmpdir")), clock);
        services.setup().complete(new com.fours.workbench.store.SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN,
                "吴刚", TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        TestWorkbench.addUser(services, "lina", PASSWORD, Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "wangfang", PASSWORD, Role.SERVICE_ADVISOR);
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "liuyang", PASSWORD, Role.TEAM_LEAD);
        for (int i = 1; i <= 5; i++) {
            technicians.add(TestWorkbench.addUser(services, "t" + i, PASSWORD, Role.TECHNICIAN));
        }
        logIn("liuyang");
        WorkshopService workshop = services.workshop();
        mechanics = workshop.createGroup("机修组", 1).id();
        body = workshop.createGroup("钣金组", 2).id();
        workshop.setMembers(mechanics, Set.of(technicians.get(0).id(), technicians.get(1).id(), technicians.get(2).id()));
        workshop.setMembers(body, Set.of(technicians.get(3).id(), technicians.get(4).id()));
        workshop.setHours(mechanics, weekdays("8", "4"));
        workshop.setHours(body, weekdays("8", null));
        logIn("lina");
        Customer zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "13812345678", "",
                "广州市天河区体育西路 1 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        camry = services.vehicles().create(zhang.id(), car("12345", "粤A12345", "2027-01-10", "40000"), false);
        corolla = services.vehicles().create(zhang.id(), car("23456", "粤A23456", "2027-06-10", "90000"), false);
        levin = services.vehicles().create(zhang.id(), car("34567", "粤A34567", "2027-06-10", "90000"), false);
    }

    @AfterEach
    void tearDown() throws Exception {
        services.close();
        dropDatabase();
    }

    private void logIn(String username) {
        services.authentication().logout();
        services.authentication().login(username, PASSWORD.toCharArray());
    }

    static Map<DayOfWeek, BigDecimal> weekdays(String hours, String saturday) {
        Map<DayOfWeek, BigDecimal> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            map.put(day, new BigDecimal(hours));
        }
        if (saturday != null) {
            map.put(DayOfWeek.SATURDAY, new BigDecimal(saturday));
        }
        return map;
    }

    static VehicleInput car(String serial, String plate, String nextService, String nextMileage) {
        String draft = "LVGBE40K0NG0" + serial;
        String vin = draft.substring(0, 8) + Vin.computeCheckDigit(draft) + draft.substring(9);
        return new VehicleInput(vin, plate, null, "广汽丰田", "凯美瑞", "2022", "A25A1234567", "珍珠白", "2022-03-15",
                "30000", "2027-03-14", nextService, nextMileage);
    }

    AppointmentInput booking(Vehicle vehicle, long group, LocalDate day, String slot, String hours) {
        return new AppointmentInput(vehicle.id(), ServiceType.MAINTENANCE, group, day, LocalTime.parse(slot), hours, "¥680",
                null, Channel.PHONE, true, "更换机油、机滤\n检查刹车片", "");
    }

    private GroupDay group(DayPlan plan, long groupId) {
        return plan.groups().stream().filter(g -> g.groupId() == groupId).findFirst().orElseThrow();
    }

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void aGroupsHoursAreItsTechniciansHoursLessAbsencesHolidaysAndWithMakeUpDays() {
        logIn("liuyang");
        services.workshop().addAbsence(technicians.get(0).id(), MONDAY, MONDAY, null, "年假");
        services.workshop().addAbsence(technicians.get(1).id(), MONDAY, WEDNESDAY, h("3"), "下午培训");
        services.workshop().addAbsence(technicians.get(3).id(), WEDNESDAY, WEDNESDAY, h("10"), "more than a day");
        services.workshop().setCalendarDay(TUESDAY, CalendarDayKind.CLOSED, null, "店庆休息");
        services.workshop().setCalendarDay(SUNDAY, CalendarDayKind.WORKING, DayOfWeek.FRIDAY, "调休上班");

        List<DayPlan> week = services.appointments().week(WEDNESDAY);

        assertThat(week).extracting(DayPlan::day).first().isEqualTo(MONDAY);
        assertThat(week).extracting(d -> group(d, mechanics).available(), d -> group(d, body).available(), DayPlan::open)
                .containsExactly(
                        tuple(h("13.00"), h("16.00"), true),   // one away all day, one 3 h: 0 + 5 + 8
                        tuple(h("0"), h("0"), false),          // closed
                        tuple(h("21.00"), h("8.00"), true),    // 5 + 8 + 8; a 10 h absence takes no more than the 8 h
                        tuple(h("24.00"), h("16.00"), true),
                        tuple(h("24.00"), h("16.00"), true),
                        tuple(h("12.00"), h("0"), true),       // Saturday: 4 h each, the body shop closed
                        tuple(h("24.00"), h("16.00"), true));  // a Sunday worked as a Friday
        assertThat(week.get(1).calendarName()).isEqualTo("店庆休息");
        assertThat(week.get(1).slots()).as("no arrivals on a closed day").isEmpty();
        assertThat(week.get(0).slots()).hasSize(19).first().isEqualTo(new SlotLoad(LocalTime.of(8, 0), 0, 4));
        assertThat(services.appointments().day(SUNDAY.minusWeeks(1)).open()).as("an ordinary Sunday").isFalse();

        BusinessRuleException twice = catchThrowableOfType(BusinessRuleException.class, () -> services.workshop()
                .setMembers(body, Set.of(technicians.get(0).id(), technicians.get(3).id())));
        assertThat(twice.messageKey()).as("one technician's hours count once").isEqualTo("workshop.memberElsewhere");
    }

    @Test
    void bookingsUseTheirGroupsHoursAndTheirSlotAndCancellingGivesThemBack() {
        Appointment first = services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "2.5"), null, null);
        services.appointments().book(booking(corolla, mechanics, MONDAY, "09:00", "1.25"), null, null);
        services.appointments().book(booking(levin, body, MONDAY, "08:30", "6"), null, null);

        DayPlan monday = services.appointments().day(MONDAY);
        assertThat(group(monday, mechanics)).extracting(GroupDay::available, GroupDay::booked, GroupDay::free,
                GroupDay::bookings).containsExactly(h("24.00"), h("3.75"), h("20.25"), 2);
        assertThat(group(monday, body).free()).isEqualByComparingTo("10");
        assertThat(monday.slots()).filteredOn(s -> s.booked() > 0).containsExactly(
                new SlotLoad(LocalTime.of(8, 30), 1, 4), new SlotLoad(LocalTime.of(9, 0), 2, 4));
        assertThat(first.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(first.estimatedCost()).isEqualByComparingTo("680.00");
        assertThat(first.customerName()).isEqualTo("张伟");
        assertThat(first.phone()).isEqualTo("138 1234 5678");

        services.appointments().cancel(first.id(), first.version(), "客户改期未定");

        DayPlan after = services.appointments().day(MONDAY);
        assertThat(group(after, mechanics).booked()).isEqualByComparingTo("1.25");
        assertThat(after.slots()).filteredOn(s -> s.slot().equals(LocalTime.of(9, 0))).singleElement()
                .extracting(SlotLoad::booked).isEqualTo(1);
    }

    @Test
    void overbookingAGroupWarnsWithTheFiguresNeedsAReasonAndOnlyAManagerConfirmsIt() {
        services.appointments().book(booking(camry, body, MONDAY, "08:00", "10"), null, null);

        OverbookingException warning = catchThrowableOfType(OverbookingException.class,
                () -> services.appointments().book(booking(corolla, body, MONDAY, "08:30", "7"), null, null));
        assertThat(warning.messageKey()).isEqualTo("appointment.overbooked.group");
        assertThat(warning.group().free()).isEqualByComparingTo("6");
        assertThat(warning.requested()).isEqualByComparingTo("7");
        assertThat(warning.groupOverbooked()).isTrue();
        assertThat(warning.slotOverbooked()).isFalse();

        BusinessRuleException advisorAlone = catchThrowableOfType(BusinessRuleException.class,
                () -> services.appointments().book(booking(corolla, body, MONDAY, "08:30", "7"), "老客户车况急", null));
        assertThat(advisorAlone.messageKey()).isEqualTo("appointment.overbook.notAllowed");
        assertThat(group(services.appointments().day(MONDAY), body).booked()).as("nothing half-saved")
                .isEqualByComparingTo("10");

        AuthenticatedUser manager = services.authentication().approve("zhoujie", PASSWORD.toCharArray(),
                Permission.OVERBOOK_APPOINTMENTS);
        Appointment overbooked = services.appointments().book(booking(corolla, body, MONDAY, "08:30", "7"), " 老客户车况急 ",
                manager);
        assertThat(overbooked.overbookReason()).isEqualTo("老客户车况急");
        assertThat(overbooked.overbookedBy()).isEqualTo("zhoujie");
        GroupDay monday = group(services.appointments().day(MONDAY), body);
        assertThat(monday.booked()).isEqualByComparingTo("17");
        assertThat(monday.overbooked()).isTrue();

        logIn("zhoujie");
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "APPOINTMENT_OVERBOOKED"))
                .singleElement().extracting(AuditEntry::actorName, AuditEntry::afterValue)
                .containsExactly("lina", "reason=老客户车况急, confirmedBy=zhoujie");
        Appointment byManager = services.appointments().book(booking(levin, body, MONDAY, "09:00", "1"), "manager books it",
                null);
        assertThat(byManager.overbookedBy()).isEqualTo("zhoujie");
    }

    @Test
    void aFullArrivalSlotWarnsEvenWhenTheGroupHasHoursLeft() {
        logIn("liuyang");
        ArrivalSlots slots = services.workshop().setArrivalSlots(LocalTime.of(8, 0), LocalTime.of(17, 0), 30, 2, 0);
        assertThat(slots.times()).hasSize(19);
        logIn("lina");
        services.appointments().book(booking(camry, mechanics, MONDAY, "08:30", "1"), null, null);
        services.appointments().book(booking(corolla, body, MONDAY, "08:30", "1"), null, null);

        OverbookingException full = catchThrowableOfType(OverbookingException.class,
                () -> services.appointments().book(booking(levin, mechanics, MONDAY, "08:30", "1"), null, null));

        assertThat(full.messageKey()).isEqualTo("appointment.overbooked.slot");
        assertThat(full.slot()).isEqualTo(new SlotLoad(LocalTime.of(8, 30), 2, 2));
        assertThat(full.groupOverbooked()).isFalse();
        assertThat(services.appointments().book(booking(levin, mechanics, MONDAY, "09:00", "1"), null, null).slot())
                .isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        InvalidFieldsException past = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(booking(camry, mechanics, LocalDate.of(2026, 11, 27), "09:30", "1"),
                        null, null));
        assertThat(past.byField()).containsOnlyKeys(AppointmentInput.SLOT);
        assertThat(past.byField().get(AppointmentInput.SLOT).messageKey()).isEqualTo("appointment.invalid.past");

        InvalidFieldsException hours = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "0"), null, null));
        assertThat(hours.byField().get(AppointmentInput.HOURS).messageKey()).isEqualTo("appointment.invalid.hoursNotPositive");
        InvalidFieldsException negative = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "-2"), null, null));
        assertThat(negative.byField().get(AppointmentInput.HOURS).messageKey())
                .isEqualTo("appointment.invalid.hoursNotPositive");
        InvalidFieldsException text = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "两小时"), null, null));
        assertThat(text.byField().get(AppointmentInput.HOURS).messageKey()).isEqualTo("appointment.invalid.hours");

        AppointmentInput unknownCar = new AppointmentInput(999_999L, ServiceType.REPAIR, mechanics, MONDAY,
                LocalTime.of(9, 0), "1", "", null, Channel.PHONE, false, "", "");
        InvalidFieldsException unknown = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(unknownCar, null, null));
        assertThat(unknown.byField().get(AppointmentInput.VEHICLE).messageKey())
                .isEqualTo("appointment.invalid.unknownVehicle");

        InvalidFieldsException offGrid = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(booking(camry, mechanics, MONDAY, "09:10", "1"), null, null));
        assertThat(offGrid.byField().get(AppointmentInput.SLOT).messageKey()).isEqualTo("appointment.invalid.slot");

        InvalidFieldsException sunday = catchThrowableOfType(InvalidFieldsException.class,
                () -> services.appointments().book(booking(camry, mechanics, SUNDAY, "09:00", "1"), null, null));
        assertThat(sunday.byField().get(AppointmentInput.DAY).messageKey()).isEqualTo("appointment.invalid.closed");

        services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "1"), null, null);
        BusinessRuleException twice = catchThrowableOfType(BusinessRuleException.class,
                () -> services.appointments().book(booking(camry, body, MONDAY, "15:00", "1"), null, null));
        assertThat(twice.messageKey()).isEqualTo("appointment.vehicleAlreadyBooked");

        assertThat(services.appointments().bookings(MONDAY)).hasSize(1);
        assertThat(group(services.appointments().day(MONDAY), mechanics).booked()).isEqualByComparingTo("1");
    }

    @Test
    void reschedulingKeepsTheOldBookingAndMovesTheHours() {
        Appointment booked = services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "3"), null, null);

        Appointment moved = services.appointments().reschedule(booked.id(), booked.version(), WEDNESDAY,
                LocalTime.of(14, 0), null, null);

        assertThat(moved.rescheduledFrom()).isEqualTo(booked.id());
        assertThat(moved.day()).isEqualTo(WEDNESDAY);
        assertThat(moved.estimatedHours()).isEqualByComparingTo("3");
        assertThat(services.appointments().find(booked.id()).status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(services.appointments().ofVehicle(camry.id())).extracting(Appointment::day, Appointment::status)
                .containsExactly(tuple(WEDNESDAY, AppointmentStatus.BOOKED), tuple(MONDAY, AppointmentStatus.RESCHEDULED));
        assertThat(group(services.appointments().day(MONDAY), mechanics).booked()).isEqualByComparingTo("0");
        assertThat(group(services.appointments().day(WEDNESDAY), mechanics).booked()).isEqualByComparingTo("3");

        BusinessRuleException stale = catchThrowableOfType(BusinessRuleException.class,
                () -> services.appointments().reschedule(booked.id(), booked.version(), MONDAY, LocalTime.of(8, 0), null,
                        null));
        assertThat(stale.messageKey()).isEqualTo("appointment.notOpen");
    }

    @Test
    void anArrivedCarIsHandedToReceptionOnceWithEverythingOfItsBooking() {
        Appointment booked = services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "2.5"), null, null);
        clock.advance(Duration.ofDays(3)); // Monday 10:00

        Arrival arrival = services.appointments().arrive(booked.id());

        assertThat(arrival.appointmentId()).isEqualTo(booked.id());
        assertThat(arrival.vehicleId()).isEqualTo(camry.id());
        assertThat(arrival.customerId()).isEqualTo(camry.ownerId());
        assertThat(arrival.requestedItems()).containsExactly("更换机油、机滤", "检查刹车片");
        assertThat(arrival.estimatedHours()).isEqualByComparingTo("2.5");
        assertThat(arrival.estimatedCost()).isEqualTo(Money.of("680.00"));
        assertThat(arrival.customerWaits()).isTrue();
        assertThat(services.appointments().find(booked.id()).status()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> services.appointments().arrive(booked.id()))
                .messageKey()).isEqualTo("appointment.cannotArrive");

        Appointment cancelled = services.appointments().book(booking(corolla, mechanics, MONDAY, "15:00", "1"), null, null);
        services.appointments().cancel(cancelled.id(), cancelled.version(), "");
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> services.appointments().arrive(cancelled.id()))
                .messageKey()).isEqualTo("appointment.cannotArrive");
        Appointment tomorrow = services.appointments().book(booking(levin, mechanics, TUESDAY, "15:00", "1"), null, null);
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> services.appointments().arrive(tomorrow.id()))
                .messageKey()).isEqualTo("appointment.arriveOtherDay");
    }

    @Test
    void bookingsNotArrivedByTheEndOfTheDayBecomeNoShowsOnceAndAudited() {
        Appointment came = services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "1"), null, null);
        Appointment stayedAway = services.appointments().book(booking(corolla, mechanics, MONDAY, "10:00", "1"), null, null);
        Appointment confirmed = services.appointments().book(booking(levin, mechanics, MONDAY, "11:00", "1"), null, null);
        services.appointments().recordCall(confirmed.id(), CallOutcome.CONFIRMED, "");
        clock.advance(Duration.ofDays(3));
        services.appointments().arrive(came.id());
        assertThat(services.appointments().markNoShows()).as("Monday is not over").isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(services.appointments().markNoShows()).isEqualTo(2);
        assertThat(services.appointments().markNoShows()).as("a second look changes nothing").isZero();

        assertThat(services.appointments().bookings(MONDAY)).extracting(Appointment::id, Appointment::status)
                .containsExactly(tuple(came.id(), AppointmentStatus.ARRIVED),
                        tuple(stayedAway.id(), AppointmentStatus.NO_SHOW), tuple(confirmed.id(), AppointmentStatus.NO_SHOW));
        logIn("zhoujie");
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "APPOINTMENTS_NO_SHOW"))
                .extracting(AuditEntry::subjectId).containsExactlyInAnyOrder(String.valueOf(stayedAway.id()),
                        String.valueOf(confirmed.id()));
    }

    @Test
    void theAfternoonCallListConfirmsOrRecordsWhoCouldNotBeReached() {
        clock.advance(Duration.ofDays(2).plusHours(5)); // Sunday 15:00: tomorrow is Monday
        Appointment a = services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "1"), null, null);
        Appointment b = services.appointments().book(booking(corolla, mechanics, MONDAY, "10:00", "1"), null, null);

        services.appointments().recordCall(a.id(), CallOutcome.CONFIRMED, "");
        services.appointments().recordCall(b.id(), CallOutcome.NOT_REACHED, "关机");
        Appointment c = services.appointments().book(booking(levin, mechanics, MONDAY, "11:00", "1"), null, null);
        Appointment moved = services.appointments().reschedule(c.id(), c.version(), WEDNESDAY, LocalTime.of(11, 0), null,
                null);
        services.appointments().recordCall(c.id(), CallOutcome.RESCHEDULED, "改到周三");
        assertThat(services.appointments().find(c.id()).lastCall()).isEqualTo(CallOutcome.RESCHEDULED);
        assertThat(services.appointments().find(moved.id()).status()).isEqualTo(AppointmentStatus.BOOKED);

        assertThat(services.appointments().callList(MONDAY)).extracting(Appointment::id, Appointment::status,
                Appointment::lastCall).containsExactly(tuple(a.id(), AppointmentStatus.CONFIRMED, CallOutcome.CONFIRMED),
                tuple(b.id(), AppointmentStatus.BOOKED, CallOutcome.NOT_REACHED));
    }

    @Test
    void twoAdvisorsTakingTheLastSlotAtTheSameMomentOneSucceedsTheOtherIsTold() throws Exception {
        logIn("liuyang");
        services.workshop().setArrivalSlots(LocalTime.of(8, 0), LocalTime.of(17, 0), 30, 1, 0);
        services.authentication().logout();
        // a second workstation on the same database, with its own advisor logged in
        try (AppServices other = AppServices.open(settings, false,
                Path.of(System.getProperty("java.io.tmpdir")), clock)) {
            services.authentication().login("lina", PASSWORD.toCharArray());
            other.authentication().login("wangfang", PASSWORD.toCharArray());
            ExecutorService desks = Executors.newFixedThreadPool(2);
            try {
                List<LocalTime> slots = List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
                        LocalTime.of(11, 0), LocalTime.of(14, 0), LocalTime.of(15, 0));
                for (LocalTime slot : slots) {
                    CyclicBarrier sameMoment = new CyclicBarrier(2);
                    Callable<Object> first = () -> {
                        sameMoment.await();
                        return tryBook(services, booking(camry, mechanics, TUESDAY, slot.toString(), "1"));
                    };
                    Callable<Object> second = () -> {
                        sameMoment.await();
                        return tryBook(other, booking(corolla, mechanics, TUESDAY, slot.toString(), "1"));
                    };
                    Future<Object> a = desks.submit(first);
                    Future<Object> b = desks.submit(second);
                    List<Object> outcomes = List.of(a.get(), b.get());
                    assertThat(outcomes).as(slot.toString()).filteredOn(Appointment.class::isInstance).hasSize(1);
                    assertThat(outcomes).as(slot.toString()).filteredOn(BusinessRuleException.class::isInstance)
                            .singleElement().extracting(e -> ((BusinessRuleException) e).messageKey())
                            .isIn("appointment.overbooked.slot", "appointment.vehicleAlreadyBooked", "appointment.busy");
                    // the winner's car is booked for Tuesday now: cancel it so the next round starts alike
                    Appointment won = (Appointment) outcomes.stream().filter(Appointment.class::isInstance).findFirst()
                            .orElseThrow();
                    assertThat(services.appointments().bookings(TUESDAY)).filteredOn(x -> x.slot().equals(slot))
                            .filteredOn(x -> x.status() == AppointmentStatus.BOOKED).hasSize(1);
                    services.appointments().cancel(won.id(), won.version(), "test round");
                }
            } finally {
                desks.shutdownNow();
                other.authentication().logout();
            }
        }
    }

    private static Object tryBook(AppServices desk, AppointmentInput input) {
        try {
            return desk.appointments().book(input, null, null);
        } catch (BusinessRuleException refused) {
            return refused;
        }
    }

    @Test
    void carsDueForMaintenanceByDateOrByProjectedMileageFormACallList() {
        clock.advance(Duration.ofDays(-100));
        Customer li = services.customers().create(new CustomerInput(CustomerKind.PERSON, "李娜", "13987654321", "",
                "广州市越秀区中山五路 3 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        // 10,000 km on 19 August, 15,000 km today: 50 km a day, so 16,000 km in 20 days
        Vehicle driven = services.vehicles().create(li.id(), new VehicleInput(car("45678", "粤B45678", "", "").vin(),
                "粤B45678", null, "一汽丰田", "卡罗拉", "2025", "M20C1234567", "铂金银", "2025-08-01", "10000", "", "2027-08-01",
                "16000"), false);
        clock.advance(Duration.ofDays(100));
        services.vehicles().update(driven.id(), driven.version(), new VehicleInput(driven.vin().toString(), "粤B45678", null,
                "一汽丰田", "卡罗拉", "2025", "M20C1234567", "铂金银", "2025-08-01", "15000", "", "2027-08-01", "16000"),
                java.util.Optional.empty());

        List<DueVehicle> due = services.serviceReminders().due(4);

        assertThat(due).extracting(DueVehicle::plate, DueVehicle::dueOn, DueVehicle::byMileage).containsExactly(
                tuple("粤B45678", LocalDate.of(2026, 12, 17), true));
        assertThat(due.get(0).projectedMileage()).isEqualTo(15_000);
        assertThat(services.serviceReminders().due(8)).extracting(DueVehicle::plate)
                .containsExactly("粤B45678", "粤A12345"); // the Camry by its date, 10 January

        services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "1.5"), null, null);
        assertThat(services.serviceReminders().due(8)).as("a booked car is not called").extracting(DueVehicle::plate)
                .containsExactly("粤B45678");
    }

    @Test
    void theFiguresOfAPeriodCountShowsWalkInsAndCapacityUse() {
        services.appointments().book(booking(camry, mechanics, MONDAY, "09:00", "6"), null, null);
        Appointment second = services.appointments().book(booking(corolla, body, MONDAY, "09:00", "4"), null, null);
        services.appointments().book(new AppointmentInput(levin.id(), ServiceType.REPAIR, mechanics, MONDAY,
                LocalTime.of(10, 0), "6", "1200", null, Channel.WALK_IN, false, "刹车异响", ""), null, null);
        Appointment cancelled = services.appointments().book(booking(levin, body, TUESDAY, "09:00", "2"), null, null);
        services.appointments().cancel(cancelled.id(), cancelled.version(), "");
        clock.advance(Duration.ofDays(3));
        services.appointments().arrive(second.id());
        clock.advance(Duration.ofDays(1));
        services.appointments().markNoShows();

        AppointmentFigures figures = services.appointments().figures(MONDAY, TUESDAY);

        assertThat(figures.bookings()).isEqualTo(4);
        assertThat(figures.perDay()).extracting(AppointmentFigures.DayCount::bookings).containsExactly(3, 1);
        assertThat(figures.arrived()).isEqualTo(1);
        assertThat(figures.noShows()).isEqualTo(2);
        assertThat(figures.showRate()).isEqualByComparingTo("33.3");
        assertThat(figures.walkInShare()).isEqualByComparingTo("25.0");
        assertThat(figures.averagePerDay()).isEqualByComparingTo("2.0");
        assertThat(figures.groups()).extracting(AppointmentFigures.GroupUse::name, AppointmentFigures.GroupUse::percent)
                // the two no-shows used none of the mechanics' 48 h; 4 of the body shop's 32 h were used
                .containsExactly(tuple("机修组", new BigDecimal("0.0")), tuple("钣金组", new BigDecimal("12.5")));
    }
}
