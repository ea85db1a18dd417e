package com.fours.workbench.care.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.care.Questionnaire;
import com.fours.workbench.care.QuestionnaireInput;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FieldErrors;

/** The questionnaire being edited (the current version) and the list of versions. */
public final class QuestionnaireViewModel {

    /** One question as typed. */
    public static final class Row {
        final StringProperty text = new SimpleStringProperty("");
        final StringProperty weight = new SimpleStringProperty("1");

        public StringProperty textProperty() {
            return text;
        }

        public StringProperty weightProperty() {
            return weight;
        }
    }

    private final CareContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<Questionnaire> versions = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Questionnaire> current = new SimpleObjectProperty<>(this, "current");
    private final StringProperty scaleMin = new SimpleStringProperty(this, "scaleMin", "");
    private final StringProperty scaleMax = new SimpleStringProperty(this, "scaleMax", "");
    private final StringProperty unhappyBelow = new SimpleStringProperty(this, "unhappyBelow", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public QuestionnaireViewModel(CareContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
    }

    public ObservableList<Questionnaire> versions() {
        return versions;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Questionnaire> currentProperty() {
        return current;
    }

    public StringProperty scaleMinProperty() {
        return scaleMin;
    }

    public StringProperty scaleMaxProperty() {
        return scaleMax;
    }

    public StringProperty unhappyBelowProperty() {
        return unhappyBelow;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FieldErrors errors() {
        return errors;
    }

    public void refresh() {
        context.background().run(() -> context.questionnaires().versions(), this::show,
                error -> context.refusals().show(error, message));
    }

    private void show(List<Questionnaire> all) {
        versions.setAll(all);
        Questionnaire q = all.stream().filter(Questionnaire::current).findFirst().orElse(null);
        current.set(q);
        if (q == null) {
            return;
        }
        scaleMin.set(String.valueOf(q.scaleMin()));
        scaleMax.set(String.valueOf(q.scaleMax()));
        unhappyBelow.set(String.valueOf(q.unhappyBelow()));
        rows.setAll(q.questions().stream().map(question -> {
            Row row = new Row();
            row.text.set(question.text());
            row.weight.set(question.weight().stripTrailingZeros().toPlainString());
            return row;
        }).toList());
    }

    public void addQuestion() {
        rows.add(new Row());
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public void save() {
        Questionnaire before = current.get();
        if (before == null) {
            return;
        }
        QuestionnaireInput input = new QuestionnaireInput(scaleMin.get(), scaleMax.get(), unhappyBelow.get(),
                rows.stream().map(r -> new QuestionnaireInput.Question(r.text.get(), r.weight.get())).toList());
        errors.clear();
        message.set("");
        context.background().run(() -> context.questionnaires().save(before.id(), input), saved -> {
            message.set(saved.id() == before.id()
                    ? messages.get("care.ui.questionnaire.savedInPlace", saved.versionNo())
                    : messages.get("care.ui.questionnaire.savedAsNew", saved.versionNo(), before.versionNo()));
            refresh();
        }, error -> context.refusals().show(error, errors, message));
    }

    public String created(Questionnaire q) {
        return formats.dateTime(q.createdAt(), context.clock().getZone());
    }

    public String scale(Questionnaire q) {
        return q.scaleMin() + "–" + q.scaleMax() + " · " + messages.get("care.ui.questionnaire.unhappyShort",
                q.unhappyBelow());
    }

    public String questions(Questionnaire q) {
        return String.join("；", q.questions().stream()
                .map(x -> x.text() + " ×" + x.weight().stripTrailingZeros().toPlainString()).toList());
    }
}
