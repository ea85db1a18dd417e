package com.fours.workbench.staff.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.staff.Appraisal;
import com.fours.workbench.staff.AppraisalFigure;
import com.fours.workbench.staff.AppraisalPeriodKind;
import com.fours.workbench.staff.AppraisalService;
import com.fours.workbench.staff.PlanLine;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.TrainingKind;
import com.fours.workbench.staff.TrainingRecord;
import com.fours.workbench.staff.TrainingService;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * The staff tab (人员, decision 0101): for the manager, training records, the plan and every
 * employee's appraisal; for everyone, his own appraisals to read, sign and print.
 */
public final class StaffView {

    private final StaffContext context;
    private final Messages messages;
    private final Formats formats;
    private SectionTabs tabs;

    public StaffView(StaffContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
    }

    public Node build() {
        List<Section> sections = new ArrayList<>();
        if (context.manager()) {
            TrainingViewModel training = new TrainingViewModel(context);
            sections.add(new TrainingPane(training));
            sections.add(new PlanPane(training));
            sections.add(new AppraisalPane("staffAppraisals", messages.get("staff.ui.tab.appraisals"),
                    new AppraisalViewModel(context, true)));
        }
        sections.add(new AppraisalPane("staffMine", messages.get("staff.ui.tab.mine"), new AppraisalViewModel(context, false)));
        tabs = new SectionTabs("staffSections", sections);
        return tabs.build();
    }

    public void activate() {
        if (tabs != null) {
            tabs.activate();
        }
    }

    private String employeeName(StaffMember m) {
        return m == null ? "" : m.name() + " · " + messages.of(m.role());
    }

    private final class TrainingPane implements Section {
        private final TrainingViewModel model;

        TrainingPane(TrainingViewModel model) {
            this.model = model;
        }

        @Override
        public String id() {
            return "staffTraining";
        }

        @Override
        public String title() {
            return messages.get("staff.ui.tab.training");
        }

        @Override
        public Node build() {
            FormGrid form = new FormGrid();
            ComboBox<StaffMember> employee = FormControls.choice("trainingEmployee", List.of(), model.employeeProperty(),
                    StaffView.this::employeeName);
            employee.setItems(model.staff());
            form.addField(messages.get("staff.col.employee"), employee, model.errors().of(TrainingService.EMPLOYEE));
            form.addField(messages.get("staff.col.course"), FormControls.text("trainingCourse", model.courseProperty()),
                    model.errors().of(TrainingService.COURSE));
            form.addField(messages.get("staff.col.kind"), FormControls.choice("trainingKind", List.of(TrainingKind.values()),
                    model.kindProperty(), messages), model.errors().of(TrainingService.KIND));
            form.addField(messages.get("staff.col.hours"), FormControls.text("trainingHours", model.hoursProperty(),
                    messages.get("staff.ui.hoursPrompt")), model.errors().of(TrainingService.HOURS));
            DatePicker heldOn = FormControls.datePicker("trainingHeldOn");
            heldOn.valueProperty().bindBidirectional(model.heldOnProperty());
            form.addField(messages.get("staff.col.heldOn"), heldOn, model.errors().of(TrainingService.HELD_ON));
            form.addField(messages.get("staff.col.trainer"), FormControls.text("trainingTrainer", model.trainerProperty()),
                    model.errors().of(TrainingService.TRAINER));
            CheckBox passed = new CheckBox(messages.get("staff.col.passed"));
            passed.setId("trainingPassed");
            passed.selectedProperty().bindBidirectional(model.passedProperty());
            form.addWide(passed);
            Button save = FormControls.button("trainingSave", messages.get("staff.ui.recordTraining"), Material2OutlinedMZ.SAVE);
            save.setDefaultButton(true);
            save.setOnAction(e -> model.save());
            form.addWide(save);
            form.setMaxWidth(520);

            TableView<TrainingRecord> table = new TableView<>(model.records());
            table.setId("trainingRecords");
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().add(Columns.date(messages.get("staff.col.heldOn"), TrainingRecord::heldOn, formats));
            table.getColumns().add(Columns.text(messages.get("staff.col.employee"), TrainingRecord::employeeName));
            table.getColumns().add(Columns.status(messages.get("staff.col.kind"), TrainingRecord::kind, messages));
            table.getColumns().add(Columns.quantity(messages.get("staff.col.hours"), TrainingRecord::hours, formats));
            table.getColumns().add(Columns.text(messages.get("staff.col.passed"),
                    r -> messages.get(r.passed() ? "staff.passed.yes" : "staff.passed.no")));
            table.getColumns().add(Columns.text(messages.get("staff.col.trainer"), TrainingRecord::trainer));
            table.getColumns().add(Columns.longText(messages.get("staff.col.course"), TrainingRecord::course));
            table.setPrefHeight(320);
            VBox.setVgrow(table, Priority.ALWAYS);
            VBox root = new VBox(10, FormControls.heading(messages.get("staff.ui.newTraining")), form,
                    FormControls.message("trainingMessage", model.messageProperty()),
                    FormControls.heading(messages.get("staff.ui.records")), table);
            root.setPadding(new Insets(12));
            model.refresh();
            return scroll(root);
        }

        @Override
        public void activate() {
            model.refresh();
        }
    }

    private final class PlanPane implements Section {
        private final TrainingViewModel model;

        PlanPane(TrainingViewModel model) {
            this.model = model;
        }

        @Override
        public String id() {
            return "staffPlan";
        }

        @Override
        public String title() {
            return messages.get("staff.ui.tab.plan");
        }

        @Override
        public Node build() {
            TableView<PlanLine> plan = new TableView<>(model.plan());
            plan.setId("trainingPlan");
            plan.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            plan.getColumns().add(Columns.text(messages.get("staff.col.employee"), p -> p.member().name()));
            plan.getColumns().add(Columns.text(messages.get("staff.col.role"), p -> messages.of(p.member().role())));
            plan.getColumns().add(Columns.date(messages.get("staff.col.since"), p -> p.member().since(), formats));
            plan.getColumns().add(Columns.text(messages.get("staff.col.induction"), this::induction));
            plan.getColumns().add(Columns.text(messages.get("staff.col.lastQuarter"), p -> p.lastQuarterDone() != null
                    ? formats.date(p.lastQuarterDone()) : messages.get(p.lastQuarterMissed() ? "staff.plan.missed" : "staff.plan.notDue")));
            plan.getColumns().add(Columns.text(messages.get("staff.col.thisQuarter"), p -> p.thisQuarterDone() != null
                    ? formats.date(p.thisQuarterDone()) : messages.get("staff.plan.open")));
            plan.getColumns().add(Columns.text(messages.get("staff.col.behind"),
                    p -> p.behind() ? messages.get("staff.plan.behind") : ""));
            plan.setPrefHeight(300);
            TableView<StaffMember> safety = new TableView<>(model.notTrainedInSafety());
            safety.setId("safetyNotTrained");
            safety.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            safety.getColumns().add(Columns.text(messages.get("staff.col.employee"), StaffMember::name));
            safety.getColumns().add(Columns.text(messages.get("staff.col.role"), m -> messages.of(m.role())));
            safety.setPrefHeight(200);
            Label rule = new Label(messages.get("staff.plan.rule"));
            rule.setWrapText(true);
            VBox root = new VBox(10, FormControls.heading(messages.get("staff.ui.plan")), rule, plan,
                    FormControls.heading(messages.get("staff.ui.safety")), safety);
            root.setPadding(new Insets(12));
            model.refresh();
            return scroll(root);
        }

        private String induction(PlanLine p) {
            if (p.inductionDone() != null) {
                return formats.date(p.inductionDone());
            }
            return messages.get(p.inductionOverdue() ? "staff.plan.inductionOverdue" : "staff.plan.inductionDue",
                    formats.date(p.inductionDue()));
        }

        @Override
        public void activate() {
            model.refresh();
        }
    }

    private final class AppraisalPane implements Section {
        private final String id;
        private final String title;
        private final AppraisalViewModel model;

        AppraisalPane(String id, String title, AppraisalViewModel model) {
            this.id = id;
            this.title = title;
            this.model = model;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public Node build() {
            VBox root = new VBox(10);
            root.setPadding(new Insets(12));
            if (model.manager()) {
                FormGrid form = new FormGrid();
                ComboBox<StaffMember> employee = FormControls.choice("appraisalEmployee", List.of(),
                        model.employeeProperty(), StaffView.this::employeeName);
                employee.setItems(model.staff());
                form.addField(messages.get("staff.col.employee"), employee, model.errors().of(AppraisalService.EMPLOYEE));
                form.addField(messages.get("staff.col.periodKind"), FormControls.choice("appraisalKind",
                        List.of(AppraisalPeriodKind.values()), model.kindProperty(), messages), model.errors().of(AppraisalService.KIND));
                DatePicker from = FormControls.datePicker("appraisalFrom");
                from.valueProperty().bindBidirectional(model.fromProperty());
                form.addField(messages.get("staff.col.from"), from, model.errors().of(AppraisalService.FROM));
                DatePicker to = FormControls.datePicker("appraisalTo");
                to.valueProperty().bindBidirectional(model.toProperty());
                form.addField(messages.get("staff.col.to"), to, model.errors().of(AppraisalService.TO));
                Button fill = FormControls.button("appraisalFill", messages.get("staff.ui.fill"), Material2OutlinedAL.ASSIGNMENT);
                fill.setOnAction(e -> model.fill());
                form.addWide(fill);
                form.setMaxWidth(520);
                root.getChildren().addAll(FormControls.heading(messages.get("staff.ui.fillTitle")), form);
            }
            root.getChildren().add(FormControls.message(id + "Message", model.messageProperty()));
            TableView<Appraisal> list = new TableView<>(model.appraisals());
            list.setId(id + "List");
            list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            list.getColumns().add(Columns.text(messages.get("staff.col.employee"), Appraisal::employeeName));
            list.getColumns().add(Columns.text(messages.get("staff.col.period"), model::period));
            list.getColumns().add(Columns.status(messages.get("staff.col.status"), Appraisal::status, messages));
            list.setPrefHeight(200);
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    model.appraisalProperty().set(now);
                }
            });
            root.getChildren().addAll(FormControls.heading(messages.get(model.manager() ? "staff.ui.allAppraisals"
                    : "staff.ui.myAppraisals")), list, sheet());
            model.refresh();
            return scroll(root);
        }

        private Node sheet() {
            Label heading = FormControls.heading("");
            heading.setId(id + "Heading");
            heading.setWrapText(true);
            heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                    model.appraisalProperty().get() == null ? messages.get("staff.sheet.none")
                            : model.heading(model.appraisalProperty().get()), model.appraisalProperty()));
            TableView<AppraisalFigure> figures = new TableView<>();
            figures.setId(id + "Figures");
            figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            figures.getColumns().add(Columns.text(messages.get("staff.col.figure"), f -> messages.get(f.messageKey())));
            figures.getColumns().add(Columns.number(messages.get("staff.col.value"), model::value));
            figures.setPrefHeight(260);
            model.appraisalProperty().addListener((obs, old, now) ->
                    figures.getItems().setAll(now == null ? List.of() : now.figures()));
            FormGrid marks = new FormGrid();
            ComboBox<Integer> ability = FormControls.choice(id + "Ability", AppraisalViewModel.MARKS, model.abilityProperty(),
                    m -> messages.get("staff.mark.value", m));
            ComboBox<Integer> attitude = FormControls.choice(id + "Attitude", AppraisalViewModel.MARKS,
                    model.attitudeProperty(), m -> messages.get("staff.mark.value", m));
            ComboBox<Integer> satisfaction = FormControls.choice(id + "Satisfaction", AppraisalViewModel.MARKS,
                    model.satisfactionProperty(), m -> messages.get("staff.mark.value", m));
            TextArea comments = FormControls.area(id + "Comments", model.commentsProperty(), null);
            comments.setPrefRowCount(3);
            comments.setWrapText(true);
            marks.addField(messages.get("staff.mark.ability"), ability, model.errors().of(AppraisalService.ABILITY));
            marks.addField(messages.get("staff.mark.attitude"), attitude, model.errors().of(AppraisalService.ATTITUDE));
            marks.addField(messages.get("staff.mark.satisfaction"), satisfaction,
                    model.errors().of(AppraisalService.SATISFACTION));
            marks.addField(messages.get("staff.mark.comments"), comments, model.errors().of(AppraisalService.COMMENTS));
            marks.setMaxWidth(620);
            var notDraft = model.draft().not();
            ability.disableProperty().bind(notDraft);
            attitude.disableProperty().bind(notDraft);
            satisfaction.disableProperty().bind(notDraft);
            comments.editableProperty().bind(model.draft());
            Label signatures = new Label();
            signatures.setId(id + "Signatures");
            signatures.setWrapText(true);
            signatures.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                    model.appraisalProperty().get() == null ? "" : model.signatures(model.appraisalProperty().get()),
                    model.appraisalProperty()));
            HBox buttons = new HBox(8);
            buttons.setAlignment(Pos.CENTER_LEFT);
            if (model.manager()) {
                Button save = FormControls.button(id + "Save", messages.get("staff.ui.save"), Material2OutlinedMZ.SAVE);
                save.disableProperty().bind(notDraft);
                save.setOnAction(e -> model.save());
                Button sign = FormControls.button(id + "SignManager", messages.get("staff.ui.signAsManager"),
                        Material2OutlinedAL.CREATE);
                sign.disableProperty().bind(notDraft);
                sign.setOnAction(e -> model.signAsManager());
                buttons.getChildren().addAll(save, sign);
            } else {
                Button sign = FormControls.button(id + "SignEmployee", messages.get("staff.ui.signAsEmployee"),
                        Material2OutlinedAL.CREATE);
                sign.disableProperty().bind(model.awaitingEmployee().not());
                sign.setOnAction(e -> model.signAsEmployee());
                buttons.getChildren().add(sign);
            }
            Button print = FormControls.button(id + "Print", messages.get("staff.ui.print"), Material2OutlinedMZ.PRINT);
            print.disableProperty().bind(model.appraisalProperty().isNull());
            print.setOnAction(e -> model.print(report -> new ReportPreviewWindow(context.window(), context.reports(), report,
                    context.background().executor(), messages).show()));
            buttons.getChildren().add(print);
            return new VBox(8, heading, figures, FormControls.heading(messages.get("staff.ui.marks")), marks, signatures,
                    buttons, FormControls.message(id + "SheetMessage", model.sheetMessageProperty()));
        }

        @Override
        public void activate() {
            model.refresh();
        }
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
