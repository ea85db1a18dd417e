package com.fours.workbench.cashier.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.cashier.HealthRecordExport;
import com.fours.workbench.cashier.HealthRecordPending;
import com.fours.workbench.cashier.HealthRecordVoided;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;

/**
 * The health-record export: the visits the next export takes, the folder, the exports so far and
 * the bills voided after export. Never touches a control.
 */
public final class HealthRecordViewModel {


    private final CashUpContext context;
    private final Messages messages;
    private final StringProperty folder;
    private final ObservableList<HealthRecordPending> pending = FXCollections.observableArrayList();
    private final ObservableList<HealthRecordExport> exports = FXCollections.observableArrayList();
    private final ObservableList<HealthRecordVoided> voided = FXCollections.observableArrayList();
    private final StringProperty pendingSummary = new SimpleStringProperty(this, "pendingSummary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public HealthRecordViewModel(CashUpContext context) {
        this.context = context;
        this.messages = context.messages();
        this.folder = new SimpleStringProperty(this, "folder", context.healthRecords().defaultFolder().toString());
    }

    public StringProperty folderProperty() { return folder; }
    public ObservableList<HealthRecordPending> pending() { return pending; }
    public ObservableList<HealthRecordExport> exports() { return exports; }
    public ObservableList<HealthRecordVoided> voided() { return voided; }
    public StringProperty pendingSummaryProperty() { return pendingSummary; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty refusedProperty() { return refused; }
    public BooleanProperty busyProperty() { return busy; }

    private record Loaded(List<HealthRecordPending> pending, List<HealthRecordExport> exports,
                          List<HealthRecordVoided> voided) {
    }

    public void reload() {
        var cx = context;
        cx.background().run(() -> new Loaded(cx.healthRecords().pending(), cx.healthRecords().exports(),
                cx.healthRecords().voidedAfterExport()), this::show, failure -> refuse(cx.errors().describe(failure)));
    }

    private void show(Loaded loaded) {
        pending.setAll(loaded.pending());
        exports.setAll(loaded.exports());
        voided.setAll(loaded.voided());
        pendingSummary.set(loaded.pending().isEmpty() ? messages.get("healthRecord.ui.nothingPending")
                : messages.get("healthRecord.ui.pendingCount", loaded.pending().size()));
    }

    /** Exports every new visit into the folder shown. */
    public void export() {
        var cx = context;
        String typed = folder.get() == null ? "" : folder.get().strip();
        if (typed.isEmpty() || busy.get()) {
            refuse(messages.get("healthRecord.ui.chooseFolder"));
            return;
        }
        Path target = Path.of(typed);
        busy.set(true);
        cx.background().run(() -> {
            HealthRecordExport done = cx.healthRecords().export(target);
            return new Exported(done, new Loaded(cx.healthRecords().pending(), cx.healthRecords().exports(),
                    cx.healthRecords().voidedAfterExport()));
        }, result -> {
            busy.set(false);
            show(result.loaded());
            refused.set(false);
            message.set(messages.get("healthRecord.ui.exported", result.done().recordCount(),
                    String.join(", ", result.done().files()), result.done().folder()));
        }, failure -> {
            busy.set(false);
            refuse(cx.errors().describe(failure));
        });
    }

    private record Exported(HealthRecordExport done, Loaded loaded) {
    }

    private void refuse(String text) {
        refused.set(true);
        message.set(text);
    }

    public String time(HealthRecordExport export) {
        return Formats.of(messages.locale()).dateTime(export.exportedAt(), context.clock().getZone());
    }
}
