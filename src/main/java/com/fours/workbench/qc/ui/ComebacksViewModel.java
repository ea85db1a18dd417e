package com.fours.workbench.qc.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.ComebackLine;
import com.fours.workbench.qc.Comebacks;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.ui.FieldErrors;

/** Labour of open guarantee comebacks, and the manager's override of who pays a line, with the reason. */
public final class ComebacksViewModel {

    private final QcContext context;
    private final Messages messages;
    private final ObservableList<ComebackLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ComebackLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>(this, "payer", Payer.CUSTOMER);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public ComebacksViewModel(QcContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    public ObservableList<ComebackLine> lines() {
        return lines;
    }

    public ObjectProperty<ComebackLine> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorOf(String field) {
        return errors.of(field);
    }

    public void refresh() {
        context.background().run(() -> context.comebacks().openLines(), lines::setAll,
                error -> context.refusals().show(error, errors, message));
    }

    public void override() {
        ComebackLine line = selected.get();
        Payer to = payer.get();
        if (line == null || to == null) {
            return;
        }
        String why = reason.get();
        errors.clear();
        message.set("");
        context.background().run(() -> context.comebacks().overrideCharge(line.orderId(), line.orderVersion(),
                line.lineId(), to, why), plan -> {
                    message.set(messages.get("qc.ui.comebacks.overridden", line.description(), line.orderNumber(),
                            messages.of(to)));
                    reason.set("");
                    refresh();
                }, error -> context.refusals().show(error, errors, message));
    }

    public String payer(ComebackLine line) {
        return messages.of(line.payer()) + (line.overridden() ? " *" : "");
    }

    static final String REASON = Comebacks.REASON;
}
