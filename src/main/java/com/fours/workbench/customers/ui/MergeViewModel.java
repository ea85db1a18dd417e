package com.fours.workbench.customers.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.Vehicle;

/**
 * The manager folds two records of the same customer into one: picks the other record through the
 * search, sees both side by side, and chooses which one is kept.
 */
public final class MergeViewModel {

    /** One line of the comparison: what it is, on the current record and on the other one. */
    public record Line(String caption, String current, String other) {
    }

    private record Side(Customer customer, String phones, List<Vehicle> vehicles) {
    }

    private final ObjectProperty<Customer> other = new SimpleObjectProperty<>(this, "other");
    private final BooleanProperty keepCurrent = new SimpleBooleanProperty(this, "keepCurrent", true);
    private final ObservableList<Line> comparison = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    private final CustomersContext context;
    private final Messages messages;
    private final ArchiveTexts format;
    private final Customer current;
    private final CustomerPickerViewModel picker;
    private Side currentSide;
    private Side otherSide;
    private long generation;

    public MergeViewModel(CustomersContext context, Customer current) {
        this.context = context;
        this.messages = context.messages();
        this.format = new ArchiveTexts(messages, context.clock());
        this.current = current;
        this.picker = new CustomerPickerViewModel(context, Set.of(current.id()));
        picker.selectedProperty().addListener((obs, old, now) -> load(now));
        context.background().run(() -> side(current.id()), side -> {
            currentSide = side;
            compare();
        }, failure -> error.set(context.errors().describe(failure)));
    }

    private Side side(long customerId) {
        Customer customer = context.customers().find(customerId);
        String phones = Stream.of(customer.mobile(), customer.otherPhone()).filter(Objects::nonNull)
                .map(context.customers()::phoneForDisplay).reduce((a, b) -> a + " / " + b).orElse("");
        return new Side(customer, phones, context.vehicles().ownedBy(customerId));
    }

    private void load(CustomerPickerViewModel.Choice choice) {
        long mine = ++generation;
        other.set(null);
        otherSide = null;
        error.set("");
        compare();
        if (choice == null) {
            return;
        }
        context.background().run(() -> side(choice.customerId()), side -> {
            if (mine == generation) {
                otherSide = side;
                other.set(side.customer());
                compare();
            }
        }, failure -> error.set(context.errors().describe(failure)));
    }

    private void compare() {
        if (currentSide == null) {
            return;
        }
        Customer a = currentSide.customer();
        Customer b = otherSide == null ? null : otherSide.customer();
        comparison.setAll(
                line("customers.ui.customer.name", a.name(), b == null ? null : b.name()),
                line("customers.ui.customer.kind", messages.of(a.kind()), b == null ? null : messages.of(b.kind())),
                line("customers.ui.card.phones", currentSide.phones(), otherSide == null ? null : otherSide.phones()),
                line("customers.ui.customer.address", a.address(), b == null ? null : b.address()),
                line("customers.ui.customer.memberLevel", messages.of(a.memberLevel()),
                        b == null ? null : messages.of(b.memberLevel())),
                line("customers.ui.merge.vehicles", plates(currentSide.vehicles()),
                        otherSide == null ? null : plates(otherSide.vehicles())),
                line("customers.ui.merge.since", format.dateTime(a.createdAt()),
                        b == null ? null : format.dateTime(b.createdAt())),
                line("customers.ui.customer.notes", a.notes(), b == null ? null : b.notes()));
    }

    /** The other record's column stays empty until one is chosen; a blank field of a chosen one shows a dash. */
    private Line line(String captionKey, String current, String other) {
        return new Line(messages.get(captionKey), ArchiveTexts.orNone(current),
                otherSide == null ? "" : ArchiveTexts.orNone(other));
    }

    private static String plates(List<Vehicle> vehicles) {
        return String.join("、", vehicles.stream().map(Vehicle::label).toList());
    }

    public void merge(Consumer<Customer> onMerged) {
        Customer chosen = other.get();
        if (chosen == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        long keep = keepCurrent.get() ? current.id() : chosen.id();
        long merged = keepCurrent.get() ? chosen.id() : current.id();
        context.background().run(() -> context.customers().merge(keep, merged), kept -> {
            busy.set(false);
            onMerged.accept(kept);
        }, failure -> {
            busy.set(false);
            error.set(context.errors().describe(failure));
        });
    }

    public Customer current() {
        return current;
    }

    public CustomerPickerViewModel picker() {
        return picker;
    }

    public ReadOnlyObjectProperty<Customer> otherProperty() {
        return other;
    }

    public BooleanProperty keepCurrentProperty() {
        return keepCurrent;
    }

    public ObservableList<Line> comparison() {
        return comparison;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
