package com.fours.workbench.parts.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.Stocktake;
import com.fours.workbench.parts.StocktakeCountSheet;
import com.fours.workbench.parts.StocktakeInput;
import com.fours.workbench.parts.StocktakeLine;
import com.fours.workbench.parts.StocktakeScan;
import com.fours.workbench.parts.StocktakeScope;
import com.fours.workbench.parts.StocktakeStatus;
import com.fours.workbench.parts.StocktakeVarianceReport;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.Permission;

/**
 * The stocktake pane's state and commands: the list of stocktakes, a form for a new one, and the
 * counting of the selected one by scanning or typing. Every entry goes to the database at once; the
 * screen only shows what the database now holds. A refused scan keeps what was scanned in the field
 * and raises {@link #alarmProperty()} so the view can flash and beep.
 */
public final class StocktakeViewModel {

    private final StocktakeContext context;
    private final Messages messages;

    private final ObservableList<Stocktake> stocktakes = FXCollections.observableArrayList();
    private final ObjectProperty<Stocktake> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<StocktakeLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Bin> bins = FXCollections.observableArrayList();

    // the form for a new stocktake
    private final ObjectProperty<StocktakeScope> scope = new SimpleObjectProperty<>(this, "scope", StocktakeScope.WHOLE_STORE);
    private final StringProperty binFrom = new SimpleStringProperty(this, "binFrom", "");
    private final StringProperty binTo = new SimpleStringProperty(this, "binTo", "");
    private final ObjectProperty<PartCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty thresholdQuantity = new SimpleStringProperty(this, "thresholdQuantity", "");
    private final StringProperty thresholdValue = new SimpleStringProperty(this, "thresholdValue", "");
    private final Map<String, StringProperty> fieldErrors = new HashMap<>();

    // counting
    private final ObjectProperty<Bin> countBin = new SimpleObjectProperty<>(this, "countBin");
    private final StringProperty scanText = new SimpleStringProperty(this, "scanText", "");
    private final BooleanProperty askQuantity = new SimpleBooleanProperty(this, "askQuantity");
    private final StringProperty quantityText = new SimpleStringProperty(this, "quantityText", "");
    private final StringProperty pendingCode = new SimpleStringProperty(this, "pendingCode", "");
    private final ObjectProperty<StocktakeLine> selectedLine = new SimpleObjectProperty<>(this, "selectedLine");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private final IntegerProperty alarm = new SimpleIntegerProperty(this, "alarm");
    private final StringProperty progress = new SimpleStringProperty(this, "progress", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public StocktakeViewModel(StocktakeContext context) {
        this.context = context;
        this.messages = context.messages();
        for (String field : List.of(StocktakeInput.SCOPE, StocktakeInput.BIN_FROM, StocktakeInput.BIN_TO,
                StocktakeInput.CATEGORY, StocktakeInput.THRESHOLD_QUANTITY, StocktakeInput.THRESHOLD_VALUE)) {
            fieldErrors.put(field, new SimpleStringProperty(this, field + "Error", ""));
        }
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                lines.clear();
                scanText.set("");
                pendingCode.set("");
                message.set("");
                loadLines();
            }
            updateProgress();
        });
    }

    // ---- reading

    /** Reads the stocktakes and the bins again, keeping the selection. */
    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().id();
        run(() -> new Object[] {context.stocktakes().recent(), context.parts().bins()}, result -> {
            @SuppressWarnings("unchecked")
            List<Stocktake> found = (List<Stocktake>) result[0];
            @SuppressWarnings("unchecked")
            List<Bin> allBins = (List<Bin>) result[1];
            stocktakes.setAll(found);
            bins.setAll(allBins);
            Optional<Stocktake> again = found.stream().filter(s -> keep != null && s.id() == keep).findFirst();
            if (again.isPresent()) {
                selected.set(again.get());
                loadLines();
            } else if (selected.get() == null && !found.isEmpty()) {
                selected.set(found.get(0));
            }
        });
    }

    private void loadLines() {
        Stocktake current = selected.get();
        if (current == null) {
            return;
        }
        run(() -> current.status().takesCounts() || current.status() == StocktakeStatus.PAUSED
                ? context.stocktakes().lines(current.id()) : context.stocktakes().varianceLines(current.id()),
                found -> {
                    if (selected.get() != null && selected.get().id() == current.id()) {
                        lines.setAll(found);
                        updateProgress();
                    }
                });
    }

    /** The selected stocktake as stored now (after a status change). */
    private void refreshSelected(Stocktake now) {
        int index = indexOf(stocktakes, now.id());
        if (index >= 0) {
            stocktakes.set(index, now);
        } else {
            stocktakes.add(0, now);
        }
        selected.set(now);
        loadLines();
    }

    private static int indexOf(List<Stocktake> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void updateProgress() {
        Stocktake current = selected.get();
        if (current == null) {
            progress.set("");
            return;
        }
        boolean recount = current.status() == StocktakeStatus.RECOUNTING
                || (current.status() == StocktakeStatus.PAUSED && current.recountLines() > 0);
        long total = recount ? lines.stream().filter(StocktakeLine::recountRequired).count() : lines.size();
        long done = recount ? lines.stream().filter(l -> l.recountRequired() && l.recountQuantity() != null).count()
                : lines.stream().filter(l -> l.countedQuantity() != null).count();
        progress.set(messages.get(recount ? "stocktake.ui.progress.recount" : "stocktake.ui.progress.count", done, total)
                + " · " + messages.of(current.status()));
    }

    // ---- a new stocktake

    public void create() {
        fieldErrors.values().forEach(e -> e.set(""));
        StocktakeInput input = new StocktakeInput(scope.get(), binFrom.get(), binTo.get(), category.get(),
                thresholdQuantity.get(), thresholdValue.get());
        run(() -> context.stocktakes().create(input), created -> {
            binFrom.set("");
            binTo.set("");
            refreshSelected(created);
            say(messages.get("stocktake.ui.created", String.valueOf(created.id()), created.lineCount()), false);
        });
    }

    // ---- counting

    /**
     * The scanner typed a code and Enter. A plain scan adds one at once; in the quantity mode the
     * code waits in {@link #pendingCodeProperty()} for the quantity.
     */
    public void scan() {
        String code = scanText.get() == null ? "" : scanText.get().strip();
        Stocktake current = selected.get();
        if (code.isEmpty() || current == null) {
            return;
        }
        if (askQuantity.get()) {
            pendingCode.set(code);
            scanText.set("");
            quantityText.set("");
            say(messages.get("stocktake.ui.askQuantity", code), false);
            return;
        }
        scanText.set("");
        countScan(current, code, null);
    }

    /** Enter in the quantity field: adds it for the waiting code, or sets the selected line's count. */
    public void enterQuantity() {
        Stocktake current = selected.get();
        String typed = quantityText.get() == null ? "" : quantityText.get().strip();
        if (current == null || typed.isEmpty()) {
            return;
        }
        if (!pendingCode.get().isEmpty()) {
            BigDecimal quantity;
            try {
                quantity = Quantity.parse(typed, PartUnit.LITRE);
            } catch (BusinessRuleException refused) {
                alarm(messages.of(refused));
                return;
            }
            String code = pendingCode.get();
            pendingCode.set("");
            quantityText.set("");
            countScan(current, code, quantity);
            return;
        }
        StocktakeLine line = selectedLine.get();
        if (line == null) {
            alarm(messages.get("stocktake.ui.chooseLine"));
            return;
        }
        run(() -> context.stocktakes().setCount(line.id(), typed), saved -> {
            quantityText.set("");
            replaceLine(saved);
            say(countedText(saved, saved.recountRequired() && selected.get().status() == StocktakeStatus.RECOUNTING
                    ? saved.recountQuantity() : saved.countedQuantity()), false);
        }, failure -> alarm(context.errors().describe(failure)));
    }

    private void countScan(Stocktake current, String code, BigDecimal quantity) {
        Long binId = countBin.get() == null ? null : countBin.get().id();
        run(() -> context.stocktakes().scan(current.id(), binId, code, quantity), (StocktakeScan scan) -> {
            replaceLine(scan.line());
            say(countedText(scan.line(), scan.countNow()), false);
        }, failure -> {
            // the scan is not lost: back in the field (unless the next one is already being typed)
            if (scanText.get() == null || scanText.get().isEmpty()) {
                scanText.set(code);
            }
            alarm(context.errors().describe(failure));
        });
    }

    private String countedText(StocktakeLine line, BigDecimal count) {
        return messages.get("stocktake.ui.counted", line.partNumber(), line.name(Formats.of(messages.locale())), line.binCode(),
                Quantity.display(count), messages.of(line.unit()));
    }

    private void replaceLine(StocktakeLine line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id() == line.id()) {
                lines.set(i, line);
                selectedLine.set(line);
                updateProgress();
                return;
            }
        }
        lines.add(line);
        selectedLine.set(line);
        updateProgress();
    }

    public void pause() {
        act(id -> context.stocktakes().pause(id), "stocktake.ui.paused");
    }

    public void resume() {
        act(id -> context.stocktakes().resume(id), "stocktake.ui.resumed");
    }

    public void finishCounting() {
        act(id -> context.stocktakes().finishCounting(id), "stocktake.ui.finished");
    }

    public void approve() {
        Stocktake current = selected.get();
        if (current != null) {
            act(id -> context.stocktakes().approve(id, current.version()), "stocktake.ui.approved");
        }
    }

    /** The confirmation's question: how many lines differ and what the variances come to. */
    public String postQuestion() {
        Stocktake current = selected.get();
        if (current == null) {
            return "";
        }
        var totals = StocktakeVarianceReport.Totals.of(lines);
        return messages.get("stocktake.ui.postStep.question", number(current), totals.linesWithVariance(),
                totals.lines(), totals.gain().format(messages.locale()), totals.loss().format(messages.locale()),
                totals.net().format(messages.locale()));
    }

    public void post() {
        act(id -> context.stocktakes().post(id), "stocktake.ui.posted");
    }

    private interface StatusChange {
        Stocktake apply(long stocktakeId);
    }

    private void act(StatusChange change, String doneKey) {
        Stocktake current = selected.get();
        if (current == null) {
            return;
        }
        run(() -> change.apply(current.id()), now -> {
            refreshSelected(now);
            say(messages.get(doneKey, String.valueOf(now.id()), messages.of(now.status())), false);
        }, failure -> {
            alarm(context.errors().describe(failure));
            reload();
        });
    }

    // ---- prints

    public void printCountSheet(Consumer<RenderedReport> show) {
        Stocktake current = selected.get();
        if (current == null) {
            return;
        }
        String printedBy = context.session().requireUser().displayName();
        run(() -> {
            var header = new StocktakeCountSheet.Header(storeName(), number(current), scopeText(current),
                    time(current.frozenAt()), printedBy, time(context.clock().instant()));
            return StocktakeCountSheet.render(context.reports(), messages, header,
                    StocktakeCountSheet.rows(context.stocktakes().lines(current.id()), messages));
        }, show);
    }

    public void printVariance(Consumer<RenderedReport> show) {
        Stocktake current = selected.get();
        if (current == null) {
            return;
        }
        String printedBy = context.session().requireUser().displayName();
        run(() -> {
            List<StocktakeLine> all = context.stocktakes().varianceLines(current.id());
            Stocktake now = context.stocktakes().find(current.id());
            var header = new StocktakeVarianceReport.Header(storeName(), number(now), scopeText(now),
                    messages.of(now.status()), time(now.frozenAt()), now.approvedBy() == null ? "" : now.approvedBy(),
                    printedBy, time(context.clock().instant()));
            return StocktakeVarianceReport.render(context.reports(), messages, header,
                    StocktakeVarianceReport.Totals.of(all), StocktakeVarianceReport.rows(all, messages));
        }, show);
    }

    private String storeName() {
        return context.storeProfiles().find().map(p -> p.name()).orElse("");
    }

    // ---- texts the view shows

    public String number(Stocktake s) {
        return messages.get("stocktake.ui.number", String.valueOf(s.id()));
    }

    public String scopeText(Stocktake s) {
        String scopeName = messages.of(s.scope());
        return switch (s.scope()) {
            case BIN_RANGE -> scopeName + " " + (s.binFrom() == null ? "" : s.binFrom()) + " – "
                    + (s.binTo() == null ? "" : s.binTo());
            case CATEGORY -> scopeName + " " + messages.of(s.category());
            default -> scopeName;
        };
    }

    public String time(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        return Formats.of(messages.locale()).dateTime(instant, context.clock().getZone());
    }

    // ---- plumbing

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    private void alarm(String text) {
        say(text, true);
        alarm.set(alarm.get() + 1);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, this::failed);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        context.background().run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            onFailure.accept(failure);
        });
    }

    private void failed(Throwable failure) {
        Throwable cause = failure;
        if (cause instanceof InvalidFieldsException invalid) {
            invalid.byField().forEach((field, reason) -> {
                StringProperty error = fieldErrors.get(field);
                if (error != null) {
                    error.set(messages.of(reason));
                }
            });
            say(messages.get("stocktake.ui.fixFields"), true);
            return;
        }
        if (cause instanceof BusinessRuleException) {
            alarm(context.errors().describe(cause));
            return;
        }
        context.errors().report(context.window(), failure);
    }

    // ---- what the view binds to

    public boolean may(Permission permission) {
        return context.may(permission);
    }

    public BooleanBinding canCount() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().status().takesCounts(),
                selected);
    }

    public BooleanBinding statusIs(StocktakeStatus... statuses) {
        return Bindings.createBooleanBinding(() -> {
            if (selected.get() == null) {
                return false;
            }
            for (StocktakeStatus s : statuses) {
                if (selected.get().status() == s) {
                    return true;
                }
            }
            return false;
        }, selected);
    }

    public ObservableList<Stocktake> stocktakes() {
        return stocktakes;
    }

    public ObjectProperty<Stocktake> selectedProperty() {
        return selected;
    }

    public ObservableList<StocktakeLine> lines() {
        return lines;
    }

    public ObservableList<Bin> bins() {
        return bins;
    }

    public ObjectProperty<StocktakeScope> scopeProperty() {
        return scope;
    }

    public StringProperty binFromProperty() {
        return binFrom;
    }

    public StringProperty binToProperty() {
        return binTo;
    }

    public ObjectProperty<PartCategory> categoryProperty() {
        return category;
    }

    public StringProperty thresholdQuantityProperty() {
        return thresholdQuantity;
    }

    public StringProperty thresholdValueProperty() {
        return thresholdValue;
    }

    public StringProperty errorOf(String field) {
        return fieldErrors.get(field);
    }

    public ObjectProperty<Bin> countBinProperty() {
        return countBin;
    }

    public StringProperty scanTextProperty() {
        return scanText;
    }

    public BooleanProperty askQuantityProperty() {
        return askQuantity;
    }

    public StringProperty quantityTextProperty() {
        return quantityText;
    }

    public StringProperty pendingCodeProperty() {
        return pendingCode;
    }

    public ObjectProperty<StocktakeLine> selectedLineProperty() {
        return selectedLine;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    /** Goes up by one at each refused scan or entry: the view flashes and beeps. */
    public IntegerProperty alarmProperty() {
        return alarm;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
