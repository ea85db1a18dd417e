package com.fours.workbench.backup.ui;

import java.io.File;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.backup.BackupListing;
import com.fours.workbench.backup.BackupSettingsInput;
import com.fours.workbench.backup.RestorePrepared;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/**
 * Administration → Backup: how the database is backed up, the folder, the daily time and the
 * rotation on the left; back up now, the backups so far with their checks, and restoring one on the
 * right.
 */
public final class BackupPane {

    private final BackupContext context;
    private final Messages messages;
    private final BackupViewModel model;

    public BackupPane(BackupContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new BackupViewModel(context);
    }

    public Parent build() {
        Label method = new Label();
        method.setId("backupMethod");
        method.setWrapText(true);
        method.textProperty().bind(model.methodProperty());

        BorderPane root = new BorderPane();
        root.setId("backupPane");
        root.setPadding(new Insets(10));
        root.setTop(method);
        BorderPane.setMargin(method, new Insets(0, 0, 10, 0));
        root.setLeft(settings());
        root.setCenter(backups());
        model.reload();
        return root;
    }

    private VBox settings() {
        FormGrid form = new FormGrid();
        TextField folder = FormControls.text("backupFolder", model.folderProperty(), messages.get("backup.ui.folderPrompt"));
        Button choose = FormControls.button("backupChooseFolder", messages.get("backup.ui.choose"), Material2OutlinedAL.FOLDER_OPEN);
        choose.setOnAction(e -> chooseFolder());
        Label hint = FormControls.hint("backupFolderHint");
        hint.textProperty().bind(model.folderHintProperty());
        hint.setMaxWidth(330);
        form.addField(messages.get("backup.ui.folder"), folder, model.errors().of(BackupSettingsInput.FOLDER),
                new VBox(4, choose, hint));
        form.addField(messages.get("backup.ui.dailyAt"), FormControls.text("backupDailyAt", model.dailyAtProperty(), "22:30"),
                model.errors().of(BackupSettingsInput.DAILY_AT));
        form.addField(messages.get("backup.ui.keepDaily"), FormControls.text("backupKeepDaily", model.keepDailyProperty()),
                model.errors().of(BackupSettingsInput.KEEP_DAILY));
        form.addField(messages.get("backup.ui.keepWeekly"), FormControls.text("backupKeepWeekly", model.keepWeeklyProperty()),
                model.errors().of(BackupSettingsInput.KEEP_WEEKLY));
        form.addField(messages.get("backup.ui.keepMonthly"), FormControls.text("backupKeepMonthly", model.keepMonthlyProperty()),
                model.errors().of(BackupSettingsInput.KEEP_MONTHLY));
        Button save = FormControls.button("backupSaveSettings", messages.get("backup.ui.saveSettings"), Material2OutlinedMZ.SAVE);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.saveSettings());
        form.addWide(save);
        Label rotation = new Label(messages.get("backup.ui.rotationHint"));
        rotation.setWrapText(true);
        rotation.getStyleClass().add(Styles.TEXT_MUTED);
        rotation.setMaxWidth(420);
        VBox box = new VBox(8, heading(messages.get("backup.ui.settings")), form, rotation);
        box.setPrefWidth(440);
        box.setMaxWidth(440);
        BorderPane.setMargin(box, new Insets(0, 16, 0, 0));
        return box;
    }

    private VBox backups() {
        Button now = FormControls.button("backupNow", messages.get("backup.ui.now"), Material2OutlinedAL.BACKUP);
        now.getStyleClass().add(Styles.ACCENT);
        now.disableProperty().bind(model.busyProperty().or(model.canBackUpProperty().not()));
        now.setOnAction(e -> model.backUpNow());
        Button restore = FormControls.button("backupRestoreSelected", messages.get("backup.ui.restoreSelected"),
                Material2OutlinedMZ.RESTORE);
        restore.disableProperty().bind(model.busyProperty().or(model.canRestoreProperty().not())
                .or(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                        || !model.selectedProperty().get().present()
                        || !model.selectedProperty().get().run().status().good(), model.selectedProperty())));
        restore.setOnAction(e -> model.restoreSelected());
        Button restoreFile = FormControls.button("backupRestoreFile", messages.get("backup.ui.restoreFile"),
                Material2OutlinedAL.FOLDER_OPEN);
        restoreFile.disableProperty().bind(model.busyProperty().or(model.canRestoreProperty().not()));
        restoreFile.setOnAction(e -> chooseFile());
        Button refresh = FormControls.button("backupRefresh", messages.get("backup.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.reload());
        HBox actions = new HBox(8, now, restore, restoreFile, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = FormControls.formError("backupMessage");
        message.getStyleClass().remove(StyleClasses.FIELD_ERROR);
        message.textProperty().bind(model.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        Runnable mark = () -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(model.refusedProperty().get() ? Styles.DANGER : Styles.SUCCESS);
        };
        model.refusedProperty().addListener((obs, was, now2) -> mark.run());
        mark.run();

        TableView<BackupListing> table = new TableView<>(model.runs());
        table.setId("backupRuns");
        table.setPlaceholder(new Label(messages.get("backup.ui.noBackups")));
        table.getColumns().setAll(List.of(
                unsorted(Columns.text(messages.get("backup.ui.column.time"), l -> model.time(l.run()))),
                unsorted(Columns.text(messages.get("backup.ui.column.trigger"), l -> model.trigger(l.run()))),
                unsorted(Columns.text(messages.get("backup.ui.column.by"), l -> l.run().startedBy())),
                unsorted(Columns.longText(messages.get("backup.ui.column.file"), model::file)),
                unsorted(Columns.number(messages.get("backup.ui.column.size"), l -> model.size(l.run().sizeBytes()))),
                unsorted(Columns.number(messages.get("backup.ui.column.took"), l -> model.took(l.run()))),
                unsorted(Columns.longText(messages.get("backup.ui.column.result"), model::result))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now2) -> model.selectedProperty().set(now2));
        model.selectedProperty().addListener((obs, old, now2) -> {
            if (now2 != null && table.getSelectionModel().getSelectedItem() != now2) {
                table.getSelectionModel().select(now2);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(150);
        Label details = new Label();
        details.setId("backupDetails");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add(Styles.TEXT_MUTED);
        details.textProperty().bind(Bindings.createStringBinding(() -> model.details(model.selectedProperty().get()),
                model.selectedProperty()));

        Label pending = new Label();
        pending.setId("backupPending");
        pending.setWrapText(true);
        pending.textProperty().bind(model.pendingProperty());
        pending.getStyleClass().add(Styles.WARNING);
        pending.setMinHeight(Region.USE_PREF_SIZE);
        Button exit = FormControls.button("backupExitNow", messages.get("backup.ui.exitNow"), Material2OutlinedAL.EXIT_TO_APP);
        exit.setOnAction(e -> model.exitWorkbench());
        Button cancel = FormControls.button("backupCancelRestore", messages.get("backup.ui.cancelRestore"),
                Material2OutlinedAL.CANCEL);
        cancel.setOnAction(e -> model.cancelRestore());
        HBox pendingRow = new HBox(8, exit, cancel);
        VBox pendingBox = new VBox(6, pending, pendingRow);
        pendingBox.setPadding(new Insets(4, 0, 4, 0));
        pendingBox.visibleProperty().bind(model.pendingProperty().isNotEmpty());
        pendingBox.managedProperty().bind(pendingBox.visibleProperty());

        model.preparedProperty().addListener((obs, old, ready) -> {
            if (ready != null) {
                Platform.runLater(() -> askToSwitch(ready));
            }
        });
        return new VBox(8, heading(messages.get("backup.ui.backups")), actions, message, pendingBox, table, details);
    }

    private void askToSwitch(RestorePrepared ready) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("backup.ui.confirm.text",
                ready.backupFile().getFileName(), ready.schemaVersion(), model.checks(ready.checks())),
                ButtonType.YES, ButtonType.NO);
        ask.setHeaderText(messages.get("backup.ui.confirm.title"));
        ask.setTitle(messages.get("app.title"));
        ask.getDialogPane().setId("backupConfirmRestore");
        ask.getDialogPane().setPrefWidth(560);
        if (context.window() != null && context.window().isShowing()) {
            ask.initOwner(context.window());
        }
        if (ask.showAndWait().filter(ButtonType.YES::equals).isPresent()) {
            model.confirmRestore();
        } else {
            model.cancelRestore();
        }
    }

    private void chooseFolder() {
        FormControls.chooseFolder(context.window(), messages.get("backup.ui.folder"), model.folderProperty());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("backup.ui.restoreFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("backup.ui.zipFiles"), "*.zip"));
        File chosen = chooser.showOpenDialog(context.window());
        if (chosen != null) {
            model.restore(chosen.toPath());
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        return heading;
    }

    // the runs come newest first; sorting by the formatted text would mix them up
    private static <T> TableColumn<T, String> unsorted(TableColumn<T, String> column) {
        column.setSortable(false);
        return column;
    }
}
