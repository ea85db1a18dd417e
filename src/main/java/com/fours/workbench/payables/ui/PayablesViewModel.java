package com.fours.workbench.payables.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.openitems.Allocations;
import com.fours.workbench.payables.InvoiceInput;
import com.fours.workbench.payables.InvoiceLine;
import com.fours.workbench.payables.InvoiceLineInput;
import com.fours.workbench.payables.Invoiceable;
import com.fours.workbench.payables.PayablesAgeingLine;
import com.fours.workbench.payables.PayablesSettings;
import com.fours.workbench.payables.PayablesSupplier;
import com.fours.workbench.payables.PaymentInput;
import com.fours.workbench.payables.SettingsInput;
import com.fours.workbench.payables.SupplierInvoice;
import com.fours.workbench.payables.SupplierPayment;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;

/**
 * Payables: every supplier's ageing and what falls due this week; the chosen supplier's open
 * invoices (with the chosen one's lines beside the order and the receipt), its payments; a new
 * invoice built from its received lines; a waiting invoice accepted by the manager, an invoice
 * voided; a payment applied oldest first to the chosen payable invoices, the rest kept as credit.
 * Never touches a control.
 */
public final class PayablesViewModel {

    /** A line of the invoice being entered: the received line, and the quantity and price as typed. */
    public record DraftLine(Invoiceable received, String quantity, String unitPrice) {
    }

    private final PayablesContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<PayablesAgeingLine> ageing = FXCollections.observableArrayList();
    private final ObservableList<SupplierInvoice> due = FXCollections.observableArrayList();
    private final ObservableList<PayablesSupplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<PayablesSupplier> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final ObservableList<SupplierInvoice> invoices = FXCollections.observableArrayList();
    private final ObservableList<SupplierInvoice> chosenInvoices = FXCollections.observableArrayList();
    private final ObjectProperty<SupplierInvoice> invoice = new SimpleObjectProperty<>(this, "invoice");
    private final ObservableList<InvoiceLine> lines = FXCollections.observableArrayList();
    private final ObservableList<SupplierPayment> payments = FXCollections.observableArrayList();
    private final ObjectProperty<SupplierPayment> payment = new SimpleObjectProperty<>(this, "payment");
    private final ObservableList<Invoiceable> receivable = FXCollections.observableArrayList();
    private final ObjectProperty<Invoiceable> received = new SimpleObjectProperty<>(this, "received");
    private final ObservableList<DraftLine> draft = FXCollections.observableArrayList();
    private final StringProperty invoiceNumber = new SimpleStringProperty(this, "invoiceNumber", "");
    private final StringProperty invoiceDate = new SimpleStringProperty(this, "invoiceDate", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final StringProperty unitPrice = new SimpleStringProperty(this, "unitPrice", "");
    private final ObjectProperty<ReceiptMethod> method = new SimpleObjectProperty<>(this, "method",
            ReceiptMethod.BANK_TRANSFER);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty paidOn = new SimpleStringProperty(this, "paidOn", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty tolerance = new SimpleStringProperty(this, "tolerance", "");
    private final StringProperty limit = new SimpleStringProperty(this, "limit", "");
    private final StringProperty days = new SimpleStringProperty(this, "days", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty dialogMessage = new SimpleStringProperty(this, "dialogMessage", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty stepDone = new SimpleBooleanProperty(this, "stepDone");
    private final FieldErrors errors = new FieldErrors();
    private PayablesSettings settings;
    /** The supplier whose received lines the draft holds. */
    private Long draftSupplier;
    /** True while the supplier list is replaced: the box lets go of its value and takes it back meanwhile. */
    private boolean replacingSuppliers;
    /** Counts the supplier reads started: only the last one's answer is shown. */
    private long supplierReads;

    public PayablesViewModel(PayablesContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        supplier.addListener((obs, old, now) -> {
            if (!replacingSuppliers) {
                loadSupplier();
            }
        });
        invoice.addListener((obs, old, now) -> loadLines());
        received.addListener((obs, old, now) -> {
            quantity.set(now == null ? "" : now.left().stripTrailingZeros().toPlainString());
            unitPrice.set(now == null ? "" : now.receivedPrice().toPlainString());
        });
    }

    public ObservableList<PayablesAgeingLine> ageing() { return ageing; }
    public ObservableList<SupplierInvoice> due() { return due; }
    public ObservableList<PayablesSupplier> suppliers() { return suppliers; }
    public ObjectProperty<PayablesSupplier> supplierProperty() { return supplier; }
    public ObservableList<SupplierInvoice> invoices() { return invoices; }
    /** The invoices the user chose in the list (the view keeps this in step with the table's selection). */
    public ObservableList<SupplierInvoice> chosenInvoices() { return chosenInvoices; }
    public ObjectProperty<SupplierInvoice> invoiceProperty() { return invoice; }
    public ObservableList<InvoiceLine> lines() { return lines; }
    public ObservableList<SupplierPayment> payments() { return payments; }
    public ObjectProperty<SupplierPayment> paymentProperty() { return payment; }
    public ObservableList<Invoiceable> receivable() { return receivable; }
    public ObjectProperty<Invoiceable> receivedProperty() { return received; }
    public ObservableList<DraftLine> draft() { return draft; }
    public StringProperty invoiceNumberProperty() { return invoiceNumber; }
    public StringProperty invoiceDateProperty() { return invoiceDate; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty unitPriceProperty() { return unitPrice; }
    public ObjectProperty<ReceiptMethod> methodProperty() { return method; }
    public StringProperty amountProperty() { return amount; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty paidOnProperty() { return paidOn; }
    public StringProperty noteProperty() { return note; }
    public StringProperty toleranceProperty() { return tolerance; }
    public StringProperty limitProperty() { return limit; }
    public StringProperty daysProperty() { return days; }
    public StringProperty messageProperty() { return message; }
    public StringProperty dialogMessageProperty() { return dialogMessage; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty stepDoneProperty() { return stepDone; }
    public FieldErrors errors() { return errors; }

    public boolean mayAccept() {
        return context.may(Permission.ACCEPT_INVOICE_DIFFERENCES);
    }

    public boolean maySetUp() {
        return context.may(Permission.APPROVE_SUPPLIER_PAYMENTS);
    }

    /** Reads the ageing, the week's due list, the suppliers and the settings again, keeping the chosen supplier. */
    public void refresh() {
        LocalDate today = LocalDate.now(context.clock());
        busy.set(true);
        context.background().run(() -> new Overview(context.figures().ageing(today),
                context.figures().dueThisWeek(today), context.figures().suppliers(), context.invoices().settings()),
                loaded -> {
                    busy.set(false);
                    ageing.setAll(loaded.ageing());
                    due.setAll(loaded.due());
                    PayablesSupplier chosen = supplier.get();
                    if (!suppliers.equals(loaded.suppliers())) {
                        // the box shows this list: on a replacement it sets its value to none and back,
                        // which would clear the invoice being typed and start two more reads
                        replacingSuppliers = true;
                        try {
                            suppliers.setAll(loaded.suppliers());
                        } finally {
                            replacingSuppliers = false;
                        }
                    }
                    settings = loaded.settings();
                    tolerance.set(settings.priceTolerancePct().stripTrailingZeros().toPlainString());
                    limit.set(settings.approvalLimit().toPlainString());
                    days.set(String.valueOf(settings.defaultPaymentDays()));
                    PayablesSupplier again = chosen == null ? null : loaded.suppliers().stream()
                            .filter(s -> s.id() == chosen.id()).findFirst().orElse(null);
                    if (again != null && again.equals(supplier.get())) {
                        loadSupplier();
                    } else {
                        supplier.set(again);
                    }
                }, this::fail);
    }

    private record Overview(List<PayablesAgeingLine> ageing, List<SupplierInvoice> due,
                            List<PayablesSupplier> suppliers, PayablesSettings settings) {
    }

    /** Chooses the supplier of an ageing line or a due invoice. */
    public void choose(long supplierId) {
        suppliers.stream().filter(s -> s.id() == supplierId).findFirst().ifPresent(supplier::set);
    }

    private void loadSupplier() {
        PayablesSupplier chosen = supplier.get();
        invoices.clear();
        payments.clear();
        receivable.clear();
        lines.clear();
        summary.set("");
        if (chosen == null || draftSupplier == null || draftSupplier != chosen.id()) {
            draft.clear();
        }
        long read = ++supplierReads;
        if (chosen == null) {
            return;
        }
        context.background().run(() -> new SupplierView(context.figures().openInvoices(chosen.id()),
                context.figures().payments(chosen.id()), context.invoices().invoiceable(chosen.id())), loaded -> {
                    // an earlier read answering late would replace the invoices after the user chose one,
                    // and the table lets go of its selection (the lines chosen vanish)
                    if (read != supplierReads) {
                        return;
                    }
                    invoices.setAll(loaded.invoices());
                    payments.setAll(loaded.payments());
                    receivable.setAll(loaded.receivable());
                    Money open = Money.sum(loaded.invoices().stream().filter(SupplierInvoice::payable)
                            .map(SupplierInvoice::openAmount).toList());
                    Money credit = Money.sum(loaded.payments().stream().map(SupplierPayment::unapplied).toList());
                    summary.set(messages.get("payables.ui.summary", chosen.name(), formats.money(open),
                            formats.money(credit), formats.money(open.minus(credit))));
                }, this::fail);
    }


    private record SupplierView(List<SupplierInvoice> invoices, List<SupplierPayment> payments,
                                List<Invoiceable> receivable) {
    }

    private void loadLines() {
        SupplierInvoice chosen = invoice.get();
        lines.clear();
        if (chosen == null) {
            return;
        }
        context.background().run(() -> context.invoices().lines(chosen.id()), loaded -> {
            if (invoice.get() != null && invoice.get().id() == chosen.id()) {
                lines.setAll(loaded);
            }
        }, this::fail);
    }

    /** Adds the chosen received line, with the quantity and price typed, to the invoice being entered. */
    public void addLine() {
        Invoiceable line = received.get();
        PayablesSupplier chosen = supplier.get();
        if (line == null || chosen == null) {
            return;
        }
        draft.removeIf(d -> d.received().receiptLineId() == line.receiptLineId());
        draftSupplier = chosen.id();
        draft.add(new DraftLine(line, quantity.get(), unitPrice.get()));
    }

    public void removeLine(DraftLine line) {
        draft.remove(line);
    }

    /** Enters the invoice as typed with the lines added. */
    public void enterInvoice() {
        PayablesSupplier chosen = supplier.get();
        if (chosen == null || busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        InvoiceInput input = new InvoiceInput(invoiceNumber.get(), invoiceDate.get(), draft.stream()
                .map(d -> new InvoiceLineInput(d.received().receiptLineId(), d.quantity(), d.unitPrice())).toList());
        busy.set(true);
        context.background().run(() -> context.invoices().enter(chosen.id(), input), done -> {
            busy.set(false);
            message.set(messages.get("payables.ui.entered", done.invoiceNumber(), formats.money(done.amount()),
                    formats.date(done.dueOn()), done.differences()));
            invoiceNumber.set("");
            invoiceDate.set("");
            draft.clear();
            refresh();
        }, this::fail);
    }

    /** The question the manager answers before accepting the chosen invoice's differences. */
    public String acceptQuestion() {
        SupplierInvoice chosen = invoice.get();
        return chosen == null ? "" : messages.get("payables.ui.accept.question", chosen.invoiceNumber(),
                chosen.supplierName(), formats.money(chosen.amount()), chosen.differences());
    }

    public String voidQuestion() {
        SupplierInvoice chosen = invoice.get();
        return chosen == null ? "" : messages.get("payables.ui.void.question", chosen.invoiceNumber(),
                chosen.supplierName(), formats.money(chosen.amount()));
    }

    /** Before a confirm step: nothing typed, nothing refused yet. */
    public void beginStep() {
        note.set("");
        dialogMessage.set("");
        stepDone.set(false);
        errors.clear();
    }

    public void accept() {
        SupplierInvoice chosen = invoice.get();
        if (chosen == null) {
            return;
        }
        String typed = note.get();
        context.background().run(() -> context.invoices().accept(chosen.id(), chosen.version(), typed), done -> {
            stepDone.set(true);
            message.set(messages.get("payables.ui.accepted", done.invoiceNumber()));
            refresh();
        }, this::failStep);
    }

    public void voidInvoice() {
        SupplierInvoice chosen = invoice.get();
        if (chosen == null) {
            return;
        }
        String typed = note.get();
        context.background().run(() -> context.invoices().voidInvoice(chosen.id(), chosen.version(), typed), done -> {
            stepDone.set(true);
            message.set(messages.get("payables.ui.voided", done.invoiceNumber()));
            refresh();
        }, this::failStep);
    }

    /** Records the payment as typed, applied oldest first to the chosen payable invoices (or all). */
    public void pay() {
        PayablesSupplier chosen = supplier.get();
        if (chosen == null || busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        List<Allocation> allocations;
        try {
            allocations = oldestFirst(Money.parse(amount.get()));
        } catch (com.fours.workbench.core.InvalidValueException e) {
            errors.show(new com.fours.workbench.core.InvalidFieldsException(java.util.Map.of(PaymentInput.AMOUNT, e)),
                    messages);
            return;
        }
        PaymentInput input = new PaymentInput(method.get(), amount.get(), reference.get(), paidOn.get());
        busy.set(true);
        context.background().run(() -> context.payments().record(chosen.id(), input, allocations), done -> {
            busy.set(false);
            message.set(messages.get("payables.ui.paid", done.number(), formats.money(done.amount()),
                    formats.money(done.amount().minus(done.unapplied())), formats.money(done.unapplied())));
            amount.set("");
            reference.set("");
            paidOn.set("");
            refresh();
        }, this::fail);
    }

    /** Applies the chosen payment's credit oldest first to the chosen payable invoices (or all). */
    public void applyCredit() {
        SupplierPayment chosen = payment.get();
        if (chosen == null || busy.get() || !chosen.unapplied().isPositive()) {
            return;
        }
        message.set("");
        errors.clear();
        List<Allocation> allocations = oldestFirst(chosen.unapplied());
        busy.set(true);
        context.background().run(() -> context.payments().apply(chosen.id(), chosen.version(), allocations), done -> {
            busy.set(false);
            message.set(messages.get("payables.ui.applied", done.number(),
                    formats.money(chosen.unapplied().minus(done.unapplied())), formats.money(done.unapplied())));
            refresh();
        }, this::fail);
    }

    /** How {@code available} is spread: over the chosen payable invoices (else all), earliest due first. */
    List<Allocation> oldestFirst(Money available) {
        return Allocations.spread(available, (chosenInvoices.isEmpty() ? invoices : chosenInvoices).stream()
                        .filter(SupplierInvoice::payable).toList(),
                Comparator.comparing(SupplierInvoice::dueOn).thenComparing(SupplierInvoice::invoiceNumber),
                SupplierInvoice::id, SupplierInvoice::openAmount);
    }

    public void saveSettings() {
        if (settings == null || busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        SettingsInput input = new SettingsInput(tolerance.get(), limit.get(), days.get());
        int version = settings.version();
        busy.set(true);
        context.background().run(() -> context.invoices().saveSettings(input, version), done -> {
            busy.set(false);
            settings = done;
            message.set(messages.get("payables.ui.settingsSaved"));
        }, this::fail);
    }

    /** Writes the ageing of today to {@code file}. */
    public void export(Path file) {
        LocalDate today = LocalDate.now(context.clock());
        busy.set(true);
        context.background().run(() -> context.figures().exportAgeing(today, file, messages), rows -> {
            busy.set(false);
            message.set(messages.get("payables.ui.exported", rows, file.getFileName().toString()));
        }, this::fail);
    }

    /** A flagged line's difference in words, or empty. */
    public String flag(InvoiceLine line) {
        if (line.quantityDiffers() && line.priceDiffers()) {
            return messages.get("payables.ui.flag.both");
        }
        if (line.quantityDiffers()) {
            return messages.get("payables.ui.flag.quantity");
        }
        return line.priceDiffers() ? messages.get("payables.ui.flag.price") : "";
    }

    public String quantityText(BigDecimal q) {
        return q == null ? "" : q.stripTrailingZeros().toPlainString();
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, errors, message);
    }

    private void failStep(Throwable error) {
        context.refusals().show(error, errors, dialogMessage);
    }
}
