package com.fours.workbench.receivables.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
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
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.openitems.Allocations;
import com.fours.workbench.receivables.AgeingLine;
import com.fours.workbench.receivables.OpenItem;
import com.fours.workbench.receivables.Receipt;
import com.fours.workbench.receivables.ReceiptInput;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.ui.FieldErrors;

/**
 * The ledger of payers: every payer's ageing; the chosen payer's open bills and receipts; a receipt
 * as typed, applied to the bills chosen (all open bills when none is chosen) oldest first, the rest
 * kept as credit; a receipt's credit applied later the same way; the month's statement printed.
 * Never touches a control.
 */
public final class ReceivablesViewModel {

    private final ReceivablesContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<AgeingLine> payers = FXCollections.observableArrayList();
    private final ObjectProperty<AgeingLine> payer = new SimpleObjectProperty<>(this, "payer");
    private final ObservableList<OpenItem> items = FXCollections.observableArrayList();
    private final ObservableList<OpenItem> chosenItems = FXCollections.observableArrayList();
    private final ObservableList<Receipt> receipts = FXCollections.observableArrayList();
    private final ObjectProperty<Receipt> receipt = new SimpleObjectProperty<>(this, "receipt");
    private final ObjectProperty<ReceiptMethod> method = new SimpleObjectProperty<>(this, "method",
            ReceiptMethod.BANK_TRANSFER);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty day = new SimpleStringProperty(this, "day", "");
    private final StringProperty month = new SimpleStringProperty(this, "month", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();

    public ReceivablesViewModel(ReceivablesContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        month.set(YearMonth.now(context.clock()).toString());
        payer.addListener((obs, old, now) -> loadPayer());
    }

    public ObservableList<AgeingLine> payers() { return payers; }
    public ObjectProperty<AgeingLine> payerProperty() { return payer; }
    public ObservableList<OpenItem> items() { return items; }
    /** The bills the user chose in the list (the view keeps this in step with the table's selection). */
    public ObservableList<OpenItem> chosenItems() { return chosenItems; }
    public ObservableList<Receipt> receipts() { return receipts; }
    public ObjectProperty<Receipt> receiptProperty() { return receipt; }
    public ObjectProperty<ReceiptMethod> methodProperty() { return method; }
    public StringProperty amountProperty() { return amount; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty dayProperty() { return day; }
    public StringProperty monthProperty() { return month; }
    public StringProperty messageProperty() { return message; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }

    /** Reads every payer's ageing again, keeping the chosen payer. */
    public void refresh() {
        LocalDate today = LocalDate.now(context.clock());
        Long chosen = payer.get() == null ? null : payer.get().payerId();
        busy.set(true);
        context.background().run(() -> context.figures().ageing(today), loaded -> {
            busy.set(false);
            payers.setAll(loaded);
            AgeingLine again = loaded.stream().filter(l -> chosen != null && l.payerId() == chosen).findFirst()
                    .orElse(null);
            payer.set(again);
            if (again != null) {
                loadPayer();
            }
        }, this::fail);
    }

    private void loadPayer() {
        AgeingLine chosen = payer.get();
        items.clear();
        receipts.clear();
        summary.set("");
        if (chosen == null) {
            return;
        }
        context.background().run(() -> new PayerView(context.figures().openItems(chosen.payerId()),
                context.figures().receipts(chosen.payerId())), loaded -> {
                    if (payer.get() == null || payer.get().payerId() != chosen.payerId()) {
                        return;
                    }
                    items.setAll(loaded.items());
                    receipts.setAll(loaded.receipts());
                    summary.set(messages.get("receivables.ui.summary", chosen.payerName(),
                            formats.money(chosen.open()), formats.money(chosen.unapplied()),
                            formats.money(chosen.balance())));
                }, this::fail);
    }

    private record PayerView(List<OpenItem> items, List<Receipt> receipts) {
    }

    /** Records the receipt as typed, applied oldest first to the chosen bills (or all open bills). */
    public void record() {
        AgeingLine chosen = payer.get();
        if (chosen == null || busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        List<Allocation> allocations;
        try {
            allocations = oldestFirst(Money.parse(amount.get()));
        } catch (InvalidValueException e) {
            errors.show(new InvalidFieldsException(java.util.Map.of(ReceiptInput.AMOUNT, e)), messages);
            return;
        }
        ReceiptInput input = new ReceiptInput(method.get(), amount.get(), reference.get(), day.get());
        busy.set(true);
        context.background().run(() -> context.receipts().record(chosen.payerId(), input, allocations), done -> {
            busy.set(false);
            message.set(messages.get("receivables.ui.recorded", done.number(), formats.money(done.amount()),
                    formats.money(done.amount().minus(done.unapplied())), formats.money(done.unapplied())));
            amount.set("");
            reference.set("");
            day.set("");
            refresh();
        }, this::fail);
    }

    /** Applies the chosen receipt's credit oldest first to the chosen bills (or all open bills). */
    public void applyCredit() {
        Receipt chosen = receipt.get();
        if (chosen == null || busy.get() || !chosen.unapplied().isPositive()) {
            return;
        }
        message.set("");
        errors.clear();
        List<Allocation> allocations = oldestFirst(chosen.unapplied());
        busy.set(true);
        context.background().run(() -> context.receipts().apply(chosen.id(), chosen.version(), allocations), done -> {
            busy.set(false);
            message.set(messages.get("receivables.ui.applied", done.number(),
                    formats.money(chosen.unapplied().minus(done.unapplied())), formats.money(done.unapplied())));
            refresh();
        }, this::fail);
    }

    /** How {@code available} is spread: over the chosen bills (else all), oldest first, each up to what is open. */
    List<Allocation> oldestFirst(Money available) {
        return Allocations.spread(available, chosenItems.isEmpty() ? items : chosenItems,
                Comparator.comparing(OpenItem::billedOn).thenComparing(OpenItem::billNumber), OpenItem::id,
                OpenItem::openAmount);
    }

    /** The chosen payer's statement for the month typed (yyyy-MM). */
    public void printStatement(Consumer<RenderedReport> show) {
        AgeingLine chosen = payer.get();
        if (chosen == null) {
            return;
        }
        errors.clear();
        YearMonth wanted;
        try {
            wanted = YearMonth.parse(month.get().strip());
        } catch (DateTimeParseException e) {
            errors.of("statementMonth").set(messages.get("receivables.ui.monthInvalid"));
            return;
        }
        context.background().run(() -> context.statementPrint().render(
                context.figures().statement(chosen.payerId(), wanted), messages), show, this::fail);
    }

    /** A receipt's line in the list: its number, method, reference and what is left of it. */
    public String describe(Receipt r) {
        return r.number() + " " + messages.of(r.method()) + (r.reference() == null ? "" : " " + r.reference());
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, errors, message);
    }
}
