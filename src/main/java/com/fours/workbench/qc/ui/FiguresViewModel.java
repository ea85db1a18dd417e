package com.fours.workbench.qc.ui;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.FixRate;

/** The first-time-fix rate and internal comebacks over a period, for the store, its groups and technicians. */
public final class FiguresViewModel {

    private final QcContext context;
    private final Messages messages;
    private final ObservableList<FixRate> rates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public FiguresViewModel(QcContext context) {
        this.context = context;
        this.messages = context.messages();
        LocalDate today = LocalDate.now(context.clock());
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    public ObservableList<FixRate> rates() {
        return rates;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null) {
            return;
        }
        message.set("");
        context.background().run(() -> context.figures().fixRates(f, t, messages.get("qc.ui.figures.store")), rates::setAll,
                error -> context.refusals().show(error, message));
    }

    public String name(FixRate rate) {
        return rate.workGroup() ? rate.name() : "  " + rate.name();
    }

    public String percent(FixRate rate) {
        return rate.percent() == null ? "—" : Formats.of(messages.locale()).percent(rate.percent());
    }
}
