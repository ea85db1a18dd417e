package com.fours.workbench.appointments.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentFigures;
import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.appointments.CallOutcome;
import com.fours.workbench.appointments.DayPlan;
import com.fours.workbench.appointments.DueVehicle;
import com.fours.workbench.appointments.GroupDay;
import com.fours.workbench.appointments.SlotLoad;
import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.StyleClasses;

/**
 * The Appointments tab: the plan of a day (each group's booked against available hours, each
 * arrival slot's cars, the bookings) or of a week (groups by days), today's arrivals with the
 * "arrived" hand-over to reception, tomorrow's calls, cars due for service, and the figures.
 */
public final class AppointmentsView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("full");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final AppointmentsContext context;
    private final Messages messages;
    private final PlannerViewModel model;
    private final LiveUpdates live;
    private Node root;

    public AppointmentsView(AppointmentsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new PlannerViewModel(context);
        this.live = new LiveUpdates(context.changes(), Set.of(ChangeTopic.BOOKING), () -> root, changes -> model.refresh());
    }

    public Parent build() {
        TabPane tabs = new TabPane(
                tab("planTab", "appointments.ui.tab.plan", plan()),
                tab("arrivalsTab", "appointments.ui.tab.arrivals", arrivals()),
                tab("callsTab", "appointments.ui.tab.calls", calls()),
                tab("dueTab", "appointments.ui.tab.due", due()),
                tab("figuresTab", "appointments.ui.tab.figures", figures()));
        if (context.may(com.fours.workbench.security.Permission.MANAGE_WORKSHOP_CAPACITY)) {
            WorkshopView workshop = new WorkshopView(context);
            Tab tab = tab("workshopTab", "appointments.ui.tab.workshop", workshop.build());
            tab.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    workshop.load();
                }
            });
            tabs.getTabs().add(tab);
        }
        tabs.setId("appointmentTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if ("dueTab".equals(now.getId()) && model.due().isEmpty()) {
                model.loadDue();
            } else if ("figuresTab".equals(now.getId()) && model.figuresProperty().get() == null) {
                model.loadFigures();
            }
        });
        BorderPane root = new BorderPane(tabs);
        root.getStyleClass().add(StyleClasses.APPOINTMENTS);
        // Ctrl+N books from anywhere in the tab: the advisor is on the phone
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                e.consume();
                book(model.dateProperty().get(), null, null);
            }
        });
        model.refresh();
        this.root = root;
        live.start();
        return root;
    }

    public void activate() {
        model.refresh();
        live.start();
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    // ---- the plan: a day or a week ------------------------------------------------------------

    private Node plan() {
        Button previous = iconButton("planPrevious", Material2OutlinedAL.CHEVRON_LEFT, "appointments.ui.previous");
        previous.setOnAction(e -> model.previous());
        Button next = iconButton("planNext", Material2OutlinedAL.CHEVRON_RIGHT, "appointments.ui.next");
        next.setOnAction(e -> model.next());
        DatePicker date = new DatePicker();
        date.setId("planDate");
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
        book.setVisible(mayBook());
        book.getStyleClass().add(Styles.ACCENT);
        book.setOnAction(e -> book(model.dateProperty().get(), null, null));
        book.setTooltip(new javafx.scene.control.Tooltip("Ctrl+N"));
        HBox toolbar = new HBox(8, previous, date, next, today, modes, title, spacer, book);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(StyleClasses.PLAN_TOOLBAR);

        FlowPane groups = new FlowPane(12, 12);
        groups.setId("groupCards");
        FlowPane slots = new FlowPane(6, 6);
        slots.setId("slotStrip");
        slots.getStyleClass().add(StyleClasses.SLOT_STRIP);
        model.dayPlanProperty().addListener((obs, old, now) -> {
            groups.getChildren().setAll(now == null ? List.of() : now.groups().stream().map(this::groupCard).toList());
            slots.getChildren().setAll(now == null ? List.of() : now.slots().stream().map(this::slotChip).toList());
            if (now != null && !now.open()) {
                Label closed = new Label(messages.get("appointments.ui.closedDay", now.calendarName()));
                closed.getStyleClass().add(StyleClasses.FIELD_HINT);
                slots.getChildren().setAll(closed);
            }
        });
        TableView<Appointment> bookings = appointmentTable("dayBookings", model.bookings(), true);
        VBox.setVgrow(bookings, Priority.ALWAYS);
        HBox actions = new HBox(8, reschedule("dayReschedule", bookings), cancel("dayCancel", bookings));
        VBox dayPane = new VBox(10, groups, slots, bookings, actions);
        dayPane.setId("dayPane");

        GridPane weekGrid = new GridPane();
        weekGrid.setId("weekGrid");
        weekGrid.getStyleClass().add(StyleClasses.WEEK_GRID);
        model.week().addListener((javafx.collections.ListChangeListener<DayPlan>) change -> fillWeek(weekGrid));
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
        bar.pseudoClassStateChanged(OVER, group.overbooked());
        bar.pseudoClassStateChanged(FULL, !group.overbooked() && group.load() >= 0.9);
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
        card.pseudoClassStateChanged(OVER, group.overbooked());
        return card;
    }

    private Node slotChip(SlotLoad slot) {
        Label chip = new Label(slot.slot() + "  " + slot.booked() + "/" + slot.limit());
        chip.getStyleClass().add(StyleClasses.SLOT_CHIP);
        chip.pseudoClassStateChanged(FULL, slot.full());
        chip.pseudoClassStateChanged(OVER, slot.booked() > slot.limit());
        return chip;
    }

    private void fillWeek(GridPane grid) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<DayPlan> days = List.copyOf(model.week());
        if (days.isEmpty()) {
            return;
        }
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        for (int d = 0; d < days.size(); d++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth(-1);
            column.setMinWidth(110);
            grid.getColumnConstraints().add(column);
        }
        LocalDate today = model.today();
        for (int d = 0; d < days.size(); d++) {
            DayPlan day = days.get(d);
            Label date = new Label(Texts.shortDay(day.day(), messages));
            date.getStyleClass().add(StyleClasses.WEEK_DAY);
            Label note = new Label(day.calendarName().isEmpty() ? (day.open() ? " " : messages.get("appointments.ui.closed"))
                    : day.calendarName());
            note.getStyleClass().add(StyleClasses.FIELD_HINT);
            VBox header = new VBox(2, date, note);
            header.getStyleClass().add(StyleClasses.WEEK_HEADER);
            header.pseudoClassStateChanged(TODAY, day.day().equals(today));
            header.pseudoClassStateChanged(CLOSED, !day.open());
            grid.add(header, d + 1, 0);
        }
        int groups = days.get(0).groups().size();
        for (int g = 0; g < groups; g++) {
            Label name = new Label(days.get(0).groups().get(g).name());
            name.getStyleClass().add(StyleClasses.GROUP_NAME);
            grid.add(name, 0, g + 1);
            for (int d = 0; d < days.size(); d++) {
                DayPlan day = days.get(d);
                GroupDay group = day.groups().get(g);
                grid.add(weekCell(day, group, today), d + 1, g + 1);
            }
        }
        Label total = new Label(messages.get("appointments.ui.weekBookings"));
        total.getStyleClass().add(StyleClasses.GROUP_NAME);
        grid.add(total, 0, groups + 1);
        for (int d = 0; d < days.size(); d++) {
            DayPlan day = days.get(d);
            int booked = day.groups().stream().mapToInt(GroupDay::bookings).sum();
            Label count = new Label(day.open() ? messages.get("appointments.ui.weekCount", booked) : "");
            count.getStyleClass().add(StyleClasses.WEEK_COUNT);
            grid.add(count, d + 1, groups + 1);
        }
    }

    private Node weekCell(DayPlan day, GroupDay group, LocalDate today) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add(StyleClasses.WEEK_CELL);
        cell.pseudoClassStateChanged(CLOSED, group.available().signum() == 0);
        cell.pseudoClassStateChanged(OVER, group.overbooked());
        cell.pseudoClassStateChanged(TODAY, day.day().equals(today));
        cell.pseudoClassStateChanged(DONE, day.day().isBefore(today));
        if (group.available().signum() == 0 && group.booked().signum() == 0) {
            cell.getChildren().add(new Label("—"));
        } else {
            Label hours = new Label(messages.get("appointments.ui.groupHours", Texts.hours(group.booked()),
                    Texts.hours(group.available())));
            ProgressBar bar = new ProgressBar(Math.min(1, group.load()));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.pseudoClassStateChanged(OVER, group.overbooked());
            bar.pseudoClassStateChanged(FULL, !group.overbooked() && group.load() >= 0.9);
            Label free = new Label(group.overbooked()
                    ? messages.get("appointments.ui.groupOver", Texts.hours(group.free().negate()))
                    : messages.get("appointments.ui.groupFreeShort", Texts.hours(group.free())));
            free.getStyleClass().add(StyleClasses.FIELD_HINT);
            cell.getChildren().addAll(hours, bar, free);
        }
        cell.setOnMouseClicked(e -> model.openDay(day.day()));
        return cell;
    }

    // ---- lists ---------------------------------------------------------------------------------

    private TableView<Appointment> appointmentTable(String id, javafx.collections.ObservableList<Appointment> items,
                                                    boolean withGroup) {
        TableView<Appointment> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.slot"), a -> a.slot().toString()));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.plate"), Appointment::vehicleLabel));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.customer"), Appointment::customerName));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.phone"), a -> a.phone() == null ? "" : a.phone()));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.model"), a -> (a.brand() == null ? "" : a.brand()) + " "
                + (a.model() == null ? "" : a.model())));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.type"), a -> messages.of(a.serviceType())));
        if (withGroup) {
            table.getColumns().add(Columns.text(messages.get("appointments.ui.col.group"), Appointment::groupName));
        }
        table.getColumns().add(Columns.number(messages.get("appointments.ui.col.hours"), a -> Texts.hours(a.estimatedHours())));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.advisor"), a -> a.advisorName() == null ? "" : a.advisorName()));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.waits"), a -> a.customerWaits()
                ? messages.get("appointments.ui.waits") : ""));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.status"), a -> messages.of(a.status())));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.items"), a -> String.join("；", a.itemLines())));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Appointment item, boolean empty) {
                super.updateItem(item, empty);
                boolean gone = !empty && item != null && (item.status() == AppointmentStatus.CANCELLED
                        || item.status() == AppointmentStatus.RESCHEDULED || item.status() == AppointmentStatus.NO_SHOW);
                pseudoClassStateChanged(DONE, gone);
            }
        });
        Label empty = new Label(messages.get("appointments.ui.noBookings"));
        empty.getStyleClass().add(StyleClasses.FIELD_HINT);
        table.setPlaceholder(empty);
        return table;
    }


    private Button reschedule(String id, TableView<Appointment> table) {
        Button button = new Button(messages.get("appointments.ui.reschedule"), new FontIcon(Material2OutlinedAL.EVENT));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !isOpen(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        button.setOnAction(e -> book(null, table.getSelectionModel().getSelectedItem(), null));
        return button;
    }

    private Button cancel(String id, TableView<Appointment> table) {
        Button button = new Button(messages.get("appointments.ui.cancel"), new FontIcon(Material2OutlinedAL.CANCEL));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !isOpen(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        button.setOnAction(e -> model.cancel(table.getSelectionModel().getSelectedItem()));
        return button;
    }

    /** A new booking finds the car in the archive: who may not search it (a team lead) plans, and does not book. */
    private boolean mayBook() {
        return context.may(com.fours.workbench.security.Permission.USE_CUSTOMERS);
    }

    private static boolean isOpen(Appointment a) {
        return a != null && a.status().isOpen();
    }

    private void book(LocalDate day, Appointment rescheduling, Long vehicleId) {
        if (rescheduling == null && !mayBook()) {
            return;
        }
        new BookingDialog(context).show(day, rescheduling, vehicleId).ifPresent(saved -> {
            model.noticeProperty().set(messages.get("appointments.ui.booked", saved.vehicleLabel(),
                    Texts.day(saved.day(), messages), saved.slot().toString()));
            model.refresh();
        });
    }

    private Node arrivals() {
        Label title = new Label(messages.get("appointments.ui.arrivalsTitle"));
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        Label notice = new Label();
        notice.setId("arrivalNotice");
        notice.getStyleClass().add(StyleClasses.ARRIVAL_NOTICE);
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        TableView<Appointment> table = appointmentTable("arrivals", model.arrivals(), true);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button arrived = new Button(messages.get("appointments.ui.arrived"), new FontIcon(Material2OutlinedAL.ASSIGNMENT));
        arrived.setId("markArrived");
        arrived.getStyleClass().add(Styles.ACCENT);
        arrived.disableProperty().bind(Bindings.createBooleanBinding(() -> !isOpen(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        arrived.setOnAction(e -> model.arrive(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !arrived.isDisabled()) {
                arrived.fire();
            }
        });
        Label counts = new Label();
        counts.getStyleClass().add(StyleClasses.FIELD_HINT);
        counts.textProperty().bind(Bindings.createStringBinding(() -> messages.get("appointments.ui.arrivalCounts",
                count(AppointmentStatus.BOOKED) + count(AppointmentStatus.CONFIRMED), count(AppointmentStatus.ARRIVED),
                count(AppointmentStatus.NO_SHOW), count(AppointmentStatus.CANCELLED)), model.arrivals()));
        HBox actions = new HBox(8, arrived, reschedule("arrivalReschedule", table), cancel("arrivalCancel", table), counts);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(10, title, notice, table, actions);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private long count(AppointmentStatus status) {
        return model.arrivals().stream().filter(a -> a.status() == status).count();
    }

    private Node calls() {
        Label title = new Label();
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        title.setText(messages.get("appointments.ui.callsTitle", Texts.day(model.today().plusDays(1), messages)));
        TableView<Appointment> table = appointmentTable("calls", model.calls(), false);
        table.getColumns().add(1, Columns.text(messages.get("appointments.ui.col.call"), a -> a.lastCall() == null ? ""
                : messages.of(a.lastCall())));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button confirmed = callButton("callConfirmed", CallOutcome.CONFIRMED, table);
        Button notReached = callButton("callNotReached", CallOutcome.NOT_REACHED, table);
        Button rescheduled = new Button(messages.of(CallOutcome.RESCHEDULED), new FontIcon(Material2OutlinedAL.EVENT));
        rescheduled.setId("callRescheduled");
        rescheduled.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        rescheduled.setOnAction(e -> {
            Appointment chosen = table.getSelectionModel().getSelectedItem();
            new BookingDialog(context).show(null, chosen, null).ifPresent(saved -> model.call(chosen, CallOutcome.RESCHEDULED));
        });
        HBox actions = new HBox(8, confirmed, notReached, rescheduled);
        VBox pane = new VBox(10, title, table, actions);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private Button callButton(String id, CallOutcome outcome, TableView<Appointment> table) {
        Button button = new Button(messages.of(outcome), new FontIcon(outcome == CallOutcome.CONFIRMED
                ? Material2OutlinedAL.CHECK : Material2OutlinedMZ.PHONE_MISSED));
        button.setId(id);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> model.call(table.getSelectionModel().getSelectedItem(), outcome));
        return button;
    }

    private Node due() {
        ComboBox<Integer> weeks = new ComboBox<>();
        weeks.setId("dueWeeks");
        weeks.getItems().setAll(2, 4, 6, 8);
        weeks.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : messages.get("appointments.ui.dueWeeks", value);
            }

            @Override
            public Integer fromString(String string) {
                return null;
            }
        });
        weeks.setValue(model.dueWeeksProperty().get());
        weeks.valueProperty().addListener((obs, old, now) -> {
            model.dueWeeksProperty().set(now);
            model.loadDue();
        });
        Label title = new Label(messages.get("appointments.ui.dueTitle"));
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        HBox top = new HBox(12, title, weeks);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<DueVehicle> table = new TableView<>(model.due());
        table.setId("dueVehicles");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // past due dates stay on the list (up to 90 days) but say so: they are not "in the next weeks"
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.dueOn"), (DueVehicle d) -> d.overdue()
                ? messages.get("appointments.ui.overdueBy", Texts.day(d.dueOn(), messages), d.daysOverdue())
                : Texts.day(d.dueOn(), messages)));
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DueVehicle item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.plate"), DueVehicle::plate));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.customer"), DueVehicle::ownerName));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.phone"), DueVehicle::phone));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.model"), DueVehicle::brandAndModel));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.why"), (DueVehicle d) -> d.byMileage()
                ? messages.get("appointments.ui.dueByMileage",
                        Formats.of(messages.locale()).kmNumber(d.nextServiceMileage()),
                        Formats.of(messages.locale()).kmNumber(d.projectedMileage()))
                : messages.get("appointments.ui.dueByDate")));
        Label empty = new Label(messages.get("appointments.ui.noneDue"));
        empty.getStyleClass().add(StyleClasses.FIELD_HINT);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button book = new Button(messages.get("appointments.ui.bookDue"), new FontIcon(Material2OutlinedAL.ADD));
        book.setId("bookDue");
        book.setVisible(mayBook());
        book.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        book.setOnAction(e -> {
            DueVehicle chosen = table.getSelectionModel().getSelectedItem();
            if (!mayBook()) {
                return;
            }
            new BookingDialog(context).show(null, null, chosen.vehicleId()).ifPresent(saved -> {
                model.refresh();
                model.loadDue();
            });
        });
        VBox pane = new VBox(10, top, table, book);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private Node figures() {
        DatePicker from = new DatePicker();
        from.setId("figuresFrom");
        from.valueProperty().bindBidirectional(model.figuresFromProperty());
        DatePicker to = new DatePicker();
        to.setId("figuresTo");
        to.valueProperty().bindBidirectional(model.figuresToProperty());
        Button show = new Button(messages.get("appointments.ui.showFigures"));
        show.setId("showFigures");
        show.setOnAction(e -> model.loadFigures());
        HBox top = new HBox(8, new Label(messages.get("appointments.ui.period")), from, new Label("–"), to, show);
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane numbers = new GridPane();
        numbers.setId("figureNumbers");
        numbers.setHgap(24);
        numbers.setVgap(6);
        TableView<AppointmentFigures.GroupUse> use = new TableView<>();
        use.setId("groupUse");
        use.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        use.getColumns().add(Columns.text(messages.get("appointments.ui.col.group"), AppointmentFigures.GroupUse::name));
        use.getColumns().add(Columns.number(messages.get("appointments.ui.col.available"), (AppointmentFigures.GroupUse g) -> Texts.hours(g.available())));
        use.getColumns().add(Columns.number(messages.get("appointments.ui.col.booked"), (AppointmentFigures.GroupUse g) -> Texts.hours(g.booked())));
        use.getColumns().add(Columns.number(messages.get("appointments.ui.col.use"), (AppointmentFigures.GroupUse g) -> Formats.of(messages.locale()).percent(g.percent())));
        use.setPrefHeight(200);
        model.figuresProperty().addListener((obs, old, f) -> {
            numbers.getChildren().clear();
            if (f == null) {
                return;
            }
            String[][] rows = {
                {messages.get("appointments.ui.fig.bookings"), String.valueOf(f.bookings())},
                {messages.get("appointments.ui.fig.perDay"), Formats.of(messages.locale()).quantity(f.averagePerDay())},
                {messages.get("appointments.ui.fig.showRate"), Formats.of(messages.locale()).percent(f.showRate()) + "  ("
                        + messages.get("appointments.ui.fig.showDetail", f.arrived(), f.noShows()) + ")"},
                {messages.get("appointments.ui.fig.walkIns"), Formats.of(messages.locale()).percent(f.walkInShare())
                        + "  (" + f.walkIns() + ")"},
                {messages.get("appointments.ui.fig.cancelled"), String.valueOf(f.cancelled())}};
            for (int i = 0; i < rows.length; i++) {
                Label value = new Label(rows[i][1]);
                value.setId("figure" + i);
                value.getStyleClass().add(StyleClasses.FIGURE_VALUE);
                numbers.addRow(i, new Label(rows[i][0]), value);
            }
            use.getItems().setAll(f.groups());
        });
        VBox pane = new VBox(14, top, numbers, use);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tooltipKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get(tooltipKey)));
        return button;
    }

}
