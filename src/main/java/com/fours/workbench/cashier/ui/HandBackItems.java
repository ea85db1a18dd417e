package com.fours.workbench.cashier.ui;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.intake.ItemReturn;
import com.fours.workbench.intake.KeysAndDocuments;
import com.fours.workbench.intake.TakenItem;

/**
 * The keys and documents of the order at the hand-back (decision 0097): one row per item still with
 * the store, each ticked back or kept with a reason. Nothing is ticked for the user: the service
 * refuses the hand-back while an item is unaccounted for.
 */
public final class HandBackItems {

    /** One item as the desk shows it. */
    public static final class Row {
        private final TakenItem item;
        private final String name;
        private final BooleanProperty returned = new SimpleBooleanProperty(this, "returned");
        private final StringProperty keptReason = new SimpleStringProperty(this, "keptReason", "");

        Row(TakenItem item, String name) {
            this.item = item;
            this.name = name;
        }

        public TakenItem item() {
            return item;
        }

        public String name() {
            return name;
        }

        public BooleanProperty returnedProperty() {
            return returned;
        }

        public StringProperty keptReasonProperty() {
            return keptReason;
        }

        ItemReturn toReturn() {
            return new ItemReturn(item.id(), returned.get(), returned.get() ? null : keptReason.get());
        }
    }

    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    HandBackItems(Messages messages) {
        this.messages = messages;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    void show(List<TakenItem> items) {
        rows.setAll(items.stream().filter(TakenItem::held).map(i -> new Row(i, KeysAndDocuments.name(i, messages)))
                .toList());
    }

    void clear() {
        rows.clear();
    }

    List<ItemReturn> returns() {
        return rows.stream().map(Row::toReturn).toList();
    }
}
