package com.fours.workbench.reporting.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

import javax.print.PrintService;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.ui.StyleClasses;

import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window showing a filled report page by page, with zoom, printing and saving as PDF. The slow
 * work runs on the executor passed in; this class only builds controls and binds them to a
 * {@link ReportPreviewViewModel}.
 *
 * <pre>{@code
 * new ReportPreviewWindow(ownerWindow, engine, report, backgroundExecutor, messages).show();
 * }</pre>
 *
 * Keys: Page Up / Page Down, Home / End, Ctrl+Plus / Ctrl+Minus / Ctrl+0 (fit width), Ctrl+P,
 * Ctrl+S, Esc closes. Ctrl+mouse wheel zooms.
 */
public final class ReportPreviewWindow {

    private static final String STYLESHEET = "report-preview.css";
    /** Grey margin around the page inside the scroll pane, per side (also in the stylesheet). */
    private static final double DESK_PADDING = 16;
    /** Room kept for the vertical scroll bar when fitting the width. */
    private static final double SCROLL_BAR_ALLOWANCE = 18;

    private final ReportPreviewViewModel model;
    private final Messages messages;
    private final Stage stage;
    private final ScrollPane scroller;
    private final ImageView pageImage;

    public ReportPreviewWindow(Window owner, ReportEngine engine, RenderedReport report, Executor executor,
            Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.model = new ReportPreviewViewModel(engine, report, executor, messages);
        this.stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("reporting.preview.title", report.title()));

        pageImage = new ImageView();
        pageImage.setId("previewPageImage");
        pageImage.setPreserveRatio(true);
        pageImage.setSmooth(true);
        pageImage.imageProperty().bind(model.pageImageProperty());
        pageImage.fitWidthProperty().bind(model.displayWidth());
        pageImage.fitHeightProperty().bind(model.displayHeight());

        StackPane paper = new StackPane(pageImage);
        paper.getStyleClass().add(StyleClasses.REPORT_PREVIEW_PAGE);
        paper.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane desk = new StackPane(paper);
        desk.getStyleClass().add(StyleClasses.REPORT_PREVIEW_DESK);
        desk.setAlignment(Pos.TOP_CENTER);

        scroller = new ScrollPane(desk);
        scroller.setId("previewScroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setPannable(true);
        scroller.addEventFilter(ScrollEvent.SCROLL, this::zoomOnCtrlWheel);
        model.pageIndexProperty().addListener((obs, was, now) -> scroller.setVvalue(0));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("previewProgress");
        progress.setAccessibleText(messages.get("reporting.preview.rendering"));
        progress.setMaxSize(56, 56);
        progress.setMouseTransparent(true);
        progress.visibleProperty().bind(model.renderingProperty());

        Label status = new Label();
        status.setId("previewStatus");
        status.getStyleClass().add(StyleClasses.REPORT_PREVIEW_STATUS);
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);

        BorderPane root = new BorderPane();
        root.getStyleClass().add(StyleClasses.REPORT_PREVIEW);
        root.setTop(toolBar());
        root.setCenter(new StackPane(scroller, progress));
        root.setBottom(status);

        Rectangle2D screen = (owner != null ? Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(Screen.getPrimary()) : Screen.getPrimary()).getVisualBounds();
        Scene scene = new Scene(root, Math.min(980, screen.getWidth() * 0.9), screen.getHeight() * 0.9);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Objects.requireNonNull(
                ReportPreviewWindow.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);

        model.setErrorHandler(this::showError);
    }

    private ToolBar toolBar() {
        Button print = button("previewPrint", "reporting.preview.print", "reporting.preview.print.tooltip",
                this::choosePrinterAndPrint);
        Button savePdf = button("previewSavePdf", "reporting.preview.savePdf", "reporting.preview.savePdf.tooltip",
                this::chooseFileAndSave);
        print.disableProperty().bind(model.workingProperty());
        savePdf.disableProperty().bind(model.workingProperty());

        Button previous = button("previewPreviousPage", "reporting.preview.previousPage",
                "reporting.preview.previousPage.tooltip", model::previousPage);
        Button next = button("previewNextPage", "reporting.preview.nextPage", "reporting.preview.nextPage.tooltip",
                model::nextPage);
        previous.disableProperty().bind(model.onFirstPage());
        next.disableProperty().bind(model.onLastPage());
        Label pageLabel = new Label();
        pageLabel.setId("previewPageLabel");
        pageLabel.getStyleClass().add(StyleClasses.REPORT_PREVIEW_PAGE_LABEL);
        pageLabel.textProperty().bind(model.pageLabel());

        Button zoomOut = button("previewZoomOut", "reporting.preview.zoomOut", "reporting.preview.zoomOut.tooltip",
                model::zoomOut);
        Button zoomIn = button("previewZoomIn", "reporting.preview.zoomIn", "reporting.preview.zoomIn.tooltip",
                model::zoomIn);
        Button fitWidth = button("previewFitWidth", "reporting.preview.fitWidth", "reporting.preview.fitWidth.tooltip",
                this::fitWidth);
        zoomOut.disableProperty().bind(model.atMinZoom());
        zoomIn.disableProperty().bind(model.atMaxZoom());
        Label zoomLabel = new Label();
        zoomLabel.setId("previewZoomLabel");
        zoomLabel.getStyleClass().add(StyleClasses.REPORT_PREVIEW_ZOOM_LABEL);
        zoomLabel.textProperty().bind(model.zoomLabel());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(messages.get("reporting.preview.close"));
        close.setId("previewClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        return new ToolBar(print, savePdf, new Separator(), previous, pageLabel, next, new Separator(),
                zoomOut, zoomLabel, zoomIn, fitWidth, spacer, close);
    }

    private Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Shows the window and renders the first page, fitted to the window width. */
    public void show() {
        stage.show();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        model.start(fitWidthZoom(), stage.getOutputScaleX());
    }

    /** The window, for callers that want to react to it closing. */
    public Stage stage() {
        return stage;
    }

    ReportPreviewViewModel model() {
        return model;
    }

    /** Saves to a given file without the file dialog (tests, and callers that know the file). */
    Task<Path> savePdf(Path file) {
        return model.savePdf(file);
    }

    private void fitWidth() {
        model.setZoom(fitWidthZoom());
    }

    private double fitWidthZoom() {
        double viewport = scroller.getViewportBounds().getWidth();
        if (viewport <= 0) {
            viewport = stage.getScene().getWidth();
        }
        double available = viewport - 2 * DESK_PADDING - SCROLL_BAR_ALLOWANCE;
        return available / model.report().pageWidth();
    }

    private void onKey(KeyEvent event) {
        boolean handled = true;
        if (event.isShortcutDown()) {
            switch (event.getCode()) {
                case PLUS, EQUALS, ADD -> model.zoomIn();
                case MINUS, SUBTRACT -> model.zoomOut();
                case DIGIT0, NUMPAD0 -> fitWidth();
                case P -> choosePrinterAndPrint();
                case S -> chooseFileAndSave();
                default -> handled = false;
            }
        } else if (event.isAltDown() || event.isShiftDown()) {
            handled = false;
        } else {
            switch (event.getCode()) {
                case PAGE_DOWN -> model.nextPage();
                case PAGE_UP -> model.previousPage();
                case HOME -> model.firstPage();
                case END -> model.lastPage();
                case ESCAPE -> stage.close();
                default -> handled = false;
            }
        }
        if (handled) {
            event.consume();
        }
    }

    private void zoomOnCtrlWheel(ScrollEvent event) {
        if (event.isShortcutDown() && event.getDeltaY() != 0) {
            if (event.getDeltaY() > 0) {
                model.zoomIn();
            } else {
                model.zoomOut();
            }
            event.consume();
        }
    }

    private void chooseFileAndSave() {
        if (model.workingProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("reporting.preview.savePdf"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("reporting.preview.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(suggestedFileName(model.report().title()));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path file = chosen.toPath();
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                file = file.resolveSibling(file.getFileName() + ".pdf");
            }
            model.savePdf(file);
        }
    }

    /** The title as a file name: characters that Windows refuses become "_". */
    static String suggestedFileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (name.isEmpty() ? "report" : name) + ".pdf";
    }

    private void choosePrinterAndPrint() {
        if (model.workingProperty().get()) {
            return;
        }
        Task<ReportPreviewViewModel.Printers> lookup = model.loadPrinters();
        lookup.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> askForPrinter(lookup.getValue()));
    }

    private void askForPrinter(ReportPreviewViewModel.Printers printers) {
        if (printers.all().isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, messages.get("reporting.preview.noPrinter"),
                    ButtonType.OK);
            none.initOwner(stage);
            none.setTitle(messages.get("reporting.preview.noPrinter.title"));
            none.setHeaderText(null);
            none.show();
            return;
        }
        List<PrinterChoice> choices = printers.all().stream().map(PrinterChoice::new).toList();
        PrinterChoice preselected = printers.preferred().map(PrinterChoice::new).orElse(choices.get(0));
        ChoiceDialog<PrinterChoice> dialog = new ChoiceDialog<>(preselected, choices);
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("reporting.preview.printer.title"));
        dialog.setHeaderText(messages.get("reporting.preview.printer.header", model.report().title()));
        dialog.setContentText(messages.get("reporting.preview.printer.label"));
        dialog.showAndWait().ifPresent(choice -> model.print(choice.service()));
    }

    /** A printer in the choice list, shown by its name. */
    private record PrinterChoice(PrintService service) {
        @Override
        public String toString() {
            return service.getName();
        }
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(messages.get("reporting.preview.error.title"));
        alert.setHeaderText(null);
        alert.show();
    }
}
