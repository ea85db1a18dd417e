package com.fours.workbench.appointments.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import atlantafx.base.theme.Styles;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.DayPlan;
import com.fours.workbench.appointments.GroupDay;
import com.fours.workbench.appointments.SlotLoad;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/**
 * The plan of a day (each group's booked against available hours, each arrival slot's cars, the
 * bookings) or of a week ({@link WeekGrid}), with the new booking. Its data is the tab's view
 * model, read again when the tab is shown.
 */
final class PlanSection implements Section {

    private final Messages messages;
    private final PlannerViewModel model;
    private final BookingActions bookings;

    PlanSection(Messages messages, PlannerViewModel model, BookingActions bookings) {
        this.messages = messages;
        this.model = model;
        this.bookings = bookings;
    }

    @Override
    public String id() {
        return "planTab";
    }

    @Override
    public String title() {
        return messages.get("appointments.ui.tab.plan");
    }

    @Override
    public Node build() {
        Button previous = iconButton("planPrevious", Material2OutlinedAL.CHEVRON_LEFT, "appointments.ui.previous");
        previous.setOnAction(e -> model.previous());
        Button next = iconButton("planNext", Material2OutlinedAL.CHEVRON_RIGHT, "appointments.ui.next");
        next.setOnAction(e -> model.next());
        DatePicker date = FormControls.datePicker("planDate");
        date.valueProperty().bindBidirectional(model.dateProperty());
        Button today = new Button(messages.get("appointments.ui.today"));
        today.setId("planToday");
        today.setOnAction(e -> model.goToday());
        ToggleGroup mode = new ToggleGroup();
        ToggleButton day = new ToggleButton(messages.get("appointments.ui.dayView"));
        day.setId("dayMode");
        ToggleButton week = new ToggleButton(messages.get("appointments.ui.weekView"));
        week.setId("weekMode");
        day.setToggleGroup(mode);
        week.setToggleGroup(mode);
        day.setSelected(!model.weekModeProperty().get());
        week.setSelected(model.weekModeProperty().get());
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                model.weekModeProperty().set(now == week);
            }
        });
        model.weekModeProperty().addListener((obs, old, now) -> (now ? week : day).setSelected(true));
        HBox modes = new HBox(day, week);
        modes.getStyleClass().add(StyleClasses.SEGMENTED);
        Label title = new Label();
        title.setId("planTitle");
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> titleOf(model.dayPlanProperty().get()),
                model.dayPlanProperty(), model.weekModeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button book = new Button(messages.get("appointments.ui.newBooking"), new FontIcon(Material2OutlinedAL.ADD));
        book.setId("newBooking");
        book.setVisible(bookings.mayBook());
        book.getStyleClass().add(Styles.ACCENT);
        book.setOnAction(e -> bookings.book(model.dateProperty().get(), null, null));
        book.setTooltip(new javafx.scene.control.Tooltip("Ctrl+N"));
        HBox toolbar = new HBox(8, previous, date, next, today, modes, title, spacer, book);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(StyleClasses.PLAN_TOOLBAR);

        FlowPane groups = new FlowPane(12, 12);
        groups.setId("groupCards");
        FlowPane slots = new FlowPane(6, 6);
        slots.setId("slotStrip");
        slots.getStyleClass().add(StyleClasses.SLOT_STRIP);
        model.dayPlanProperty().addListener((obs, old, now) -> showDay(now, groups, slots));
        showDay(model.dayPlanProperty().get(), groups, slots);
        TableView<Appointment> dayBookings = BookingTable.of("dayBookings", model.bookings(), true, messages);
        VBox.setVgrow(dayBookings, Priority.ALWAYS);
        HBox actions = new HBox(8, bookings.reschedule("dayReschedule", dayBookings), bookings.cancel("dayCancel", dayBookings));
        VBox dayPane = new VBox(10, groups, slots, dayBookings, actions);
        dayPane.setId("dayPane");

        GridPane weekGrid = new WeekGrid(messages, model).build();
        ScrollPane weekPane = new ScrollPane(weekGrid);
        weekPane.setId("weekPane");
        weekPane.setFitToWidth(true);
        dayPane.visibleProperty().bind(model.weekModeProperty().not());
        weekPane.visibleProperty().bind(model.weekModeProperty());
        StackPane body = new StackPane(dayPane, weekPane);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox pane = new VBox(12, toolbar, body);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private void showDay(DayPlan plan, FlowPane groups, FlowPane slots) {
        groups.getChildren().setAll(plan == null ? List.of() : plan.groups().stream().map(this::groupCard).toList());
        slots.getChildren().setAll(plan == null ? List.of() : plan.slots().stream().map(this::slotChip).toList());
        if (plan != null && !plan.open()) {
            Label closed = new Label(messages.get("appointments.ui.closedDay", plan.calendarName()));
            closed.getStyleClass().add(StyleClasses.FIELD_HINT);
            slots.getChildren().setAll(closed);
        }
    }

    private String titleOf(DayPlan plan) {
        if (plan == null) {
            return "";
        }
        if (model.weekModeProperty().get()) {
            LocalDate monday = plan.day().with(java.time.DayOfWeek.MONDAY);
            return messages.get("appointments.ui.weekOf", Texts.day(monday, messages), Texts.day(monday.plusDays(6), messages));
        }
        int booked = plan.groups().stream().mapToInt(GroupDay::bookings).sum();
        return Texts.day(plan.day(), messages) + (plan.calendarName().isEmpty() ? "" : " · " + plan.calendarName()) + " · "
                + messages.get("appointments.ui.bookingsCount", booked);
    }

    private Node groupCard(GroupDay group) {
        Label name = new Label(group.name());
        name.getStyleClass().add(StyleClasses.GROUP_NAME);
        ProgressBar bar = new ProgressBar(Math.min(1, group.load()));
        bar.setPrefWidth(220);
        bar.pseudoClassStateChanged(PlanPseudoClasses.OVER, group.overbooked());
        bar.pseudoClassStateChanged(PlanPseudoClasses.FULL, !group.overbooked() && group.load() >= 0.9);
        Label hours = new Label(messages.get("appointments.ui.groupHours", Texts.hours(group.booked()),
                Texts.hours(group.available())));
        hours.getStyleClass().add(StyleClasses.GROUP_HOURS);
        Label free = new Label(group.overbooked()
                ? messages.get("appointments.ui.groupOver", Texts.hours(group.free().negate()))
                : messages.get("appointments.ui.groupFree", Texts.hours(group.free()), group.bookings()));
        free.getStyleClass().add(StyleClasses.FIELD_HINT);
        free.setId("free-" + group.groupId());
        VBox card = new VBox(4, name, bar, hours, free);
        card.getStyleClass().add(StyleClasses.GROUP_CARD);
        card.pseudoClassStateChanged(PlanPseudoClasses.OVER, group.overbooked());
        return card;
    }

    private Node slotChip(SlotLoad slot) {
        Label chip = new Label(slot.slot() + "  " + slot.booked() + "/" + slot.limit());
        chip.getStyleClass().add(StyleClasses.SLOT_CHIP);
        chip.pseudoClassStateChanged(PlanPseudoClasses.FULL, slot.full());
        chip.pseudoClassStateChanged(PlanPseudoClasses.OVER, slot.booked() > slot.limit());
        return chip;
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tooltipKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get(tooltipKey)));
        return button;
    }
}
