package com.fours.workbench.customers.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.ArchiveExport;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/**
 * "Export…" on the customers screen: asks for a file name and writes the hits shown to an .xlsx in
 * the background, then says how many rows were written.
 *
 * <pre>{@code
 * new ArchiveExportAction(window, messages, services.archiveExport(), background, errors).export(hits);
 * }</pre>
 */
public final class ArchiveExportAction {

    private final Window owner;
    private final Messages messages;
    private final ArchiveExport export;
    private final Background background;
    private final ErrorReporter errors;

    public ArchiveExportAction(Window owner, Messages messages, ArchiveExport export, Background background,
                               ErrorReporter errors) {
        this.owner = owner;
        this.messages = messages;
        this.export = export;
        this.background = background;
        this.errors = errors;
    }

    public void export(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            inform(messages.get("archive.export.nothing"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("archive.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("archive.export.fileFilter"),
                "*.xlsx"));
        chooser.setInitialFileName(messages.get("archive.export.fileName", LocalDate.now().toString()));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path file = chosen.toPath();
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                file = file.resolveSibling(file.getFileName() + ".xlsx");
            }
            export(hits, file);
        }
    }

    /** Writes without asking for the file: for tests, and callers that know the file. */
    Task<Integer> export(List<SearchHit> hits, Path file) {
        List<SearchHit> copy = List.copyOf(hits);
        return background.run(() -> export.export(copy, file, messages),
                rows -> inform(messages.get("archive.export.done", rows, file.getFileName().toString())),
                failure -> errors.report(owner, failure));
    }

    private void inform(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(messages.get("archive.export.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("archiveExportInfo");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
