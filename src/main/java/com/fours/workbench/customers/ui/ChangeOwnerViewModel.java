package com.fours.workbench.customers.ui;

import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.Vehicle;

/** Hands a vehicle to another customer, found through the fragment search; the old owner stays in its history. */
public final class ChangeOwnerViewModel {

    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    private final CustomersContext context;
    private final Vehicle vehicle;
    private final Customer owner;
    private final CustomerPickerViewModel picker;

    public ChangeOwnerViewModel(CustomersContext context, Vehicle vehicle, Customer owner) {
        this.context = context;
        this.vehicle = vehicle;
        this.owner = owner;
        this.picker = new CustomerPickerViewModel(context, Set.of(owner.id()));
        picker.selectedProperty().addListener((obs, old, now) -> summary.set(now == null ? ""
                : context.messages().get("customers.ui.changeOwner.summary", vehicle.label(), owner.name(), now.name())));
    }

    public String heading() {
        return context.messages().get("customers.ui.changeOwner.heading", vehicle.label(), owner.name());
    }

    public void confirm(Consumer<Vehicle> onChanged) {
        CustomerPickerViewModel.Choice chosen = picker.selectedProperty().get();
        if (chosen == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        context.background().run(() -> context.vehicles().changeOwner(vehicle.id(), vehicle.version(),
                chosen.customerId()), changed -> {
                    busy.set(false);
                    onChanged.accept(changed);
                }, failure -> {
                    busy.set(false);
                    error.set(context.errors().describe(failure));
                });
    }

    public CustomerPickerViewModel picker() {
        return picker;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
