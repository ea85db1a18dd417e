package com.fours.workbench.backup.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.backup.BackupListing;
import com.fours.workbench.backup.BackupMethod;
import com.fours.workbench.backup.BackupRun;
import com.fours.workbench.backup.BackupSettings;
import com.fours.workbench.backup.BackupSettingsInput;
import com.fours.workbench.backup.RestorePrepared;
import com.fours.workbench.backup.RestoreSwitch;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FieldErrors;

/**
 * The backup screen: how this database is backed up, the settings, the backups so far, backing up
 * now and restoring one. Never touches a control.
 */
public final class BackupViewModel {

    private static final int HISTORY = 200;

    private final BackupContext context;
    private final Messages messages;
    private final StringProperty method = new SimpleStringProperty(this, "method", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final StringProperty folderHint = new SimpleStringProperty(this, "folderHint", "");
    private final StringProperty dailyAt = new SimpleStringProperty(this, "dailyAt", "");
    private final StringProperty keepDaily = new SimpleStringProperty(this, "keepDaily", "");
    private final StringProperty keepWeekly = new SimpleStringProperty(this, "keepWeekly", "");
    private final StringProperty keepMonthly = new SimpleStringProperty(this, "keepMonthly", "");
    private final FieldErrors errors = new FieldErrors();
    private final ObservableList<BackupListing> runs = FXCollections.observableArrayList();
    private final ObjectProperty<BackupListing> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty canBackUp = new SimpleBooleanProperty(this, "canBackUp");
    private final BooleanProperty canRestore = new SimpleBooleanProperty(this, "canRestore");
    private final ObjectProperty<RestorePrepared> prepared = new SimpleObjectProperty<>(this, "prepared");
    private final StringProperty pending = new SimpleStringProperty(this, "pending", "");
    private RestorePrepared confirmed;

    public BackupViewModel(BackupContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    public StringProperty methodProperty() { return method; }
    public StringProperty folderProperty() { return folder; }
    public StringProperty folderHintProperty() { return folderHint; }
    public StringProperty dailyAtProperty() { return dailyAt; }
    public StringProperty keepDailyProperty() { return keepDaily; }
    public StringProperty keepWeeklyProperty() { return keepWeekly; }
    public StringProperty keepMonthlyProperty() { return keepMonthly; }
    public FieldErrors errors() { return errors; }
    public ObservableList<BackupListing> runs() { return runs; }
    public ObjectProperty<BackupListing> selectedProperty() { return selected; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty refusedProperty() { return refused; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty canBackUpProperty() { return canBackUp; }
    public BooleanProperty canRestoreProperty() { return canRestore; }
    /** Set when a backup was copied and checked for restoring: the view asks the user to confirm. */
    public ObjectProperty<RestorePrepared> preparedProperty() { return prepared; }
    /** Not empty while a confirmed restore waits for the next start. */
    public StringProperty pendingProperty() { return pending; }

    private record Loaded(BackupMethod method, BackupSettings settings, boolean sameDisk, List<BackupListing> runs,
                          Optional<RestoreSwitch.Pending> pending) {
    }

    private Loaded load() {
        BackupSettings settings = context.settings().settings();
        return new Loaded(context.settings().method(), settings, context.settings().sameDiskAsDatabase(settings.folder()),
                context.backups().runs(HISTORY), context.restores().pendingRestore());
    }

    public void reload() {
        context.background().run(this::load, loaded -> {
            showSettings(loaded);
            showRuns(loaded);
        }, failure -> refuse(context.errors().describe(failure)));
    }

    private void showSettings(Loaded loaded) {
        BackupSettings s = loaded.settings();
        folder.set(s.defaultFolder() ? "" : s.folder().toString());
        dailyAt.set(Formats.of(messages.locale()).time(s.dailyAt()));
        keepDaily.set(String.valueOf(s.keepDaily()));
        keepWeekly.set(String.valueOf(s.keepWeekly()));
        keepMonthly.set(String.valueOf(s.keepMonthly()));
        errors.clear();
        showFolderHint(loaded);
    }

    private void showFolderHint(Loaded loaded) {
        String where = loaded.settings().defaultFolder()
                ? messages.get("backup.ui.defaultFolder", loaded.settings().folder().toString()) : "";
        String disk = loaded.sameDisk() ? messages.get("backup.ui.sameDisk") : "";
        folderHint.set((where + " " + disk).strip());
    }

    private void showRuns(Loaded loaded) {
        BackupMethod m = loaded.method();
        method.set(switch (m.kind()) {
            case H2_ONLINE -> messages.get("backup.ui.method.h2", m.database());
            case PG_DUMP -> messages.get("backup.ui.method.pgDump", m.database(), m.tool());
            case PG_SERVER -> messages.get("backup.ui.method.pgServer", m.database());
            case NONE -> messages.get("backup.ui.method.none", m.database());
        });
        canBackUp.set(m.canBackUp());
        canRestore.set(m.canRestoreHere() && context.may(com.fours.workbench.security.Permission.RESTORE_BACKUPS));
        BackupListing wasSelected = selected.get();
        runs.setAll(loaded.runs());
        if (wasSelected != null) {
            runs.stream().filter(r -> r.run().id() == wasSelected.run().id()).findFirst().ifPresent(selected::set);
        }
        pending.set(loaded.pending().map(p -> messages.get("backup.ui.pending", Path.of(p.backupFile()).getFileName(),
                p.confirmedBy(), p.confirmedAt().replace('T', ' '))).orElse(""));
    }

    /** Saves the settings typed; each refused field shows why under itself. */
    public void saveSettings() {
        BackupSettingsInput input = new BackupSettingsInput(folder.get(), dailyAt.get(), keepDaily.get(), keepWeekly.get(),
                keepMonthly.get());
        busy.set(true);
        context.background().run(() -> {
            context.settings().saveSettings(input);
            return load();
        }, loaded -> {
            busy.set(false);
            showSettings(loaded);
            showRuns(loaded);
            say(messages.get("backup.ui.settingsSaved"));
        }, failure -> {
            busy.set(false);
            String why = context.refusals().text(failure, errors);
            refuse(why.isEmpty() ? messages.get("backup.ui.settingsRefused") : why);
        });
    }

    /** A backup now; the screen shows it checked (or why it failed) when it is done. */
    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        say(messages.get("backup.ui.running"));
        context.background().run(() -> {
            BackupRun run = context.backups().backUpNow();
            return new Done(run, load());
        }, done -> {
            busy.set(false);
            showRuns(done.loaded());
            runs.stream().filter(r -> r.run().id() == done.run().id()).findFirst().ifPresent(selected::set);
            if (done.run().status().good()) {
                say(messages.get("backup.ui.done", done.run().fileName(), size(done.run().sizeBytes()),
                        checks(done.run().checks())));
            } else {
                refuse(messages.get("backup.ui.failed", result(done.run())));
            }
        }, failure -> {
            busy.set(false);
            refuse(context.errors().describe(failure));
        });
    }

    private record Done(BackupRun run, Loaded loaded) {
    }

    /** Copies the selected backup into a new folder and checks it; then the view asks to confirm. */
    public void restoreSelected() {
        BackupListing listing = selected.get();
        if (listing == null || !listing.present() || !listing.run().status().good()) {
            refuse(messages.get("backup.ui.chooseBackup"));
            return;
        }
        restore(listing.run().file());
    }

    public void restore(Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        say(messages.get("backup.ui.restoring", file.getFileName()));
        context.background().run(() -> context.restores().prepareRestore(file), ready -> {
            busy.set(false);
            say(messages.get("backup.ui.restoreChecked", ready.backupFile().getFileName(), ready.schemaVersion(),
                    checks(ready.checks())));
            prepared.set(ready);
        }, failure -> {
            busy.set(false);
            refuse(context.errors().describe(failure));
        });
    }

    /** The user confirmed the switch: the next start uses the restored data. */
    public void confirmRestore() {
        RestorePrepared ready = prepared.get();
        prepared.set(null);
        if (ready == null) {
            return;
        }
        context.background().run(() -> {
            context.restores().confirmRestore(ready);
            return load();
        }, loaded -> {
            confirmed = ready;
            showRuns(loaded);
            say(messages.get("backup.ui.restoreConfirmed"));
        }, failure -> refuse(context.errors().describe(failure)));
    }

    /** The user said no, or cancels a confirmed restore: the prepared copy goes, the data stays as it is. */
    public void cancelRestore() {
        RestorePrepared ready = prepared.get() != null ? prepared.get() : confirmed;
        prepared.set(null);
        confirmed = null;
        context.background().run(() -> {
            if (ready != null) {
                context.restores().cancelRestore(ready);
            } else {
                context.restores().pendingRestore().ifPresent(p -> context.restores().cancelRestore(
                        new RestorePrepared(Path.of(p.backupFile()), p.preparedFolder(), "", "")));
            }
            return load();
        }, loaded -> {
            showRuns(loaded);
            say(messages.get("backup.ui.restoreCancelled"));
        }, failure -> refuse(context.errors().describe(failure)));
    }

    public void exitWorkbench() {
        context.exitWorkbench().run();
    }

    private void say(String text) {
        refused.set(false);
        message.set(text);
    }

    private void refuse(String text) {
        refused.set(true);
        message.set(text);
    }

    // --- how a run is shown -----------------------------------------------------------------

    public String time(BackupRun run) {
        return Formats.of(messages.locale()).dateTime(run.startedAt(), context.clock().getZone());
    }

    public String trigger(BackupRun run) {
        return messages.of(run.triggerKind());
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1024 * 1024 ? messages.get("backup.ui.sizeKb", Math.max(1, Math.round(bytes / 1024.0)))
                : messages.get("backup.ui.sizeMb", Math.round(bytes / 1024.0 / 102.4) / 10.0);
    }

    public String took(BackupRun run) {
        Duration took = run.took();
        return messages.get("backup.ui.seconds", Math.round(took.toMillis() / 100.0) / 10.0);
    }

    public String result(BackupRun run) {
        String status = messages.of(run.status());
        if (run.failureKind() == null) {
            return status;
        }
        return status + ": " + messages.of(run.failureKind()) + (run.failureDetail() == null ? "" : " (" + run.failureDetail() + ")");
    }

    public String file(BackupListing listing) {
        return listing.run().fileName() == null ? "" : listing.run().fileName();
    }

    /** The result, and whether the rotation has since deleted a good backup's file. */
    public String result(BackupListing listing) {
        return result(listing.run()) + (listing.present() || !listing.run().status().good() ? ""
                : " · " + messages.get("backup.ui.rotatedOut"));
    }

    /** What the selected backup is: its file, what its check read, or why it failed. */
    public String details(BackupListing listing) {
        if (listing == null) {
            return "";
        }
        BackupRun run = listing.run();
        String what = run.status().good() ? checks(run.checks()) : result(run);
        return messages.get("backup.ui.details", run.file() == null ? "" : run.file().toString(),
                run.schemaVersion() == null ? "-" : run.schemaVersion(), what);
    }

    /** The checks recorded as {@code name=count;...}, in words. */
    public String checks(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return "";
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : recorded.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        if (values.containsKey("entries")) {
            return messages.get("backup.ui.checks.readable", values.get("entries"));
        }
        return messages.get("backup.ui.checks", values.getOrDefault("tables", "?"), values.getOrDefault("rows", "?"),
                values.getOrDefault("balances", "?"), values.getOrDefault("bills", "?"),
                values.getOrDefault("certificates", "?"));
    }
}
