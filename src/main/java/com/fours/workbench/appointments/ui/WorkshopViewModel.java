package com.fours.workbench.appointments.ui;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.appointments.Absence;
import com.fours.workbench.appointments.ArrivalSlots;
import com.fours.workbench.appointments.CalendarDay;
import com.fours.workbench.appointments.CalendarDayKind;
import com.fours.workbench.appointments.Technician;
import com.fours.workbench.appointments.WorkshopService;
import com.fours.workbench.core.i18n.Messages;

/**
 * The workshop's capacity as the team lead keeps it: a group's technicians and hours per weekday,
 * absences, the store's closed and extra working days (调休), and the arrival slots.
 */
public final class WorkshopViewModel {

    /** A technician ticked or not as a member of the chosen group. */
    public static final class Member {
        private final Technician technician;
        private final BooleanProperty member = new SimpleBooleanProperty();

        Member(Technician technician, boolean member) {
            this.technician = technician;
            this.member.set(member);
        }

        public Technician technician() {
            return technician;
        }

        public BooleanProperty memberProperty() {
            return member;
        }
    }

    private final AppointmentsContext context;
    private final Messages messages;
    private final ObservableList<WorkshopService.GroupSetup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<WorkshopService.GroupSetup> group = new SimpleObjectProperty<>(this, "group");
    private final ObservableList<Technician> technicians = FXCollections.observableArrayList();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final Map<DayOfWeek, StringProperty> hours = new EnumMap<>(DayOfWeek.class);
    private final StringProperty newGroupName = new SimpleStringProperty(this, "newGroupName", "");
    private final ObservableList<Absence> absences = FXCollections.observableArrayList();
    private final ObjectProperty<Technician> absent = new SimpleObjectProperty<>(this, "absent");
    private final ObjectProperty<LocalDate> absenceFrom = new SimpleObjectProperty<>(this, "absenceFrom");
    private final ObjectProperty<LocalDate> absenceTo = new SimpleObjectProperty<>(this, "absenceTo");
    private final StringProperty absenceHours = new SimpleStringProperty(this, "absenceHours", "");
    private final StringProperty absenceReason = new SimpleStringProperty(this, "absenceReason", "");
    private final ObservableList<CalendarDay> calendar = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> calendarDay = new SimpleObjectProperty<>(this, "calendarDay");
    private final ObjectProperty<CalendarDayKind> calendarKind = new SimpleObjectProperty<>(this, "calendarKind",
            CalendarDayKind.CLOSED);
    private final ObjectProperty<DayOfWeek> worksAs = new SimpleObjectProperty<>(this, "worksAs", DayOfWeek.MONDAY);
    private final StringProperty calendarName = new SimpleStringProperty(this, "calendarName", "");
    private final StringProperty firstSlot = new SimpleStringProperty(this, "firstSlot", "");
    private final StringProperty lastSlot = new SimpleStringProperty(this, "lastSlot", "");
    private final StringProperty slotMinutes = new SimpleStringProperty(this, "slotMinutes", "");
    private final StringProperty carsPerSlot = new SimpleStringProperty(this, "carsPerSlot", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private int slotsVersion;

    public WorkshopViewModel(AppointmentsContext context) {
        this.context = context;
        this.messages = context.messages();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, new SimpleStringProperty(this, day.name(), ""));
        }
        group.addListener((obs, old, now) -> showGroup(now));
        LocalDate today = context.appointments().today();
        absenceFrom.set(today);
        absenceTo.set(today);
        calendarDay.set(today);
    }

    private record Loaded(List<WorkshopService.GroupSetup> groups, List<Technician> technicians, List<Absence> absences,
                          List<CalendarDay> calendar, ArrivalSlots slots) {
    }

    public void load() {
        LocalDate today = context.appointments().today();
        Long chosen = group.get() == null ? null : group.get().group().id();
        context.background().run(() -> new Loaded(context.workshop().groupSetups(), context.workshop().technicians(),
                context.workshop().absences(today, today.plusDays(90)), context.workshop().calendar(today.minusDays(7),
                today.plusDays(400)), context.appointments().arrivalSlots()), loaded -> {
                    technicians.setAll(loaded.technicians());
                    groups.setAll(loaded.groups());
                    group.set(loaded.groups().stream().filter(g -> chosen != null && g.group().id() == chosen).findFirst()
                            .orElse(loaded.groups().isEmpty() ? null : loaded.groups().get(0)));
                    absences.setAll(loaded.absences());
                    calendar.setAll(loaded.calendar());
                    ArrivalSlots slots = loaded.slots();
                    firstSlot.set(slots.firstSlot().toString());
                    lastSlot.set(slots.lastSlot().toString());
                    slotMinutes.set(String.valueOf(slots.slotMinutes()));
                    carsPerSlot.set(String.valueOf(slots.carsPerSlot()));
                    slotsVersion = slots.version();
                }, this::failed);
    }

    private void showGroup(WorkshopService.GroupSetup setup) {
        members.setAll(technicians.stream().map(t -> new Member(t, setup != null && setup.members().contains(t.userId())))
                .toList());
        for (DayOfWeek day : DayOfWeek.values()) {
            BigDecimal h = setup == null ? null : setup.hours().get(day);
            hours.get(day).set(h == null ? "" : Texts.hours(h));
        }
    }

    public void createGroup() {
        String name = newGroupName.get();
        int order = groups.size() + 1;
        act(() -> context.workshop().createGroup(name, order), "appointments.ui.workshop.saved", () -> newGroupName.set(""));
    }

    public void saveGroup() {
        WorkshopService.GroupSetup setup = group.get();
        if (setup == null) {
            return;
        }
        Map<DayOfWeek, BigDecimal> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String typed = hours.get(day).get().strip();
            if (!typed.isEmpty()) {
                try {
                    byDay.put(day, new BigDecimal(typed));
                } catch (NumberFormatException e) {
                    status.set(messages.get("workshop.invalidHours", typed));
                    return;
                }
            }
        }
        Set<Long> chosen = new HashSet<>();
        members.stream().filter(m -> m.memberProperty().get()).forEach(m -> chosen.add(m.technician().userId()));
        long id = setup.group().id();
        act(() -> {
            context.workshop().setMembers(id, chosen);
            context.workshop().setHours(id, byDay);
            return null;
        }, "appointments.ui.workshop.saved", () -> { });
    }

    public void addAbsence() {
        Technician who = absent.get();
        if (who == null || absenceFrom.get() == null || absenceTo.get() == null) {
            status.set(messages.get("appointments.ui.workshop.incomplete"));
            return;
        }
        BigDecimal partDay;
        try {
            partDay = absenceHours.get().isBlank() ? null : new BigDecimal(absenceHours.get().strip());
        } catch (NumberFormatException e) {
            status.set(messages.get("workshop.invalidHours", absenceHours.get()));
            return;
        }
        LocalDate from = absenceFrom.get();
        LocalDate to = absenceTo.get();
        String reason = absenceReason.get();
        act(() -> context.workshop().addAbsence(who.userId(), from, to, partDay, reason), "appointments.ui.workshop.saved",
                () -> {
                    absenceHours.set("");
                    absenceReason.set("");
                });
    }

    public void removeAbsence(Absence absence) {
        if (absence != null) {
            act(() -> {
                context.workshop().removeAbsence(absence.id());
                return null;
            }, "appointments.ui.workshop.saved", () -> { });
        }
    }

    public void markDay() {
        LocalDate day = calendarDay.get();
        if (day == null) {
            status.set(messages.get("appointments.ui.workshop.incomplete"));
            return;
        }
        CalendarDayKind kind = calendarKind.get();
        DayOfWeek as = worksAs.get();
        String name = calendarName.get();
        act(() -> {
            context.workshop().setCalendarDay(day, kind, as, name);
            return null;
        }, "appointments.ui.workshop.saved", () -> calendarName.set(""));
    }

    public void clearDay(CalendarDay day) {
        if (day != null) {
            act(() -> {
                context.workshop().clearCalendarDay(day.day());
                return null;
            }, "appointments.ui.workshop.saved", () -> { });
        }
    }

    public void saveSlots() {
        LocalTime first;
        LocalTime last;
        int minutes;
        int cars;
        try {
            first = LocalTime.parse(firstSlot.get().strip());
            last = LocalTime.parse(lastSlot.get().strip());
            minutes = Integer.parseInt(slotMinutes.get().strip());
            cars = Integer.parseInt(carsPerSlot.get().strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            status.set(messages.get("workshop.invalidSlots"));
            return;
        }
        int version = slotsVersion;
        act(() -> context.workshop().setArrivalSlots(first, last, minutes, cars, version), "appointments.ui.workshop.saved",
                () -> { });
    }

    private void act(Callable<?> work, String doneKey, Runnable after) {
        status.set("");
        context.background().run(work, result -> {
            status.set(messages.get(doneKey));
            after.run();
            load();
        }, error -> status.set(context.errors().describe(error)));
    }

    private void failed(Throwable error) {
        status.set(context.errors().describe(error));
    }

    public ObservableList<WorkshopService.GroupSetup> groups() {
        return groups;
    }

    public ObjectProperty<WorkshopService.GroupSetup> groupProperty() {
        return group;
    }

    public ObservableList<Technician> technicians() {
        return technicians;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public StringProperty hoursOf(DayOfWeek day) {
        return hours.get(day);
    }

    public StringProperty newGroupNameProperty() {
        return newGroupName;
    }

    public ObservableList<Absence> absences() {
        return absences;
    }

    public ObjectProperty<Technician> absentProperty() {
        return absent;
    }

    public ObjectProperty<LocalDate> absenceFromProperty() {
        return absenceFrom;
    }

    public ObjectProperty<LocalDate> absenceToProperty() {
        return absenceTo;
    }

    public StringProperty absenceHoursProperty() {
        return absenceHours;
    }

    public StringProperty absenceReasonProperty() {
        return absenceReason;
    }

    public ObservableList<CalendarDay> calendar() {
        return calendar;
    }

    public ObjectProperty<LocalDate> calendarDayProperty() {
        return calendarDay;
    }

    public ObjectProperty<CalendarDayKind> calendarKindProperty() {
        return calendarKind;
    }

    public ObjectProperty<DayOfWeek> worksAsProperty() {
        return worksAs;
    }

    public StringProperty calendarNameProperty() {
        return calendarName;
    }

    public StringProperty firstSlotProperty() {
        return firstSlot;
    }

    public StringProperty lastSlotProperty() {
        return lastSlot;
    }

    public StringProperty slotMinutesProperty() {
        return slotMinutes;
    }

    public StringProperty carsPerSlotProperty() {
        return carsPerSlot;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
