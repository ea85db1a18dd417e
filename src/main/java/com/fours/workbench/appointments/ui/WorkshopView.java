package com.fours.workbench.appointments.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import com.fours.workbench.appointments.Absence;
import com.fours.workbench.appointments.CalendarDay;
import com.fours.workbench.appointments.CalendarDayKind;
import com.fours.workbench.appointments.Technician;
import com.fours.workbench.appointments.WorkshopService;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/**
 * The Workshop sub-tab: groups with technicians and hours, absences, the calendar, the arrival
 * slots. Read each time it is shown.
 */
final class WorkshopView implements Section {

    private final Messages messages;
    private final WorkshopViewModel model;

    WorkshopView(AppointmentsContext context) {
        this.messages = context.messages();
        this.model = new WorkshopViewModel(context);
    }

    @Override
    public String id() {
        return "workshopTab";
    }

    @Override
    public String title() {
        return messages.get("appointments.ui.tab.workshop");
    }

    @Override
    public void activate() {
        model.load();
    }

    @Override
    public Node build() {
        Node built = content();
        model.load();
        return built;
    }

    private Node content() {
        Label status = new Label();
        status.setId("workshopStatus");
        status.getStyleClass().add(StyleClasses.FIELD_HINT);
        status.textProperty().bind(model.statusProperty());
        HBox columns = new HBox(24, groups(), absences(), calendar());
        VBox pane = new VBox(12, status, columns);
        pane.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add(StyleClasses.PLAN_TITLE);
        return heading;
    }

    private Node groups() {
        ListView<WorkshopService.GroupSetup> list = new ListView<>(model.groups());
        list.setId("workshopGroups");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WorkshopService.GroupSetup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.group().name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.groupProperty().set(now);
            }
        });
        model.groupProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        TextField name = new TextField();
        name.setId("workshopNewGroup");
        name.setPromptText(messages.get("appointments.ui.workshop.newGroupPrompt"));
        name.textProperty().bindBidirectional(model.newGroupNameProperty());
        Button add = new Button(messages.get("appointments.ui.workshop.addGroup"));
        add.setOnAction(e -> model.createGroup());
        name.setOnAction(e -> model.createGroup());
        HBox newGroup = new HBox(8, name, add);

        FlowPane members = new FlowPane(10, 6);
        members.setId("workshopMembers");
        members.setPrefWrapLength(360);
        model.members().addListener((ListChangeListener<WorkshopViewModel.Member>) change ->
                members.getChildren().setAll(model.members().stream().map(m -> {
                    CheckBox box = new CheckBox(m.technician().displayName());
                    box.selectedProperty().bindBidirectional(m.memberProperty());
                    return box;
                }).toList()));
        GridPane hours = new GridPane();
        hours.setHgap(6);
        hours.setVgap(4);
        int column = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField();
            field.setId("hours" + day.getValue());
            field.setPrefColumnCount(3);
            field.textProperty().bindBidirectional(model.hoursOf(day));
            hours.add(new Label(day.getDisplayName(TextStyle.SHORT, messages.locale())), column, 0);
            hours.add(field, column, 1);
            column++;
        }
        Button save = new Button(messages.get("appointments.ui.workshop.saveGroup"));
        save.setId("workshopSaveGroup");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.saveGroup());
        Label hoursTitle = new Label(messages.get("appointments.ui.workshop.hours"));
        hoursTitle.setWrapText(true);
        VBox box = new VBox(8, heading("appointments.ui.workshop.groups"), list, newGroup,
                new Label(messages.get("appointments.ui.workshop.members")), members, hoursTitle, hours, save);
        box.setPrefWidth(380);
        return box;
    }

    private Node absences() {
        TableView<Absence> table = new TableView<>(model.absences());
        table.setId("workshopAbsences");
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages.get("appointments.ui.workshop.technician"), Absence::technicianName));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.workshop.from"), (Absence a) -> Texts.shortDay(a.firstDay(), messages)));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.workshop.to"), (Absence a) -> Texts.shortDay(a.lastDay(), messages)));
        table.getColumns().add(Columns.number(messages.get("appointments.ui.col.hours"), (Absence a) -> a.wholeDay()
                ? messages.get("appointments.ui.workshop.wholeDay") : Texts.hours(a.hours())));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.workshop.reason"), Absence::reason));
        ComboBox<Technician> who = new ComboBox<>(model.technicians());
        who.setId("absenceTechnician");
        who.setConverter(FormControls.converter(Technician::displayName));
        who.valueProperty().bindBidirectional(model.absentProperty());
        who.setPromptText(messages.get("appointments.ui.workshop.technician"));
        DatePicker from = FormControls.datePicker("absenceFrom");
        from.valueProperty().bindBidirectional(model.absenceFromProperty());
        DatePicker to = FormControls.datePicker("absenceTo");
        to.valueProperty().bindBidirectional(model.absenceToProperty());
        TextField hours = new TextField();
        hours.setPromptText(messages.get("appointments.ui.workshop.hoursPrompt"));
        hours.setPrefColumnCount(6);
        hours.setId("absenceHours");
        hours.textProperty().bindBidirectional(model.absenceHoursProperty());
        TextField reason = new TextField();
        reason.setPromptText(messages.get("appointments.ui.workshop.reason"));
        reason.setId("absenceReason");
        reason.textProperty().bindBidirectional(model.absenceReasonProperty());
        Button add = new Button(messages.get("appointments.ui.workshop.addAbsence"));
        add.setId("addAbsence");
        add.setOnAction(e -> model.addAbsence());
        Button remove = new Button(messages.get("appointments.ui.workshop.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeAbsence(table.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(8, heading("appointments.ui.workshop.absences"), table, remove, who, new HBox(6, from, to),
                new HBox(6, hours, reason), add);
        box.setPrefWidth(420);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node calendar() {
        TableView<CalendarDay> table = new TableView<>(model.calendar());
        table.setId("workshopCalendar");
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages.get("appointments.ui.booking.day"), (CalendarDay d) -> Formats.of(messages.locale()).date(d.day()) + " " + Texts.shortDay(d.day(), messages)
                .split(" ")[0]));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.workshop.kind"), (CalendarDay d) -> messages.of(d.kind())
                + (d.worksAs() == null ? "" : " · " + messages.get("appointments.ui.workshop.worksAs",
                DayOfWeek.of(d.worksAs()).getDisplayName(TextStyle.FULL, messages.locale())))));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.workshop.name"), CalendarDay::name));
        DatePicker day = FormControls.datePicker("calendarDay");
        day.valueProperty().bindBidirectional(model.calendarDayProperty());
        ComboBox<CalendarDayKind> kind = new ComboBox<>();
        kind.getItems().setAll(CalendarDayKind.values());
        kind.setConverter(FormControls.converter(messages::of));
        kind.valueProperty().bindBidirectional(model.calendarKindProperty());
        ComboBox<DayOfWeek> as = new ComboBox<>();
        as.getItems().setAll(List.of(DayOfWeek.values()).subList(0, 5));
        as.setConverter(FormControls.converter(d -> messages.get("appointments.ui.workshop.worksAs",
                d.getDisplayName(TextStyle.FULL, messages.locale()))));
        as.valueProperty().bindBidirectional(model.worksAsProperty());
        as.disableProperty().bind(kind.valueProperty().isNotEqualTo(CalendarDayKind.WORKING));
        TextField name = new TextField();
        name.setPromptText(messages.get("appointments.ui.workshop.namePrompt"));
        name.textProperty().bindBidirectional(model.calendarNameProperty());
        Button mark = new Button(messages.get("appointments.ui.workshop.markDay"));
        mark.setOnAction(e -> model.markDay());
        Button clear = new Button(messages.get("appointments.ui.workshop.remove"));
        clear.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        clear.setOnAction(e -> model.clearDay(table.getSelectionModel().getSelectedItem()));

        GridPane slots = new GridPane();
        slots.setHgap(8);
        slots.setVgap(6);
        slots.addRow(0, new Label(messages.get("appointments.ui.workshop.firstSlot")), field(model.firstSlotProperty(), 5),
                new Label(messages.get("appointments.ui.workshop.lastSlot")), field(model.lastSlotProperty(), 5));
        slots.addRow(1, new Label(messages.get("appointments.ui.workshop.slotMinutes")), field(model.slotMinutesProperty(), 5),
                new Label(messages.get("appointments.ui.workshop.carsPerSlot")), field(model.carsPerSlotProperty(), 5));
        Button saveSlots = new Button(messages.get("appointments.ui.workshop.saveSlots"));
        saveSlots.setOnAction(e -> model.saveSlots());
        HBox dayRow = new HBox(6, day, kind);
        dayRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, heading("appointments.ui.workshop.calendar"), table, clear, dayRow, new HBox(6, as, name),
                mark, heading("appointments.ui.workshop.slots"), slots, saveSlots);
        box.setPrefWidth(420);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static TextField field(javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

}
