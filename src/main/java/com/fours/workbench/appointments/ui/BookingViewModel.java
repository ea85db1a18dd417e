package com.fours.workbench.appointments.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentInput;
import com.fours.workbench.appointments.AppointmentService;
import com.fours.workbench.appointments.ArrivalSlots;
import com.fours.workbench.appointments.BookableJob;
import com.fours.workbench.appointments.Channel;
import com.fours.workbench.appointments.DayPlan;
import com.fours.workbench.appointments.GroupDay;
import com.fours.workbench.appointments.OverbookingException;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.appointments.SlotLoad;
import com.fours.workbench.appointments.Technician;
import com.fours.workbench.appointments.WorkGroup;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.LiveSearch;

/**
 * A booking being made (or moved): the car found by any fragment, what is to be done, the day
 * with each arrival slot's cars and the group's hours left. Over capacity the service's warning
 * comes back with its figures; the advisor gives a reason and, without the right to confirm it, a
 * manager at the desk confirms with name and password.
 */
public final class BookingViewModel {

    private final AppointmentsContext context;
    private final Messages messages;
    private final Appointment rescheduling;
    private final LiveSearch<SearchHit> search;
    private final ObservableList<SearchHit> cars = FXCollections.observableArrayList();
    private final ObjectProperty<Long> vehicleId = new SimpleObjectProperty<>(this, "vehicleId");
    private final StringProperty vehicleText = new SimpleStringProperty(this, "vehicleText", "");
    private final ObjectProperty<ServiceType> serviceType = new SimpleObjectProperty<>(this, "serviceType",
            ServiceType.MAINTENANCE);
    private final ObservableList<WorkGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<WorkGroup> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObservableList<SlotLoad> slots = FXCollections.observableArrayList();
    private final ObjectProperty<SlotLoad> slot = new SimpleObjectProperty<>(this, "slot");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final StringProperty cost = new SimpleStringProperty(this, "cost", "");
    private final ObservableList<Technician> advisors = FXCollections.observableArrayList();
    private final ObjectProperty<Technician> advisor = new SimpleObjectProperty<>(this, "advisor");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, "channel", Channel.PHONE);
    private final BooleanProperty customerWaits = new SimpleBooleanProperty(this, "customerWaits");
    private final StringProperty items = new SimpleStringProperty(this, "items", "");
    private final ObservableList<BookableJob> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<BookableJob> job = new SimpleObjectProperty<>(this, "job");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<DayPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final StringProperty capacityHint = new SimpleStringProperty(this, "capacityHint", "");
    private final StringProperty overbookWarning = new SimpleStringProperty(this, "overbookWarning", "");
    private final StringProperty overbookReason = new SimpleStringProperty(this, "overbookReason", "");
    private final BooleanProperty needsApproval = new SimpleBooleanProperty(this, "needsApproval");
    private final StringProperty approverName = new SimpleStringProperty(this, "approverName", "");
    private final StringProperty approverPassword = new SimpleStringProperty(this, "approverPassword", "");
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Appointment> saved = new SimpleObjectProperty<>(this, "saved");
    private final FieldErrors errors = new FieldErrors();

    public BookingViewModel(AppointmentsContext context, LocalDate initialDay, Appointment rescheduling) {
        this.context = context;
        this.messages = context.messages();
        this.rescheduling = rescheduling;
        this.search = context.archive().search();
        search.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) change ->
                cars.setAll(search.hits().stream().filter(h -> h.vehicleId() != null).toList()));
        day.addListener((obs, old, now) -> loadDay());
        group.addListener((obs, old, now) -> updateHint());
        plan.addListener((obs, old, now) -> updateHint());
        // a change of what was asked withdraws a warning given for the old request
        javafx.beans.InvalidationListener withdraw = obs -> overbookWarning.set("");
        day.addListener(withdraw);
        slot.addListener((obs, old, now) -> {
            // the slots are reloaded after each attempt: only another time chosen withdraws the warning
            if (old != null && now != null && !old.slot().equals(now.slot())) {
                overbookWarning.set("");
            }
        });
        group.addListener(withdraw);
        hours.addListener(withdraw);
        if (rescheduling != null) {
            vehicleId.set(rescheduling.vehicleId());
            vehicleText.set(label(rescheduling));
            serviceType.set(rescheduling.serviceType());
            hours.set(Texts.hours(rescheduling.estimatedHours()));
            cost.set(rescheduling.estimatedCost().toPlainString());
            channel.set(rescheduling.channel());
            customerWaits.set(rescheduling.customerWaits());
            items.set(rescheduling.requestedItems());
            notes.set(rescheduling.notes());
        }
        LocalDate first = initialDay == null || initialDay.isBefore(context.appointments().today())
                ? context.appointments().today() : initialDay;
        load(first);
        if (rescheduling == null) {
            context.background().run(() -> context.bookableJobs().get(), jobs::setAll, this::failed);
        }
    }

    /** The labour catalog's canned jobs and operations, for {@link #addJob}. */
    public ObservableList<BookableJob> jobs() {
        return jobs;
    }

    public ObjectProperty<BookableJob> jobProperty() {
        return job;
    }

    /**
     * Books the chosen catalog job: its name goes on a line of what was asked, its hours onto the
     * estimate. Hours typed in a form the service would refuse stay as typed, with the reason.
     */
    public void addJob() {
        BookableJob chosen = job.get();
        if (chosen == null) {
            return;
        }
        String asked = items.get() == null ? "" : items.get().strip();
        items.set(asked.isEmpty() ? chosen.name() : asked + "\n" + chosen.name());
        errors.of(AppointmentInput.HOURS).set("");
        try {
            BigDecimal typed = hours.get() == null || hours.get().isBlank() ? BigDecimal.ZERO
                    : AppointmentService.hours(hours.get());
            hours.set(Texts.hours(typed.add(chosen.hours())));
        } catch (InvalidValueException refused) {
            errors.of(AppointmentInput.HOURS).set(messages.of(refused));
        }
        job.set(null);
    }

    private static String label(Appointment a) {
        return a.vehicleLabel() + "  " + a.customerName() + "  " + (a.brand() == null ? "" : a.brand()) + " "
                + (a.model() == null ? "" : a.model());
    }

    private void load(LocalDate first) {
        busy.set(true);
        context.background().run(() -> new Object[] {context.appointments().groups(), context.appointments().advisors(),
                context.appointments().arrivalSlots()}, loaded -> {
                    busy.set(false);
                    @SuppressWarnings("unchecked") List<WorkGroup> g = (List<WorkGroup>) loaded[0];
                    @SuppressWarnings("unchecked") List<Technician> a = (List<Technician>) loaded[1];
                    groups.setAll(g);
                    advisors.setAll(a);
                    if (rescheduling != null) {
                        g.stream().filter(x -> x.id() == rescheduling.workGroupId()).findFirst().ifPresent(group::set);
                        a.stream().filter(x -> rescheduling.advisorId() != null && x.userId() == rescheduling.advisorId())
                                .findFirst().ifPresent(advisor::set);
                    } else if (!g.isEmpty()) {
                        group.set(g.get(0));
                        long me = context.session().requireUser().id();
                        a.stream().filter(x -> x.userId() == me).findFirst().ifPresent(advisor::set);
                    }
                    ArrivalSlots rhythm = (ArrivalSlots) loaded[2];
                    LocalDateTime now = LocalDateTime.now(context.clock());
                    boolean todayIsOver = !LocalDateTime.of(first, rhythm.lastSlot()).isAfter(now);
                    day.set(todayIsOver && first.equals(now.toLocalDate()) ? first.plusDays(1) : first);
                }, this::failed);
    }

    /** The chosen day's slots and hours, for the choice of slot and the hint under the group. */
    public void loadDay() {
        LocalDate chosen = day.get();
        if (chosen == null) {
            return;
        }
        LocalTime before = slot.get() == null ? null : slot.get().slot();
        context.background().run(() -> context.appointments().day(chosen), loaded -> {
            if (!chosen.equals(day.get())) {
                return;
            }
            plan.set(loaded);
            LocalDateTime now = LocalDateTime.now(context.clock());
            slots.setAll(loaded.slots().stream().filter(s -> LocalDateTime.of(chosen, s.slot()).isAfter(now)).toList());
            slot.set(slots.stream().filter(s -> s.slot().equals(before)).findFirst().orElse(null));
        }, this::failed);
    }

    private void updateHint() {
        DayPlan p = plan.get();
        WorkGroup g = group.get();
        if (p == null || g == null) {
            capacityHint.set("");
            return;
        }
        if (!p.open()) {
            capacityHint.set(messages.get("appointments.ui.booking.closed", p.calendarName()));
            return;
        }
        GroupDay load = p.groups().stream().filter(x -> x.groupId() == g.id()).findFirst().orElse(null);
        capacityHint.set(load == null ? "" : messages.get("appointments.ui.booking.capacity", load.name(),
                Texts.hours(load.booked()), Texts.hours(load.available()), Texts.hours(load.free())));
    }

    public void choose(SearchHit hit) {
        if (hit == null || hit.vehicleId() == null) {
            return;
        }
        vehicleId.set(hit.vehicleId());
        vehicleText.set((hit.plate() != null ? hit.plate() : hit.vin()) + "  " + hit.ownerName() + "  "
                + hit.brandAndModel());
        errors.of(AppointmentInput.VEHICLE).set("");
    }

    /** A car entered just now through the customer and vehicle forms. */
    public void chooseNewVehicle(long newVehicleId) {
        vehicleId.set(newVehicleId);
        context.background().run(() -> context.vehicles().card(newVehicleId), card -> vehicleText.set(
                card.vehicle().label() + "  " + card.owner().name() + "  " + card.vehicle().brand() + " "
                        + card.vehicle().model()), this::failed);
    }

    public AppointmentInput input() {
        return new AppointmentInput(vehicleId.get(), serviceType.get(), group.get() == null ? null : group.get().id(),
                day.get(), slot.get() == null ? null : slot.get().slot(), hours.get(), cost.get(),
                advisor.get() == null ? null : advisor.get().userId(), channel.get(), customerWaits.get(), items.get(),
                notes.get());
    }

    /** Books (or moves) it; a second press after an overbooking warning books anyway with the reason given. */
    public void save() {
        if (busy.get()) {
            return;
        }
        AppointmentInput input = input();
        boolean confirming = !overbookWarning.get().isEmpty();
        String reason = confirming ? overbookReason.get() : null;
        boolean withApprover = confirming && needsApproval.get();
        String name = approverName.get();
        char[] password = approverPassword.get().toCharArray();
        errors.clear();
        formError.set("");
        busy.set(true);
        context.background().run(() -> {
            AuthenticatedUser approver = withApprover
                    ? context.authentication().approve(name, password, Permission.OVERBOOK_APPOINTMENTS) : null;
            if (rescheduling != null) {
                return context.appointments().reschedule(rescheduling.id(), rescheduling.version(), input.day(),
                        input.slot(), reason, approver);
            }
            return context.appointments().book(input, reason, approver);
        }, result -> {
            busy.set(false);
            approverPassword.set("");
            saved.set(result);
        }, this::refused);
    }

    private void refused(Throwable error) {
        busy.set(false);
        approverPassword.set("");
        if (error instanceof OverbookingException overbooked) {
            overbookWarning.set(messages.of(overbooked));
            needsApproval.set(!context.may(Permission.OVERBOOK_APPOINTMENTS));
            loadDay();
        } else if (error instanceof InvalidFieldsException invalid) {
            if (!errors.show(invalid, messages)) {
                formError.set(messages.of(invalid));
            }
        } else if (error instanceof BusinessRuleException refusal) {
            formError.set(messages.of(refusal));
            loadDay();
        } else {
            formError.set(context.errors().describe(error));
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        formError.set(context.errors().describe(error));
    }

    public boolean rescheduling() {
        return rescheduling != null;
    }

    public LiveSearch<SearchHit> search() {
        return search;
    }

    public ObservableList<SearchHit> cars() {
        return cars;
    }

    public ObjectProperty<Long> vehicleIdProperty() {
        return vehicleId;
    }

    public StringProperty vehicleTextProperty() {
        return vehicleText;
    }

    public ObjectProperty<ServiceType> serviceTypeProperty() {
        return serviceType;
    }

    public ObservableList<WorkGroup> groups() {
        return groups;
    }

    public ObjectProperty<WorkGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<SlotLoad> slots() {
        return slots;
    }

    public ObjectProperty<SlotLoad> slotProperty() {
        return slot;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ObservableList<Technician> advisors() {
        return advisors;
    }

    public ObjectProperty<Technician> advisorProperty() {
        return advisor;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public BooleanProperty customerWaitsProperty() {
        return customerWaits;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty capacityHintProperty() {
        return capacityHint;
    }

    public StringProperty overbookWarningProperty() {
        return overbookWarning;
    }

    public StringProperty overbookReasonProperty() {
        return overbookReason;
    }

    public BooleanProperty needsApprovalProperty() {
        return needsApproval;
    }

    public StringProperty approverNameProperty() {
        return approverName;
    }

    public StringProperty approverPasswordProperty() {
        return approverPassword;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Appointment> savedProperty() {
        return saved;
    }

    public FieldErrors errors() {
        return errors;
    }
}
