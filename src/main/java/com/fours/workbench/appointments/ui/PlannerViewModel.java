package com.fours.workbench.appointments.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentFigures;
import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.appointments.CallOutcome;
import com.fours.workbench.appointments.DayPlan;
import com.fours.workbench.appointments.DueVehicle;
import com.fours.workbench.core.i18n.Messages;

/**
 * The appointments tab: the day (or week) looked at with its groups' hours and its bookings,
 * today's arrivals, tomorrow's calls, the cars due for service and the figures. Each load runs in
 * the background; first, bookings of past days that never came become no-shows.
 */
public final class PlannerViewModel {

    private record Snapshot(DayPlan day, List<DayPlan> week, List<Appointment> bookings, List<Appointment> arrivals,
                            List<Appointment> calls) {
    }

    private final AppointmentsContext context;
    private final Messages messages;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final BooleanProperty weekMode = new SimpleBooleanProperty(this, "weekMode");
    private final ObjectProperty<DayPlan> dayPlan = new SimpleObjectProperty<>(this, "dayPlan");
    private final ObservableList<DayPlan> week = FXCollections.observableArrayList();
    private final ObservableList<Appointment> bookings = FXCollections.observableArrayList();
    private final ObservableList<Appointment> arrivals = FXCollections.observableArrayList();
    private final ObservableList<Appointment> calls = FXCollections.observableArrayList();
    private final ObservableList<DueVehicle> due = FXCollections.observableArrayList();
    private final IntegerProperty dueWeeks = new SimpleIntegerProperty(this, "dueWeeks", 4);
    private final ObjectProperty<LocalDate> figuresFrom = new SimpleObjectProperty<>(this, "figuresFrom");
    private final ObjectProperty<LocalDate> figuresTo = new SimpleObjectProperty<>(this, "figuresTo");
    private final ObjectProperty<AppointmentFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private long generation;

    public PlannerViewModel(AppointmentsContext context) {
        this.context = context;
        this.messages = context.messages();
        LocalDate today = context.appointments().today();
        date.set(today);
        figuresFrom.set(today.minusDays(27));
        figuresTo.set(today);
        date.addListener((obs, old, now) -> refresh());
        weekMode.addListener((obs, old, now) -> refresh());
    }

    public LocalDate today() {
        return context.appointments().today();
    }

    /** Loads the day or week looked at, today's arrivals and tomorrow's calls. */
    public void refresh() {
        LocalDate day = date.get();
        boolean wholeWeek = weekMode.get();
        LocalDate today = today();
        long mine = ++generation;
        loading.set(true);
        context.background().run(() -> {
            context.appointments().markNoShows();
            var service = context.appointments();
            return new Snapshot(service.day(day), wholeWeek ? service.week(day) : List.of(), service.bookings(day),
                    service.bookings(today), service.callList(today.plusDays(1)));
        }, snapshot -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            dayPlan.set(snapshot.day());
            week.setAll(snapshot.week());
            bookings.setAll(snapshot.bookings());
            arrivals.setAll(snapshot.arrivals());
            calls.setAll(snapshot.calls());
        }, this::failed);
    }

    public void previous() {
        date.set(date.get().minusDays(weekMode.get() ? 7 : 1));
    }

    public void next() {
        date.set(date.get().plusDays(weekMode.get() ? 7 : 1));
    }

    public void goToday() {
        date.set(today());
    }

    /** From a cell of the week: that day, as a day. */
    public void openDay(LocalDate day) {
        weekMode.set(false);
        date.set(day);
    }

    /**
     * The car has come: reception takes it, filled in, and the booking becomes arrived when the
     * intake sheet is saved. When reception cannot take it here, the booking is marked now and the
     * notice says who should receive it.
     */
    public void arrive(Appointment appointment) {
        if (appointment == null) {
            return;
        }
        context.background().run(() -> context.appointments().arrival(appointment.id()), (Arrival arrival) -> {
            boolean taken = context.reception().test(arrival);
            if (!taken) {
                // nobody here can receive it: marked now, for the advisor who will
                context.background().run(() -> context.appointments().arrive(appointment.id()), marked -> refresh(),
                        this::failed);
            }
            notice.set(taken ? messages.get("appointments.ui.arrived.handedOver", appointment.vehicleLabel())
                    : messages.get("appointments.ui.arrived.noReception", appointment.vehicleLabel()));
            refresh();
        }, this::failed);
    }

    public void call(Appointment appointment, CallOutcome outcome) {
        if (appointment == null) {
            return;
        }
        context.background().run(() -> context.appointments().recordCall(appointment.id(), outcome, ""), saved -> {
            notice.set(messages.get("appointments.ui.called", saved.vehicleLabel(), messages.of(outcome)));
            refresh();
        }, this::failed);
    }

    public void cancel(Appointment appointment) {
        if (appointment == null) {
            return;
        }
        context.background().run(() -> context.appointments().cancel(appointment.id(), appointment.version(), ""),
                saved -> {
                    notice.set(messages.get("appointments.ui.cancelled", saved.vehicleLabel()));
                    refresh();
                }, this::failed);
    }

    public void loadDue() {
        int weeks = dueWeeks.get();
        context.background().run(() -> context.reminders().due(weeks), due::setAll, this::failed);
    }

    public void loadFigures() {
        LocalDate from = figuresFrom.get();
        LocalDate to = figuresTo.get();
        if (from == null || to == null) {
            return;
        }
        context.background().run(() -> context.appointments().figures(from, to), figures::set, this::failed);
    }

    private void failed(Throwable error) {
        loading.set(false);
        context.errors().report(context.window(), error);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty weekModeProperty() {
        return weekMode;
    }

    public ObjectProperty<DayPlan> dayPlanProperty() {
        return dayPlan;
    }

    public ObservableList<DayPlan> week() {
        return week;
    }

    public ObservableList<Appointment> bookings() {
        return bookings;
    }

    public ObservableList<Appointment> arrivals() {
        return arrivals;
    }

    public ObservableList<Appointment> calls() {
        return calls;
    }

    public ObservableList<DueVehicle> due() {
        return due;
    }

    public IntegerProperty dueWeeksProperty() {
        return dueWeeks;
    }

    public ObjectProperty<LocalDate> figuresFromProperty() {
        return figuresFrom;
    }

    public ObjectProperty<LocalDate> figuresToProperty() {
        return figuresTo;
    }

    public ObjectProperty<AppointmentFigures> figuresProperty() {
        return figures;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
