package com.fours.workbench.intake.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.intake.IntakeSummary;

/**
 * The reception tab: the latest receptions, and the one sheet being filled or looked at. A
 * reception starts from an arrival, a vehicle card or a walk-in; each loads its draft in the
 * background and then shows the form.
 */
public final class ReceptionViewModel {

    static final int RECENT = 50;

    private final ObservableList<IntakeSummary> recent = FXCollections.observableArrayList();
    private final ObjectProperty<IntakeFormViewModel> form = new SimpleObjectProperty<>(this, "form");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    private final ReceptionContext context;

    public ReceptionViewModel(ReceptionContext context) {
        this.context = context;
    }

    public void refresh() {
        context.background().run(() -> context.intakes().recent(RECENT), recent::setAll,
                failure -> message.set(context.errors().describe(failure)));
    }

    public void receive(Arrival arrival) {
        message.set("");
        context.background().run(() -> context.intakes().draftFromArrival(arrival),
                draft -> form.set(new IntakeFormViewModel(context, draft)),
                failure -> message.set(context.errors().describe(failure)));
    }

    public void receiveVehicle(long vehicleId) {
        message.set("");
        context.background().run(() -> context.intakes().draftForVehicle(vehicleId),
                draft -> form.set(new IntakeFormViewModel(context, draft)),
                failure -> message.set(context.errors().describe(failure)));
    }

    public void open(IntakeSummary summary) {
        if (summary == null) {
            return;
        }
        message.set("");
        context.background().run(() -> context.intakes().sheet(summary.id()),
                sheet -> form.set(new IntakeFormViewModel(context, sheet)),
                failure -> message.set(context.errors().describe(failure)));
    }

    public void close() {
        form.set(null);
        refresh();
    }

    /** True when the current sheet holds something not saved: starting another would lose it. */
    public boolean hasUnsavedWork() {
        IntakeFormViewModel current = form.get();
        return current != null && (current.savedProperty().get() == null || current.dirtyProperty().get());
    }

    public ObservableList<IntakeSummary> recent() {
        return recent;
    }

    public ReadOnlyObjectProperty<IntakeFormViewModel> formProperty() {
        return form;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
