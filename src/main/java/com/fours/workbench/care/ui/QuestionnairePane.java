package com.fours.workbench.care.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.care.Questionnaire;
import com.fours.workbench.care.QuestionnaireService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** 问卷: the current questionnaire to change (a version with answers becomes a new one) and all versions. */
final class QuestionnairePane implements Section {

    private final Messages messages;
    private final QuestionnaireViewModel model;
    private final VBox questionRows = new VBox(6);

    QuestionnairePane(CareContext context) {
        this.messages = context.messages();
        this.model = new QuestionnaireViewModel(context);
    }

    @Override
    public String id() {
        return "careTab-questionnaire";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.questionnaire");
    }

    @Override
    public Node build() {
        FormGrid form = new FormGrid();
        form.addField(messages.get("care.ui.questionnaire.scaleMin"),
                FormControls.text("careScaleMin", model.scaleMinProperty()),
                model.errors().of(QuestionnaireService.SCALE_MIN));
        form.addField(messages.get("care.ui.questionnaire.scaleMax"),
                FormControls.text("careScaleMax", model.scaleMaxProperty()),
                model.errors().of(QuestionnaireService.SCALE_MAX));
        form.addField(messages.get("care.ui.questionnaire.unhappyBelow"),
                FormControls.text("careUnhappyBelow", model.unhappyBelowProperty()),
                model.errors().of(QuestionnaireService.UNHAPPY_BELOW));
        Label questionsError = FormControls.formError("careQuestionsError");
        questionsError.textProperty().bind(model.errors().of(QuestionnaireService.QUESTIONS));
        model.rows().addListener((ListChangeListener<QuestionnaireViewModel.Row>) c -> fillRows());

        Button add = FormControls.button("careAddQuestion", messages.get("care.ui.questionnaire.add"), Material2AL.ADD);
        add.setOnAction(e -> model.addQuestion());
        Button save = FormControls.button("careSaveQuestionnaire", messages.get("care.ui.questionnaire.save"),
                Material2MZ.SAVE);
        save.setOnAction(e -> model.save());
        Label hint = new Label(messages.get("care.ui.questionnaire.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = FormControls.message("careQuestionnaireMessage", model.messageProperty());

        TableView<Questionnaire> versions = new TableView<>(model.versions());
        versions.setId("careQuestionnaireVersions");
        versions.getColumns().add(Columns.number(messages.get("care.ui.questionnaire.version"),
                q -> "v" + q.versionNo() + (q.current() ? " *" : "")));
        versions.getColumns().add(Columns.text(messages.get("care.ui.questionnaire.scale"), model::scale));
        versions.getColumns().add(Columns.longText(messages.get("care.ui.questionnaire.questions"), model::questions));
        versions.getColumns().add(Columns.text(messages.get("care.ui.questionnaire.createdBy"),
                Questionnaire::createdBy));
        versions.getColumns().add(Columns.text(messages.get("care.ui.questionnaire.createdAt"), model::created));
        versions.setPrefHeight(200);

        VBox box = new VBox(10, FormControls.heading(messages.get("care.ui.questionnaire.current")), form,
                FormControls.heading(messages.get("care.ui.questionnaire.questions")), questionRows, questionsError,
                new HBox(8, add, save), message, hint,
                FormControls.heading(messages.get("care.ui.questionnaire.versions")), versions);
        box.setPadding(new Insets(10));
        VBox.setVgrow(versions, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        model.refresh();
        return scroll;
    }

    private void fillRows() {
        questionRows.getChildren().clear();
        int n = 0;
        for (QuestionnaireViewModel.Row row : model.rows()) {
            n++;
            TextField text = FormControls.text("careQuestionText" + n, row.textProperty());
            TextField weight = FormControls.text("careQuestionWeight" + n, row.weightProperty());
            weight.setPrefColumnCount(4);
            Button remove = FormControls.button("careRemoveQuestion" + n, messages.get("care.ui.questionnaire.remove"),
                    Material2MZ.REMOVE);
            remove.setOnAction(e -> model.remove(row));
            HBox line = new HBox(6, new Label(n + "."), text,
                    FormControls.fieldName(messages.get("care.ui.questionnaire.weight")), weight, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            questionRows.getChildren().add(line);
        }
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
