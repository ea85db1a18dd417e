package com.fours.workbench.care.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.care.Callback;
import com.fours.workbench.care.CallbackOutcome;
import com.fours.workbench.care.CallbackService;
import com.fours.workbench.care.Questionnaire;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;

/** 回访: the caller's lists on the left, the visit at a glance and the survey on the right. */
final class CallbacksPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final CallbacksViewModel model;
    private final VBox questions = new VBox(6);

    CallbacksPane(CareContext context) {
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new CallbacksViewModel(context);
    }

    @Override
    public String id() {
        return "careTab-callbacks";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.callbacks");
    }

    @Override
    public Node build() {
        ComboBox<CallbackList> which = FormControls.choice("careCallbackList", List.of(CallbackList.values()),
                model.listProperty(), messages::of);
        Label counts = new Label();
        counts.textProperty().bind(model.countsProperty());
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(8, which, counts);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Callback> table = new TableView<>(model.rows());
        table.setId("careCallbacks");
        // the caller's key facts first; the work done, free text, last where it may be shortened
        table.getColumns().add(Columns.text(messages.get("care.ui.callbacks.due"), model::due));
        table.getColumns().add(Columns.text(messages.get("care.ui.callbacks.order"), Callback::orderNumber));
        table.getColumns().add(Columns.text(messages.get("care.ui.callbacks.plate"), Callback::plate));
        table.getColumns().add(Columns.text(messages.get("care.ui.callbacks.customer"), Callback::customerName));
        table.getColumns().add(Columns.text(messages.get("care.ui.callbacks.status"), model::status));
        table.getColumns().add(Columns.money(messages.get("care.ui.callbacks.amount"), Callback::amount, formats));
        table.getColumns().add(Columns.secondary(Columns.text(messages.get("care.ui.callbacks.consent"), model::consent)));
        table.getColumns().add(Columns.secondary(Columns.number(messages.get("care.ui.callbacks.handback"),
                c -> String.valueOf(c.handbackScore()))));
        table.getColumns().add(Columns.secondary(Columns.text(messages.get("care.ui.callbacks.advisor"), Callback::advisor)));
        table.getColumns().add(Columns.longText(messages.get("care.ui.callbacks.work"), Callback::workDone));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        VBox left = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        SplitPane split = new SplitPane(left, callPane());
        split.setDividerPositions(0.55);
        // each visit gets fresh answers: the choices are bound to them again
        model.answers().addListener((javafx.collections.ListChangeListener<Object>) c ->
                fillQuestions(model.questionnaireProperty().get()));
        model.refresh();
        return split;
    }

    private Node callPane() {
        Label visit = new Label();
        visit.setId("careCallbackVisit");
        visit.setWrapText(true);
        visit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.visit(model.selectedProperty().get()), model.selectedProperty()));
        Label serviceOnly = new Label(messages.get("care.ui.callbacks.serviceOnlyHint"));
        serviceOnly.setId("careCallbackServiceOnly");
        serviceOnly.setWrapText(true);
        serviceOnly.getStyleClass().add(Styles.WARNING);
        serviceOnly.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() != null && !model.selectedProperty().get().contactConsent(),
                model.selectedProperty()));
        serviceOnly.managedProperty().bind(serviceOnly.visibleProperty());

        TextArea remark = FormControls.area("careCallbackRemark", model.remarkProperty(), model::reached);
        remark.setPrefRowCount(3);
        Label answersError = FormControls.formError("careCallbackAnswersError");
        answersError.textProperty().bind(model.errors().of(CallbackService.ANSWERS));

        Button reached = FormControls.button("careCallbackReached", messages.get("care.ui.callbacks.reached"),
                Material2AL.CHECK);
        reached.setDefaultButton(true);
        reached.setOnAction(e -> model.reached());
        List<Button> calls = new ArrayList<>();
        for (CallbackOutcome outcome : List.of(CallbackOutcome.NO_ANSWER, CallbackOutcome.WRONG_NUMBER,
                CallbackOutcome.CALL_LATER)) {
            Button b = FormControls.button("careCallback-" + outcome.name(), messages.of(outcome), Material2MZ.PHONE);
            b.setOnAction(e -> model.call(outcome));
            calls.add(b);
        }
        DatePicker againDay = FormControls.datePicker("careCallbackAgainDay");
        againDay.valueProperty().bindBidirectional(model.callAgainDayProperty());
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = LocalTime.of(8, 0); !t.isAfter(LocalTime.of(20, 0)); t = t.plusMinutes(30)) {
            times.add(t);
        }
        ComboBox<LocalTime> againTime = FormControls.choice("careCallbackAgainTime", times,
                model.callAgainTimeProperty(), formats::time);
        Label againError = FormControls.formError("careCallbackAgainError");
        againError.textProperty().bind(model.errors().of(CallbackService.CALL_AGAIN_AT));
        HBox again = new HBox(6, FormControls.fieldName(messages.get("care.ui.callbacks.callAgainAt")), againDay,
                againTime);
        again.setAlignment(Pos.CENTER_LEFT);

        Button complaint = FormControls.button("careCallbackComplaint", messages.get("care.ui.callbacks.complaint"),
                Material2AL.FEEDBACK);
        complaint.textProperty().bind(model.complaintButtonText());
        complaint.setOnAction(e -> model.raiseComplaint());
        complaint.visibleProperty().bind(model.complaintOffered());
        complaint.managedProperty().bind(complaint.visibleProperty());

        FlowPane buttons = new FlowPane(6, 6);
        buttons.getChildren().add(reached);
        buttons.getChildren().addAll(calls);
        buttons.getChildren().add(complaint);
        buttons.disableProperty().bind(model.callable().not());

        Label message = FormControls.message("careCallbackMessage", model.messageProperty());
        VBox pane = new VBox(10, FormControls.heading(messages.get("care.ui.callbacks.visitTitle")), visit, serviceOnly,
                FormControls.heading(messages.get("care.ui.callbacks.survey")), questions, answersError,
                FormControls.fieldName(messages.get("care.ui.callbacks.remark")), remark, again, againError, buttons,
                message);
        pane.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void fillQuestions(Questionnaire q) {
        questions.getChildren().clear();
        if (q == null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<Integer> scale = model.scale();
        for (int i = 0; i < q.questions().size(); i++) {
            Label text = new Label((i + 1) + ". " + q.questions().get(i).text());
            text.setWrapText(true);
            ComboBox<Integer> answer = FormControls.choice("careAnswer" + (i + 1), scale, model.answers().get(i),
                    String::valueOf);
            grid.addRow(i, text, answer);
        }
        Label version = new Label(messages.get("care.ui.callbacks.questionnaireVersion", q.versionNo(), q.scaleMin(),
                q.scaleMax(), q.unhappyBelow()));
        version.getStyleClass().add(Styles.TEXT_MUTED);
        version.setWrapText(true);
        questions.getChildren().addAll(grid, version);
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
