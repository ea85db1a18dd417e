package com.fours.workbench.reporting.ui;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.print.PrintService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * State and commands of the print preview: current page, zoom, the page image, and the slow work
 * (rendering, saving, printing) run on the injected executor. Touches no control; every method is
 * called on the JavaFX thread, and every result comes back on it.
 */
public final class ReportPreviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPreviewViewModel.class);

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4.0;
    private static final double[] ZOOM_STEPS = {0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5,
        3.0, 4.0};
    /** Engine limit on the render zoom (zoom times the screen's output scale). */
    private static final double MAX_RENDER_ZOOM = 10.0;

    /** The printers found, and the system default if it is one of them. */
    public record Printers(List<PrintService> all, Optional<PrintService> preferred) {
    }

    private final ReportEngine engine;
    private final RenderedReport report;
    private final Executor executor;
    private final Messages messages;

    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyObjectWrapper<Image> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final StringBinding pageLabel;
    private final StringBinding zoomLabel;
    private final DoubleBinding displayWidth;
    private final DoubleBinding displayHeight;
    private final BooleanBinding onFirstPage;
    private final BooleanBinding onLastPage;
    private final BooleanBinding atMinZoom;
    private final BooleanBinding atMaxZoom;

    private Consumer<String> errorHandler = message -> { };
    private double renderScale = 1.0;
    private boolean started;
    private boolean renderInFlight;
    private boolean renderPending;

    public ReportPreviewViewModel(ReportEngine engine, RenderedReport report, Executor executor, Messages messages) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.report = Objects.requireNonNull(report, "report");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        pageLabel = Bindings.createStringBinding(
                () -> messages.get("reporting.preview.pageOf", pageIndex.get() + 1, pageCount()), pageIndex);
        zoomLabel = Bindings.createStringBinding(() -> percent.format(zoom.get()), zoom);
        displayWidth = zoom.multiply(report.pageWidth());
        displayHeight = zoom.multiply(report.pageHeight());
        onFirstPage = pageIndex.lessThanOrEqualTo(0);
        onLastPage = pageIndex.greaterThanOrEqualTo(pageCount() - 1);
        atMinZoom = zoom.lessThanOrEqualTo(MIN_ZOOM + 1e-9);
        atMaxZoom = zoom.greaterThanOrEqualTo(MAX_ZOOM - 1e-9);
    }

    /** Where a translated error message goes (the view shows it); the cause is already logged. */
    public void setErrorHandler(Consumer<String> errorHandler) {
        this.errorHandler = Objects.requireNonNull(errorHandler, "errorHandler");
    }

    /**
     * Shows the first page at the given zoom. Until then nothing is rendered, so the view can first
     * learn its size (fit width) and its screen's scale.
     *
     * @param screenScale pixels per logical pixel of the screen (2 on a 200% display), for sharp text
     */
    public void start(double initialZoom, double screenScale) {
        renderScale = screenScale > 0 ? screenScale : 1.0;
        started = true;
        zoom.set(clampZoom(initialZoom));
        requestRender();
    }

    public RenderedReport report() {
        return report;
    }

    public int pageCount() {
        return report.pageCount();
    }

    // --- paging -------------------------------------------------------------------------------

    public void nextPage() {
        goToPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        goToPage(pageIndex.get() - 1);
    }

    public void firstPage() {
        goToPage(0);
    }

    public void lastPage() {
        goToPage(pageCount() - 1);
    }

    /** @param index 0-based; out-of-range values stop at the first or last page */
    public void goToPage(int index) {
        int target = Math.max(0, Math.min(pageCount() - 1, index));
        if (target != pageIndex.get()) {
            pageIndex.set(target);
            requestRender();
        }
    }

    // --- zoom ---------------------------------------------------------------------------------

    public void zoomIn() {
        double current = zoom.get();
        for (double step : ZOOM_STEPS) {
            if (step > current + 1e-3) {
                setZoom(step);
                return;
            }
        }
        setZoom(MAX_ZOOM);
    }

    public void zoomOut() {
        double current = zoom.get();
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < current - 1e-3) {
                setZoom(ZOOM_STEPS[i]);
                return;
            }
        }
        setZoom(MIN_ZOOM);
    }

    /** The zoom at which a page is {@code availableWidth} logical pixels wide. */
    public void fitWidth(double availableWidth) {
        if (availableWidth > 0) {
            setZoom(availableWidth / report.pageWidth());
        }
    }

    public void setZoom(double requested) {
        double target = clampZoom(requested);
        if (Math.abs(target - zoom.get()) > 1e-6) {
            zoom.set(target);
            requestRender();
        }
    }

    private static double clampZoom(double requested) {
        return Double.isFinite(requested) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, requested)) : 1.0;
    }

    // --- rendering ----------------------------------------------------------------------------

    /**
     * Renders the current page at the current zoom. While one render runs, later requests collapse
     * into one that runs after it, so quick paging or zooming never queues up stale work.
     */
    private void requestRender() {
        if (!started) {
            return;
        }
        if (renderInFlight) {
            renderPending = true;
            return;
        }
        renderInFlight = true;
        rendering.set(true);
        int page = pageIndex.get();
        float renderZoom = (float) Math.min(MAX_RENDER_ZOOM, zoom.get() * renderScale);
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() {
                return SwingFXUtils.toFXImage(engine.renderPage(report, page, renderZoom), null);
            }
        };
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            renderInFlight = false;
            if (!renderPending) {
                pageImage.set(task.getValue());
            }
            afterRender();
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            renderInFlight = false;
            LOG.error("Preview of page {} of '{}' failed", page + 1, report.title(), task.getException());
            if (!renderPending) {
                errorHandler.accept(messages.get("reporting.preview.error.render"));
            }
            afterRender();
        });
        if (!submit(task)) {
            renderInFlight = false;
            renderPending = false;
            rendering.set(false);
            errorHandler.accept(messages.get("reporting.preview.error.render"));
        }
    }

    private void afterRender() {
        if (renderPending) {
            renderPending = false;
            requestRender();
        } else {
            rendering.set(false);
        }
    }

    // --- saving and printing ------------------------------------------------------------------

    /** Writes the report as a PDF file off the JavaFX thread; the task reports how it went. */
    public Task<Path> savePdf(Path file) {
        Objects.requireNonNull(file, "file");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                engine.exportPdf(report, file);
                return file;
            }
        };
        String fileName = String.valueOf(file.getFileName());
        runWork(task, messages.get("reporting.preview.saving"),
                () -> messages.get("reporting.preview.saved", fileName),
                () -> messages.get("reporting.preview.error.save", fileName),
                "Saving '" + report.title() + "' as PDF to " + file);
        return task;
    }

    /** Looks up the installed printers off the JavaFX thread (it can take a while with CUPS). */
    public Task<Printers> loadPrinters() {
        Task<Printers> task = new Task<>() {
            @Override
            protected Printers call() {
                List<PrintService> all = engine.printServices();
                Optional<PrintService> preferred = engine.defaultPrintService()
                        .flatMap(d -> all.stream().filter(p -> p.getName().equals(d.getName())).findFirst());
                return new Printers(List.copyOf(all), preferred);
            }
        };
        runWork(task, "", () -> "", () -> messages.get("reporting.preview.error.printers"),
                "Looking up the printers");
        return task;
    }

    /** Prints every page on {@code printer} off the JavaFX thread. */
    public Task<Void> print(PrintService printer) {
        Objects.requireNonNull(printer, "printer");
        String name = printer.getName();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                engine.print(report, printer);
                return null;
            }
        };
        runWork(task, messages.get("reporting.preview.printing", name),
                () -> messages.get("reporting.preview.printed", name),
                () -> messages.get("reporting.preview.error.print", name),
                "Printing '" + report.title() + "' on " + name);
        return task;
    }

    private void runWork(Task<?> task, String busyText, Supplier<String> doneText,
            Supplier<String> errorText, String whatForTheLog) {
        working.set(true);
        status.set(busyText);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            working.set(false);
            status.set(doneText.get());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            working.set(false);
            status.set("");
            LOG.error("{} failed", whatForTheLog, task.getException());
            errorHandler.accept(errorText.get());
        });
        if (!submit(task)) {
            working.set(false);
            status.set("");
            errorHandler.accept(errorText.get());
        }
    }

    private boolean submit(Task<?> task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.error("The background executor refused preview work for '{}'", report.title(), e);
            return false;
        }
    }

    // --- properties for the view --------------------------------------------------------------

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    /** True while a page image is being prepared. */
    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** True while saving, printing or looking up printers. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** A short translated line about the last save or print. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Page 2 of 5", translated. */
    public StringBinding pageLabel() {
        return pageLabel;
    }

    /** "125%", in the user's number format. */
    public StringBinding zoomLabel() {
        return zoomLabel;
    }

    /** Width of the page on screen in logical pixels at the current zoom. */
    public DoubleBinding displayWidth() {
        return displayWidth;
    }

    public DoubleBinding displayHeight() {
        return displayHeight;
    }

    public BooleanBinding onFirstPage() {
        return onFirstPage;
    }

    public BooleanBinding onLastPage() {
        return onLastPage;
    }

    public BooleanBinding atMinZoom() {
        return atMinZoom;
    }

    public BooleanBinding atMaxZoom() {
        return atMaxZoom;
    }
}
