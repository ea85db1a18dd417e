package com.fours.workbench.environment.ui;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.environment.LedgerReport;
import com.fours.workbench.environment.LedgerRow;
import com.fours.workbench.environment.WasteEntry;
import com.fours.workbench.environment.WasteInput;
import com.fours.workbench.environment.WasteMonthFigure;
import com.fours.workbench.environment.WastePrints;
import com.fours.workbench.environment.WasteTransfer;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.ui.FieldErrors;

/**
 * The ledger of a month (or its year) as HJ 1259 lays it out, its rows, a correction of a row, the
 * closing of the month, the print and the Excel export; and the figures of the twelve months up to
 * it. Never touches a control.
 */
public final class WasteLedgerViewModel {

    /** The field of the month typed. */
    public static final String MONTH = "month";

    private final EnvironmentContext context;
    private final Messages messages;
    private final Formats formats;
    private final StringProperty month = new SimpleStringProperty(this, "month", "");
    private final BooleanProperty wholeYear = new SimpleBooleanProperty(this, "wholeYear");
    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WasteEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<WasteMonthFigure> figures = FXCollections.observableArrayList();
    private final ObservableList<WasteTransfer> transfers = FXCollections.observableArrayList();
    private final ObjectProperty<WasteEntry> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObjectProperty<WasteTransfer> chosenTransfer = new SimpleObjectProperty<>(this, "chosenTransfer");
    private final ObjectProperty<LedgerReport> ledger = new SimpleObjectProperty<>(this, "ledger");
    private final StringProperty correction = new SimpleStringProperty(this, "correction", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();

    public WasteLedgerViewModel(EnvironmentContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        month.set(YearMonth.now(context.clock()).toString());
    }

    public StringProperty monthProperty() { return month; }
    public BooleanProperty wholeYearProperty() { return wholeYear; }
    public ObservableList<LedgerRow> rows() { return rows; }
    public ObservableList<WasteEntry> entries() { return entries; }
    public ObservableList<WasteMonthFigure> figures() { return figures; }
    public ObjectProperty<WasteEntry> chosenProperty() { return chosen; }
    public ObservableList<WasteTransfer> transfers() { return transfers; }
    public ObjectProperty<WasteTransfer> chosenTransferProperty() { return chosenTransfer; }
    public ObjectProperty<LedgerReport> ledgerProperty() { return ledger; }
    public StringProperty correctionProperty() { return correction; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty statusProperty() { return status; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }

    private YearMonth typedMonth() {
        try {
            return YearMonth.parse(month.get().strip());
        } catch (DateTimeParseException e) {
            errors.of(MONTH).set(messages.get("waste.ui.monthInvalid"));
            return null;
        }
    }

    private record Loaded(LedgerReport ledger, List<WasteMonthFigure> figures) {
    }

    /** Reads the ledger of the month typed (or of its year). */
    public void refresh() {
        errors.clear();
        YearMonth wanted = typedMonth();
        if (wanted == null) {
            return;
        }
        boolean year = wholeYear.get();
        busy.set(true);
        context.background().run(() -> new Loaded(year ? context.reports().year(wanted.getYear())
                : context.reports().month(wanted), context.reports().figures(wanted.minusMonths(11), wanted)), loaded -> {
                    busy.set(false);
                    ledger.set(loaded.ledger());
                    rows.setAll(loaded.ledger().rows());
                    entries.setAll(loaded.ledger().entries());
                    transfers.setAll(loaded.ledger().transfers());
                    figures.setAll(loaded.figures());
                    status.set(messages.get(loaded.ledger().closed() ? "waste.ui.ledger.closed" : "waste.ui.ledger.open",
                            WastePrints.title(loaded.ledger(), messages), loaded.ledger().transfers().size()));
                }, this::fail);
    }

    /** Corrects the chosen row with the signed quantity and the reason, dated today. */
    public void correct() {
        WasteEntry entry = chosen.get();
        if (entry == null || busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        WasteInput input = new WasteInput(entry.kindId(), correction.get(), null, reason.get());
        busy.set(true);
        context.background().run(() -> context.ledger().correct(entry.id(), input), done -> {
            busy.set(false);
            message.set(messages.get("waste.ui.corrected", done.kindName(), formats.quantity(done.quantity()),
                    formats.date(done.entryDay())));
            correction.set("");
            reason.set("");
            refresh();
        }, this::fail);
    }

    /** Closes the month typed. */
    public void closeMonth() {
        errors.clear();
        YearMonth wanted = typedMonth();
        if (wanted == null || busy.get()) {
            return;
        }
        busy.set(true);
        context.background().run(() -> {
            context.ledger().closeMonth(wanted);
            return wanted;
        }, done -> {
            busy.set(false);
            message.set(messages.get("waste.ui.monthClosed", done.toString()));
            refresh();
        }, this::fail);
    }

    public void print(Consumer<RenderedReport> show) {
        LedgerReport shown = ledger.get();
        if (shown == null) {
            return;
        }
        context.background().run(() -> context.prints().render(shown, messages), show, this::fail);
    }

    /** The transfer record (转移记录) of the hand-over chosen in the month's list, kept with its manifest. */
    public void printTransfer(Consumer<RenderedReport> show) {
        WasteTransfer transfer = chosenTransfer.get();
        if (transfer == null) {
            return;
        }
        context.background().run(() -> context.prints().renderTransfer(transfer.id(), messages), show, this::fail);
    }

    public String exportFileName() {
        LedgerReport shown = ledger.get();
        return shown == null ? "" : WastePrints.title(shown, messages).replace(' ', '-') + ".xlsx";
    }

    public void export(Path file) {
        LedgerReport shown = ledger.get();
        if (shown == null) {
            return;
        }
        context.background().run(() -> context.prints().export(shown, file, messages), written ->
                message.set(messages.get("waste.ui.exported", file.getFileName().toString(), written)), this::fail);
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, errors, message);
    }
}
