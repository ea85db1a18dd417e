package com.fours.workbench.customers.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.ArchiveImport;
import com.fours.workbench.customers.ImportCancelledException;
import com.fours.workbench.customers.ImportReport;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.StyleClasses;

/**
 * Imports a customer list: choose a .csv or .xlsx, watch the rows being checked and written
 * (the work runs on the workbench's executor), cancel if needed, then read what was created or,
 * when rows were refused, which cells to fix, and save that list next to the file.
 *
 * <pre>{@code
 * new ArchiveImportDialog(window, messages, services.archiveImport(), background, errors).show();
 * }</pre>
 */
public final class ArchiveImportDialog {

    /** Checking is quick next to writing: the bar's first 40 % are for checking. */
    private static final double CHECK_SHARE = 0.4;

    private record Update(ArchiveImport.Phase phase, int done, int total) {
    }

    private final Window owner;
    private final Messages messages;
    private final ArchiveImport archiveImport;
    private final Background background;
    private final ErrorReporter errors;

    private final DoubleProperty progress = new SimpleDoubleProperty(ProgressBar.INDETERMINATE_PROGRESS);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private final TableView<ImportReport.Line> lines = new TableView<>();
    private Stage stage;
    private Path file;

    public ArchiveImportDialog(Window owner, Messages messages, ArchiveImport archiveImport, Background background,
                               ErrorReporter errors) {
        this.owner = owner;
        this.messages = messages;
        this.archiveImport = archiveImport;
        this.background = background;
        this.errors = errors;
    }

    /** Asks for the file, then imports it; nothing happens when the clerk closes the file chooser. */
    public void show() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("archive.import.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("archive.import.fileFilter"),
                "*.xlsx", "*.csv", "*.XLSX", "*.CSV"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            show(chosen.toPath());
        }
    }

    /** Opens the window and imports {@code chosen} at once: for tests, and callers that know the file. */
    void show(Path chosen) {
        this.file = chosen;
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("archive.import.title"));
        Scene scene = new Scene(content());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (running.get()) {
                    cancel();
                } else {
                    stage.close();
                }
            }
        });
        stage.setOnCloseRequest(event -> cancel());
        stage.setScene(scene);
        stage.show();
        start();
    }

    private VBox content() {
        Label fileName = new Label(messages.get("archive.import.file", file.getFileName().toString()));
        fileName.setId("importFileName");
        fileName.getStyleClass().add(StyleClasses.FORM_HEADING);

        Label statusLabel = new Label();
        statusLabel.setId("importStatus");
        statusLabel.textProperty().bind(status);

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);

        Label summaryLabel = new Label();
        summaryLabel.setId("importSummary");
        summaryLabel.setWrapText(true);
        summaryLabel.textProperty().bind(summary);

        lines.setId("importLines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.setPlaceholder(new Label(""));
        TableColumn<ImportReport.Line, String> row = Columns.number(messages.get("archive.import.report.row"),
                line -> String.valueOf(line.row()));
        row.setPrefWidth(60);
        row.setMaxWidth(80);
        TableColumn<ImportReport.Line, String> column = Columns.text(messages.get("archive.import.report.column"),
                line -> line.columnText(messages));
        column.setPrefWidth(140);
        TableColumn<ImportReport.Line, String> value = Columns.longText(messages.get("archive.import.report.value"),
                ImportReport.Line::value, 180);
        TableColumn<ImportReport.Line, String> reason = Columns.longText(messages.get("archive.import.report.reason"),
                line -> line.reasonText(messages));
        reason.setCellFactory(c -> new WrappingCell());
        reason.setPrefWidth(420);
        lines.getColumns().setAll(row, column, value, reason);
        lines.setPrefHeight(360);
        lines.visibleProperty().bind(Bindings.isNotEmpty(lines.getItems()));
        lines.managedProperty().bind(lines.visibleProperty());
        VBox.setVgrow(lines, Priority.ALWAYS);

        Button saveReport = new Button(messages.get("archive.import.saveReport"));
        saveReport.setId("importSaveReport");
        saveReport.visibleProperty().bind(lines.visibleProperty());
        saveReport.setOnAction(e -> chooseReportFile());
        Button cancel = new Button(messages.get("archive.import.cancel"));
        cancel.setId("importCancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(e -> cancel());
        Button close = new Button(messages.get("archive.import.close"));
        close.setId("importClose");
        close.visibleProperty().bind(running.not());
        close.managedProperty().bind(running.not());
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, saveReport, spacer, cancel, close);

        VBox root = new VBox(10, fileName, statusLabel, bar, summaryLabel, lines, buttons);
        root.setId("archiveImportDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(860);
        return root;
    }

    /** The reason column can be long: wrap it instead of cutting it off. */
    private static final class WrappingCell extends TableCell<ImportReport.Line, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    private void start() {
        cancelRequested.set(false);
        running.set(true);
        report.set(null);
        lines.getItems().clear();
        summary.set("");
        progress.set(ProgressBar.INDETERMINATE_PROGRESS);
        status.set(messages.get("archive.import.reading"));
        Path chosen = file;
        background.run(() -> archiveImport.importFile(chosen, this::onProgress, cancelRequested::get),
                this::showReport, this::showFailure);
    }

    /** The clerk may cancel between any two rows; the import then writes nothing. */
    void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            status.set(messages.get("archive.import.cancelling"));
        }
    }

    /** Called on the importing thread for every row; only the latest count reaches the screen. */
    private void onProgress(ArchiveImport.Phase phase, int done, int total) {
        if (pending.getAndSet(new Update(phase, done, total)) == null) {
            Platform.runLater(() -> {
                Update update = pending.getAndSet(null);
                if (update != null && running.get() && !cancelRequested.get()) {
                    show(update);
                }
            });
        }
    }

    private void show(Update update) {
        double share = update.total() == 0 ? 0 : (double) update.done() / update.total();
        switch (update.phase()) {
            case READING -> {
                progress.set(ProgressBar.INDETERMINATE_PROGRESS);
                status.set(messages.get("archive.import.reading"));
            }
            case CHECKING -> {
                progress.set(CHECK_SHARE * share);
                status.set(messages.get("archive.import.checking", update.done(), update.total()));
            }
            case WRITING -> {
                progress.set(CHECK_SHARE + (1 - CHECK_SHARE) * share);
                status.set(messages.get("archive.import.writing", update.done(), update.total()));
            }
        }
    }

    private void showReport(ImportReport result) {
        running.set(false);
        progress.set(1);
        if (result.imported()) {
            status.set(messages.get("archive.import.imported"));
            summary.set(messages.get("archive.import.summary", result.rows(), result.customersCreated(),
                    result.vehiclesCreated(), result.vehiclesForExistingCustomers()) + ignored(result));
        } else {
            status.set(messages.get("archive.import.notImported"));
            summary.set(messages.get("archive.import.refusedRows", result.rejectedRows(), result.rows()) + ignored(result));
        }
        lines.getItems().setAll(result.lines());
        report.set(result);
        stage.sizeToScene();
    }

    /** Columns of the file the import does not know, so the clerk sees what was left out. */
    private String ignored(ImportReport result) {
        return result.ignoredHeaders().isEmpty() ? ""
                : "\n" + messages.get("archive.import.ignoredColumns", String.join(", ", result.ignoredHeaders()));
    }

    private void showFailure(Throwable failure) {
        running.set(false);
        status.set(messages.get("archive.import.notImported"));
        summary.set(failure instanceof ImportCancelledException cancelled ? messages.of(cancelled)
                : errors.describe(failure));
        stage.sizeToScene();
    }

    private void chooseReportFile() {
        if (report.get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("archive.import.saveReport"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("archive.import.reportXlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("archive.import.reportCsv"), "*.csv"));
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(messages.get("archive.import.reportFileName", base));
        if (file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path target = chosen.toPath();
            String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                boolean csv = chooser.getSelectedExtensionFilter() != null
                        && chooser.getSelectedExtensionFilter().getExtensions().contains("*.csv");
                target = target.resolveSibling(target.getFileName() + (csv ? ".csv" : ".xlsx"));
            }
            saveReport(target);
        }
    }

    /** Writes the report of the last import to {@code target} (.xlsx or .csv) in the background. */
    Task<Path> saveReport(Path target) {
        ImportReport current = report.get();
        return background.run(() -> {
            current.save(target, messages);
            return target;
        }, saved -> status.set(messages.get("archive.import.reportSaved", saved.getFileName().toString())),
                failure -> errors.report(stage, failure));
    }

    /** The window, once shown. */
    Stage stage() {
        return stage;
    }

    /** The report of the last import, once it finished. */
    ImportReport report() {
        return report.get();
    }
}
