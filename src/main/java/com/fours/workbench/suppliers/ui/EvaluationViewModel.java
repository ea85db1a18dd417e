package com.fours.workbench.suppliers.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.suppliers.ScoreWeights;
import com.fours.workbench.suppliers.SupplierScore;
import com.fours.workbench.ui.FieldErrors;

/** The supplier evaluation of a period (this month so far by default), the weights, and a supplier's scorecard printed. */
public final class EvaluationViewModel {

    private final SuppliersContext context;
    private final Messages messages;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<SupplierScore> scores = FXCollections.observableArrayList();
    private final ObjectProperty<SupplierScore> score = new SimpleObjectProperty<>(this, "score");
    private final ObjectProperty<ScoreWeights> weights = new SimpleObjectProperty<>(this, "weights");
    private final StringProperty onTime = new SimpleStringProperty(this, "onTime", "");
    private final StringProperty fillRate = new SimpleStringProperty(this, "fillRate", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty returns = new SimpleStringProperty(this, "returns", "");
    private final StringProperty defaultLead = new SimpleStringProperty(this, "defaultLead", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors weightErrors = new FieldErrors();

    public EvaluationViewModel(SuppliersContext context) {
        this.context = context;
        this.messages = context.messages();
        LocalDate today = LocalDate.now(context.clock());
        from.set(today.withDayOfMonth(1));
        to.set(today);
        weights.addListener((obs, old, now) -> {
            if (now != null) {
                onTime.set(String.valueOf(now.onTime()));
                fillRate.set(String.valueOf(now.fillRate()));
                price.set(String.valueOf(now.price()));
                returns.set(String.valueOf(now.faultyReturns()));
                defaultLead.set(String.valueOf(now.defaultLeadDays()));
            }
        });
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<SupplierScore> scores() { return scores; }
    public ObjectProperty<SupplierScore> scoreProperty() { return score; }
    public StringProperty onTimeProperty() { return onTime; }
    public StringProperty fillRateProperty() { return fillRate; }
    public StringProperty priceProperty() { return price; }
    public StringProperty returnsProperty() { return returns; }
    public StringProperty defaultLeadProperty() { return defaultLead; }
    public StringProperty messageProperty() { return message; }
    public FieldErrors weightErrors() { return weightErrors; }

    public void refresh() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        record Loaded(List<SupplierScore> scores, ScoreWeights weights) {
        }
        context.background().run(() -> new Loaded(context.evaluation().evaluate(start, end), context.evaluation().weights()),
                loaded -> {
                    scores.setAll(loaded.scores());
                    weights.set(loaded.weights());
                    message.set(loaded.scores().isEmpty() ? messages.get("evaluation.ui.nothing") : "");
                }, error -> context.refusals().show(error, message));
    }

    public void saveWeights() {
        weightErrors.clear();
        ScoreWeights current = weights.get();
        if (current == null) {
            return;
        }
        String a = onTime.get();
        String b = fillRate.get();
        String c = price.get();
        String d = returns.get();
        String e = defaultLead.get();
        context.background().run(() -> context.evaluation().saveWeights(a, b, c, d, e, current.version()), saved -> {
            weights.set(saved);
            message.set(messages.get("evaluation.ui.weightsSaved"));
            refresh();
        }, error -> context.refusals().show(error, weightErrors, message));
    }

    /** The chosen supplier's scorecard for the period shown. */
    public void print(Consumer<RenderedReport> show) {
        SupplierScore chosen = score.get();
        ScoreWeights w = weights.get();
        if (chosen == null || w == null) {
            message.set(messages.get("evaluation.ui.chooseSupplier"));
            return;
        }
        context.background().run(() -> context.scorecards().render(chosen, w, messages), show,
                error -> context.refusals().show(error, message));
    }
}
