package com.fours.workbench.qc.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.qc.ChecklistItem;
import com.fours.workbench.qc.ItemCheck;
import com.fours.workbench.qc.ItemResult;

/** One checklist item on the sheet: what the signer found and their note. */
public final class CheckRow {

    private final ChecklistItem item;
    private final ObjectProperty<ItemResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    CheckRow(ChecklistItem item) {
        this.item = item;
    }

    public ChecklistItem item() {
        return item;
    }

    public ObjectProperty<ItemResult> resultProperty() {
        return result;
    }

    public StringProperty noteProperty() {
        return note;
    }

    ItemCheck toCheck() {
        return result.get() == null ? null : new ItemCheck(item.id(), result.get(), note.get());
    }
}
