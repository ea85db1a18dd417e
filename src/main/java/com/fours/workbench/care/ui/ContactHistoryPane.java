package com.fours.workbench.care.ui;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import com.fours.workbench.care.ContactEntry;
import com.fours.workbench.care.ContactScope;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;

/**
 * Every contact with a customer, newest first, for the archive's vehicle and customer cards
 * (handed in by app/: the cards do not know customer care).
 */
public final class ContactHistoryPane {

    private final ComplaintsContext context;
    private final ObservableList<ContactEntry> entries = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public ContactHistoryPane(ComplaintsContext context) {
        this.context = context;
    }

    public Node build() {
        Messages messages = context.messages();
        Formats formats = Formats.of(messages.locale());
        TableView<ContactEntry> table = new TableView<>(entries);
        table.setId("contactHistory");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.dateTime(messages.get("care.ui.col.when"), ContactEntry::at, context.zone(), formats),
                Columns.text(messages.get("care.ui.col.contact"), (ContactEntry e) -> messages.get(e.kindKey())
                        + (e.detailKey() == null ? "" : " · " + messages.get(e.detailKey()))),
                Columns.text(messages.get("care.ui.col.plate"), ContactEntry::plate),
                Columns.text(messages.get("care.ui.col.by"), ContactEntry::byName),
                Columns.longText(messages.get("care.ui.col.detail"), ContactEntry::text)));
        table.setPlaceholder(new Label(messages.get("care.ui.noContacts")));
        VBox box = new VBox(6, FormControls.heading(messages.get("care.ui.contactHistory")), table,
                FormControls.message("contactHistoryMessage", message));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Shows the contacts of a car or a customer. */
    public void show(ContactScope scope) {
        context.background().run(() -> context.history().of(scope), entries::setAll,
                error -> context.refusals().show(error, message));
    }
}
