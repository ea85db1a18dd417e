package com.fours.workbench.safety.ui;

import java.util.Arrays;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.controlsfx.control.CheckListView;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.safety.Drill;
import com.fours.workbench.safety.DrillInput;
import com.fours.workbench.safety.DrillKind;
import com.fours.workbench.safety.Incident;
import com.fours.workbench.safety.IncidentInput;
import com.fours.workbench.safety.IncidentKind;
import com.fours.workbench.safety.IncidentSeverity;
import com.fours.workbench.safety.SafetyFigures;
import com.fours.workbench.security.Permission;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * The safety sections of the Environment and safety tab: incidents and near misses, emergency drills,
 * the year's safety figures. app/ hands them to the tab (EnvironmentContext.moreSections).
 */
public final class SafetyView {

    private static final double FORM_MIN_WIDTH = 340;
    private static final double FORM_PREF_WIDTH = 420;

    private final SafetyContext context;
    private final Messages messages;
    private final Formats formats;
    private final IncidentsViewModel incidents;
    private final DrillsViewModel drills;

    public SafetyView(SafetyContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.incidents = new IncidentsViewModel(context);
        this.drills = new DrillsViewModel(context);
    }

    public List<Section> sections() {
        return List.of(
                Section.refreshed("environmentTab-incidents", messages.get("safety.ui.tab.incidents"),
                        this::incidentsPane, incidents::refresh),
                Section.refreshed("environmentTab-drills", messages.get("safety.ui.tab.drills"), this::drillsPane,
                        drills::refresh),
                Section.refreshed("environmentTab-safetyFigures", messages.get("safety.ui.tab.figures"),
                        this::figuresPane, drills::refresh));
    }

    private static ScrollPane scrolled(String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId(id);
        return scroll;
    }

    private static FlowPane forms(Node... forms) {
        for (Node form : forms) {
            if (form instanceof FormGrid grid) {
                grid.setMinWidth(FORM_MIN_WIDTH);
                grid.setPrefWidth(FORM_PREF_WIDTH);
            }
        }
        FlowPane pane = new FlowPane(16, 12, forms);
        pane.setPrefWrapLength(2 * FORM_PREF_WIDTH + 16);
        return pane;
    }

    // ---- incidents and near misses

    private Node incidentsPane() {
        Button refresh = FormControls.button("safetyIncidentsRefresh", messages.get("safety.ui.refresh"),
                Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> incidents.refresh());
        HBox top = new HBox(10, FormControls.heading(messages.get("safety.ui.incidents")), refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = FormControls.message("safetyIncidentsMessage", incidents.messageProperty());

        TableView<Incident> table = new TableView<>(incidents.incidents());
        table.setId("safetyIncidents");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("safety.ui.noIncidents")));
        table.getColumns().addAll(List.of(
                Columns.dateTime(messages.get("safety.ui.col.when"), Incident::happenedAt, context.clock().getZone(),
                        formats),
                Columns.status(messages.get("safety.ui.col.kind"), Incident::kind, messages),
                Columns.status(messages.get("safety.ui.col.severity"), Incident::severity, messages),
                Columns.text(messages.get("safety.ui.col.place"), Incident::place),
                Columns.number(messages.get("safety.ui.col.injured"), i -> String.valueOf(i.injured())),
                Columns.text(messages.get("safety.ui.col.owner"), i -> i.ownerName() == null ? "" : i.ownerName()),
                Columns.date(messages.get("safety.ui.col.due"), Incident::dueOn, formats),
                Columns.text(messages.get("safety.ui.col.state"), i -> messages.get(i.open() ? "safety.ui.open"
                        : "safety.ui.closedState")),
                Columns.longText(messages.get("safety.ui.col.what"), Incident::what, 260)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                incidents.chosenProperty().set(now);
            }
        });
        incidents.chosenProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        VBox content = new VBox(8, top, message, table, forms(reportForm(), chosenForm()));
        content.setPadding(new Insets(10));
        return scrolled("safetyIncidentsPane", content);
    }

    private FormGrid reportForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("safety.ui.report")));
        form.addField(messages.get("safety.ui.kind"), FormControls.choice("safetyIncidentKind",
                Arrays.asList(IncidentKind.values()), incidents.kindProperty(), messages),
                incidents.reportErrors().of(IncidentInput.KIND));
        form.addField(messages.get("safety.ui.severity"), FormControls.choice("safetyIncidentSeverity",
                Arrays.asList(IncidentSeverity.values()), incidents.severityProperty(), messages),
                incidents.reportErrors().of(IncidentInput.SEVERITY));
        form.addField(messages.get("safety.ui.what"), FormControls.area("safetyIncidentWhat", incidents.whatProperty(),
                incidents::report), incidents.reportErrors().of(IncidentInput.WHAT));
        form.addField(messages.get("safety.ui.place"), FormControls.text("safetyIncidentPlace",
                incidents.placeProperty()), incidents.reportErrors().of(IncidentInput.PLACE));
        DatePicker day = FormControls.datePicker("safetyIncidentDay");
        day.valueProperty().bindBidirectional(incidents.dayProperty());
        form.addField(messages.get("safety.ui.day"), day, incidents.reportErrors().of(IncidentInput.DAY));
        form.addField(messages.get("safety.ui.time"), FormControls.text("safetyIncidentTime", incidents.timeProperty(),
                "HH:mm"), incidents.reportErrors().of(IncidentInput.TIME));
        form.addField(messages.get("safety.ui.involved"), FormControls.text("safetyIncidentInvolved",
                incidents.involvedProperty()), incidents.reportErrors().of(IncidentInput.INVOLVED));
        form.addField(messages.get("safety.ui.injured"), FormControls.text("safetyIncidentInjured",
                incidents.injuredProperty()), incidents.reportErrors().of(IncidentInput.INJURED));
        form.addField(messages.get("safety.ui.cause"), FormControls.area("safetyIncidentCause",
                incidents.causeProperty(), incidents::report), incidents.reportErrors().of(IncidentInput.CAUSE));
        form.addField(messages.get("safety.ui.immediate"), FormControls.area("safetyIncidentImmediate",
                incidents.immediateProperty(), incidents::report), incidents.reportErrors().of(IncidentInput.IMMEDIATE));
        Button report = FormControls.button("safetyIncidentReport", messages.get("safety.ui.reportButton"),
                Material2OutlinedAL.ADD);
        report.getStyleClass().add(Styles.ACCENT);
        report.setOnAction(e -> incidents.report());
        form.addWide(report);
        return form;
    }

    private FormGrid chosenForm() {
        FormGrid form = new FormGrid();
        Label heading = FormControls.heading("");
        heading.setId("safetyChosenIncident");
        heading.setWrapText(true);
        heading.textProperty().bind(incidents.chosenProperty().map(incidents::chosenText)
                .orElse(incidents.chosenText(null)));
        form.addWide(heading);
        TextArea corrective = FormControls.area("safetyCorrective", incidents.correctiveProperty(),
                incidents::saveMeasures);
        form.addField(messages.get("safety.ui.corrective"), corrective, incidents.chosenErrors().of(
                IncidentInput.CORRECTIVE));
        ComboBox<StaffMember> owner = FormControls.choice("safetyCorrectiveOwner", List.of(),
                incidents.ownerProperty(), incidents::staffText);
        owner.setItems(incidents.staff());
        form.addField(messages.get("safety.ui.owner"), owner, incidents.chosenErrors().of(IncidentInput.OWNER));
        DatePicker due = FormControls.datePicker("safetyCorrectiveDue");
        due.valueProperty().bindBidirectional(incidents.dueProperty());
        form.addField(messages.get("safety.ui.due"), due, incidents.chosenErrors().of(IncidentInput.DUE));
        Button save = FormControls.button("safetySaveMeasures", messages.get("safety.ui.saveMeasures"),
                Material2OutlinedMZ.SAVE);
        save.setOnAction(e -> incidents.saveMeasures());
        form.addWide(save);
        TextField note = FormControls.text("safetyClosingNote", incidents.closingNoteProperty());
        Button close = FormControls.button("safetyCloseIncident", messages.get("safety.ui.close"),
                Material2OutlinedAL.CHECK_CIRCLE);
        close.setOnAction(e -> incidents.close());
        boolean manager = context.may(Permission.MANAGE_WASTE_CATALOGUE);
        if (manager) {
            form.addField(messages.get("safety.ui.closingNote"), note, incidents.chosenErrors().of(
                    IncidentInput.CLOSING_NOTE));
            form.addWide(close);
        }
        var openChosen = incidents.chosenProperty().map(Incident::open).orElse(false);
        save.disableProperty().bind(openChosen.map(open -> !open));
        close.disableProperty().bind(openChosen.map(open -> !open));
        return form;
    }

    // ---- drills

    private Node drillsPane() {
        Label message = FormControls.message("safetyDrillsMessage", drills.messageProperty());
        TableView<Drill> table = new TableView<>(drills.drills());
        table.setId("safetyDrills");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(messages.get("safety.ui.noDrills")));
        table.getColumns().addAll(List.of(
                Columns.date(messages.get("safety.ui.col.day"), Drill::heldOn, formats),
                Columns.status(messages.get("safety.ui.col.kind"), Drill::kind, messages),
                Columns.text(messages.get("safety.ui.col.plan"), Drill::plan),
                Columns.number(messages.get("safety.ui.col.minutes"), d -> String.valueOf(d.minutes())),
                Columns.number(messages.get("safety.ui.col.people"), d -> String.valueOf(d.participants().size())),
                Columns.longText(messages.get("safety.ui.col.findings"), Drill::findings, 200),
                Columns.longText(messages.get("safety.ui.col.improvements"), Drill::improvements, 200)));

        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("safety.ui.newDrill")));
        form.addField(messages.get("safety.ui.drillKind"), FormControls.choice("safetyDrillKind",
                Arrays.asList(DrillKind.values()), drills.kindProperty(), messages), drills.errors().of(DrillInput.KIND));
        form.addField(messages.get("safety.ui.plan"), FormControls.text("safetyDrillPlan", drills.planProperty()),
                drills.errors().of(DrillInput.PLAN));
        DatePicker day = FormControls.datePicker("safetyDrillDay");
        day.valueProperty().bindBidirectional(drills.dayProperty());
        form.addField(messages.get("safety.ui.day"), day, drills.errors().of(DrillInput.DAY));
        form.addField(messages.get("safety.ui.minutes"), FormControls.text("safetyDrillMinutes",
                drills.minutesProperty()), drills.errors().of(DrillInput.MINUTES));
        form.addField(messages.get("safety.ui.findings"), FormControls.area("safetyDrillFindings",
                drills.findingsProperty(), drills::record), drills.errors().of(DrillInput.FINDINGS));
        form.addField(messages.get("safety.ui.improvements"), FormControls.area("safetyDrillImprovements",
                drills.improvementsProperty(), drills::record), drills.errors().of(DrillInput.IMPROVEMENTS));
        Button record = FormControls.button("safetyDrillRecord", messages.get("safety.ui.recordDrill"),
                Material2OutlinedAL.ADD);
        record.getStyleClass().add(Styles.ACCENT);
        record.setOnAction(e -> drills.record());
        form.addWide(record);

        FormGrid people = new FormGrid();
        people.addWide(FormControls.heading(messages.get("safety.ui.participants")));
        CheckListView<StaffMember> list = new CheckListView<>(drills.staff());
        list.setId("safetyDrillParticipants");
        list.setPrefHeight(260);
        list.setCellFactory(view -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                FormControls.converter(drills::staffText)));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<StaffMember>) change ->
                drills.participants().setAll(list.getCheckModel().getCheckedItems()));
        drills.participants().addListener((ListChangeListener<StaffMember>) change -> {
            if (drills.participants().isEmpty() && !list.getCheckModel().getCheckedItems().isEmpty()) {
                list.getCheckModel().clearChecks();
            }
        });
        people.addField(messages.get("safety.ui.whoTookPart"), list, drills.errors().of(DrillInput.PARTICIPANTS));

        VBox content = new VBox(8, FormControls.heading(messages.get("safety.ui.drills")), message, table,
                forms(form, people));
        content.setPadding(new Insets(10));
        return scrolled("safetyDrillsPane", content);
    }

    // ---- figures

    private Node figuresPane() {
        Label coverage = new Label();
        coverage.setId("safetyCoverage");
        coverage.setWrapText(true);
        coverage.getStyleClass().add(Styles.TITLE_4);
        coverage.textProperty().bind(drills.coverageProperty());
        TableView<StaffMember> untrained = new TableView<>(drills.notTrained());
        untrained.setId("safetyNotTrained");
        untrained.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        untrained.setPrefHeight(180);
        untrained.setPlaceholder(new Label(messages.get("safety.ui.allTrained")));
        untrained.getColumns().addAll(List.of(
                Columns.text(messages.get("safety.ui.col.name"), StaffMember::name),
                Columns.status(messages.get("safety.ui.col.role"), StaffMember::role, messages)));
        TableView<SafetyFigures.MonthCount> months = new TableView<>(drills.incidentMonths());
        months.setId("safetyIncidentMonths");
        months.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        months.setPrefHeight(180);
        months.setPlaceholder(new Label(messages.get("safety.ui.noIncidents")));
        months.getColumns().addAll(List.of(
                Columns.text(messages.get("safety.ui.col.month"), m -> m.month().toString()),
                Columns.status(messages.get("safety.ui.col.kind"), SafetyFigures.MonthCount::kind, messages),
                Columns.number(messages.get("safety.ui.col.count"), m -> formats.count(m.count()))));
        Label plan = new Label();
        plan.setId("safetyDrillsAgainstPlan");
        plan.setWrapText(true);
        plan.getStyleClass().add(Styles.TITLE_4);
        plan.textProperty().bind(drills.drillsAgainstPlanProperty());
        Label message = FormControls.message("safetyFiguresMessage", drills.messageProperty());
        VBox content = new VBox(8, FormControls.heading(messages.get("safety.ui.training")), coverage,
                FormControls.heading(messages.get("safety.ui.notTrained")), untrained,
                FormControls.heading(messages.get("safety.ui.incidentsPerMonth")), months,
                FormControls.heading(messages.get("safety.ui.drills")), plan, message);
        if (context.may(Permission.MANAGE_WASTE_CATALOGUE)) {
            FormGrid planned = new FormGrid();
            TextField count = FormControls.text("safetyDrillsPlanned", drills.plannedProperty());
            count.setPrefColumnCount(4);
            planned.addField(messages.get("safety.ui.planned"), count, drills.errors().of(DrillInput.PLANNED));
            Button save = FormControls.button("safetyDrillsPlannedSave", messages.get("safety.ui.savePlanned"),
                    Material2OutlinedMZ.SAVE);
            save.setOnAction(e -> drills.savePlanned());
            count.setOnAction(e -> drills.savePlanned());
            planned.addWide(save);
            content.getChildren().add(planned);
        }
        content.setPadding(new Insets(10));
        return scrolled("safetyFiguresPane", content);
    }
}
