package com.fours.workbench.parts.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.PurchaseOrderLine;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.Receipt;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.ReorderSuggestion;
import com.fours.workbench.reporting.RenderedReport;

/**
 * Purchasing and receiving: the recent orders, the lines of the chosen one, receiving a line (or
 * everything outstanding) with the supplier's delivery note, and the reorder suggestions turned
 * into draft orders per supplier.
 */
public final class PurchasingViewModel {

    private final PartsContext context;
    private final Messages messages;
    private final ObservableList<PurchaseOrder> orders = FXCollections.observableArrayList();
    private final ObjectProperty<PurchaseOrder> order = new SimpleObjectProperty<>(this, "order");
    private final ObservableList<PurchaseOrderLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<PurchaseOrderLine> line = new SimpleObjectProperty<>(this, "line");
    private final ObservableList<ReorderSuggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty deliveryNote = new SimpleStringProperty(this, "deliveryNote", "");
    private final StringProperty receiveQuantity = new SimpleStringProperty(this, "receiveQuantity", "");
    private final StringProperty receivePrice = new SimpleStringProperty(this, "receivePrice", "");
    private final StringProperty receiveBin = new SimpleStringProperty(this, "receiveBin", "");
    private final StringProperty overReason = new SimpleStringProperty(this, "overReason", "");
    private final StatusMessage status = new StatusMessage(this);
    private final ObservableList<com.fours.workbench.parts.Supplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<com.fours.workbench.parts.Supplier> draftSupplier =
            new SimpleObjectProperty<>(this, "draftSupplier");
    private final StringProperty draftCode = new SimpleStringProperty(this, "draftCode", "");
    private final StringProperty draftQuantity = new SimpleStringProperty(this, "draftQuantity", "");
    private final StringProperty draftPrice = new SimpleStringProperty(this, "draftPrice", "");
    private final ObservableList<DraftLine> draftLines = FXCollections.observableArrayList();
    /** What the order being put together does outside the supplier's agreement, for the whole order. */
    private final StringProperty draftWarning = new SimpleStringProperty(this, "draftWarning", "");

    private final StringProperty supplierCode = new SimpleStringProperty(this, "supplierCode", "");
    private final StringProperty supplierName = new SimpleStringProperty(this, "supplierName", "");
    private final StringProperty supplierContact = new SimpleStringProperty(this, "supplierContact", "");
    private final StringProperty supplierPhone = new SimpleStringProperty(this, "supplierPhone", "");

    public StringProperty supplierCodeProperty() {
        return supplierCode;
    }

    public StringProperty supplierNameProperty() {
        return supplierName;
    }

    public StringProperty supplierContactProperty() {
        return supplierContact;
    }

    public StringProperty supplierPhoneProperty() {
        return supplierPhone;
    }

    /** Adds a supplier (code, name, contact, phone). */
    public void addSupplier() {
        String code = supplierCode.get();
        String name = supplierName.get();
        String contact = supplierContact.get();
        String phone = supplierPhone.get();
        context.background().run(() -> context.purchasing().createSupplier(code, name, contact, phone, null), created -> {
            status.done(messages.get("parts.ui.purchasing.supplierAdded", created.name()));
            supplierCode.set("");
            supplierName.set("");
            supplierContact.set("");
            supplierPhone.set("");
            refresh();
            draftSupplier.set(created);
        }, this::fail);
    }

    /**
     * A line of the order being put together, before it is saved as a draft; {@code warning} says
     * what it does outside the supplier's agreement (empty when nothing).
     */
    public record DraftLine(long partId, String partNumber, String partName, BigDecimal quantity, Money price,
                            String warning) {
        DraftLine withWarning(String text) {
            return new DraftLine(partId, partNumber, partName, quantity, price, text);
        }
    }

    public PurchasingViewModel(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        order.addListener((obs, old, now) -> lines.setAll(now == null ? List.of() : now.lines()));
        line.addListener((obs, old, now) -> fillReceiveForm(now));
        draftSupplier.addListener((obs, old, now) -> checkTerms());
    }

    public StringProperty draftWarningProperty() {
        return draftWarning;
    }

    public ObservableList<PurchaseOrder> orders() {
        return orders;
    }

    public ObjectProperty<PurchaseOrder> orderProperty() {
        return order;
    }

    public ObservableList<PurchaseOrderLine> lines() {
        return lines;
    }

    public ObjectProperty<PurchaseOrderLine> lineProperty() {
        return line;
    }

    public ObservableList<ReorderSuggestion> suggestions() {
        return suggestions;
    }

    public StringProperty deliveryNoteProperty() {
        return deliveryNote;
    }

    public StringProperty receiveQuantityProperty() {
        return receiveQuantity;
    }

    public StringProperty receivePriceProperty() {
        return receivePrice;
    }

    public StringProperty receiveBinProperty() {
        return receiveBin;
    }

    public StringProperty overReasonProperty() {
        return overReason;
    }

    public StringProperty messageProperty() {
        return status.messageProperty();
    }

    public BooleanProperty refusedProperty() {
        return status.refusedProperty();
    }

    public ObservableList<com.fours.workbench.parts.Supplier> suppliers() {
        return suppliers;
    }

    public ObjectProperty<com.fours.workbench.parts.Supplier> draftSupplierProperty() {
        return draftSupplier;
    }

    public StringProperty draftCodeProperty() {
        return draftCode;
    }

    public StringProperty draftQuantityProperty() {
        return draftQuantity;
    }

    public StringProperty draftPriceProperty() {
        return draftPrice;
    }

    public ObservableList<DraftLine> draftLines() {
        return draftLines;
    }

    /**
     * Adds the part typed or scanned (with quantity and price; the price defaults to the chosen
     * supplier's agreed price, without one to the part's average cost).
     */
    public void addDraftLine() {
        String code = draftCode.get();
        String typedQuantity = draftQuantity.get();
        String typedPrice = draftPrice.get();
        com.fours.workbench.parts.Supplier supplier = draftSupplier.get();
        context.background().run(() -> {
            com.fours.workbench.parts.Part part = context.parts().lookup(code)
                    .orElseThrow(() -> new BusinessRuleException("issue.unknownCode", code == null ? "" : code.strip()));
            BigDecimal qty = Quantity.parse(typedQuantity, part.unit());
            Money price;
            if (typedPrice == null || typedPrice.isBlank()) {
                price = (supplier == null ? java.util.Optional.<Money>empty()
                        : context.purchasing().agreedPrice(supplier.id(), part.id())).orElse(part.averageCost());
            } else {
                price = Money.parse(typedPrice);
            }
            return new DraftLine(part.id(), part.partNumber(), part.name(Formats.of(messages.locale())), qty, price, "");
        }, added -> {
            draftLines.add(added);
            draftCode.set("");
            draftQuantity.set("");
            draftPrice.set("");
            status.done("");
            checkTerms();
        }, this::fail);
    }

    /** Asks the supplier's agreement about the lines put together: each line's warning, and the order's. */
    private void checkTerms() {
        com.fours.workbench.parts.Supplier supplier = draftSupplier.get();
        List<DraftLine> current = List.copyOf(draftLines);
        if (supplier == null) {
            draftWarning.set("");
            draftLines.setAll(current.stream().map(l -> l.withWarning("")).toList());
            return;
        }
        List<OrderLineInput> inputs = current.stream().map(l -> new OrderLineInput(l.partId(), l.quantity(), l.price())).toList();
        context.background().run(() -> context.purchasing().termsWarnings(supplier.id(), inputs), warnings -> {
            if (!List.copyOf(draftLines).equals(current) || draftSupplier.get() != supplier) {
                return;
            }
            StringBuilder order = new StringBuilder();
            String[] perLine = new String[current.size()];
            java.util.Arrays.fill(perLine, "");
            for (com.fours.workbench.parts.OrderWarning w : warnings) {
                String text = messages.get(w.messageKey(), w.args());
                if (w.lineIndex() == null) {
                    order.append(order.length() == 0 ? "" : " ").append(text);
                } else if (w.lineIndex() < perLine.length) {
                    perLine[w.lineIndex()] = text;
                }
            }
            List<DraftLine> marked = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
                marked.add(current.get(i).withWarning(perLine[i]));
            }
            draftLines.setAll(marked);
            draftWarning.set(order.toString());
        }, this::fail);
    }

    /** Whether the order put together does anything outside the supplier's agreement. */
    public boolean draftOutsideAgreement() {
        return !draftWarning.get().isEmpty() || draftLines.stream().anyMatch(l -> !l.warning().isEmpty());
    }

    /** Saves the lines put together as a draft order to the chosen supplier. */
    public void createDraft() {
        createDraft(false);
    }

    /** Saves the draft although it is outside the supplier's agreement (a permitted role; audited). */
    public void createDraftOutsideAgreement() {
        createDraft(true);
    }

    private void createDraft(boolean outsideAgreement) {
        com.fours.workbench.parts.Supplier supplier = draftSupplier.get();
        if (supplier == null) {
            status.refuse(messages.get("parts.ui.purchasing.chooseSupplier"));
            return;
        }
        List<OrderLineInput> inputs = draftLines.stream()
                .map(l -> new OrderLineInput(l.partId(), l.quantity(), l.price())).toList();
        context.background().run(() -> context.purchasing().createOrder(supplier.id(), inputs, null, outsideAgreement),
                created -> {
            draftLines.clear();
            draftWarning.set("");
            status.done(messages.get("parts.ui.purchasing.draftCreated", created.orderNumber()));
            order.set(created);
            refresh();
        }, this::fail);
    }

    public void refresh() {
        context.background().run(() -> context.purchasing().suppliers(), suppliers::setAll, this::fail);
        Long selected = order.get() == null ? null : order.get().id();
        record Loaded(List<PurchaseOrder> orders, List<ReorderSuggestion> suggestions) {
        }
        context.background().run(() -> new Loaded(context.purchasing().recentOrders(200),
                context.purchasing().reorderSuggestions()), loaded -> {
                    orders.setAll(loaded.orders());
                    suggestions.setAll(loaded.suggestions());
                    order.set(loaded.orders().stream().filter(o -> selected != null && o.id() == selected).findFirst()
                            .orElse(null));
                }, this::fail);
    }

    private void fillReceiveForm(PurchaseOrderLine now) {
        if (now == null) {
            return;
        }
        receiveQuantity.set(Quantity.display(now.outstanding()));
        receivePrice.set(now.unitPrice().toPlainString());
        overReason.set("");
        long partId = now.partId();
        context.background().run(() -> context.parts().binsOf(partId), bins -> {
            if (line.get() != null && line.get().partId() == partId) {
                receiveBin.set(bins.isEmpty() ? "" : bins.get(0).code());
            }
        }, this::fail);
    }

    public void send() {
        PurchaseOrder o = order.get();
        if (o == null) {
            return;
        }
        context.background().run(() -> context.purchasing().send(o.id(), o.version()), sent -> {
            status.done(messages.get("parts.ui.purchasing.sent", sent.orderNumber()));
            order.set(sent);
            refresh();
        }, this::fail);
    }

    public void close() {
        PurchaseOrder o = order.get();
        if (o == null) {
            return;
        }
        context.background().run(() -> context.purchasing().close(o.id(), o.version()), closed -> {
            status.done(messages.get("parts.ui.purchasing.closed", closed.orderNumber()));
            order.set(closed);
            refresh();
        }, this::fail);
    }

    /** Receives the chosen line: quantity, price and bin as typed. */
    public void receiveLine() {
        PurchaseOrder o = order.get();
        PurchaseOrderLine l = line.get();
        if (o == null || l == null) {
            status.refuse(messages.get("parts.ui.purchasing.chooseLine"));
            return;
        }
        try {
            BigDecimal qty = Quantity.parse(receiveQuantity.get(), l.unit());
            Money price = Money.parse(receivePrice.get());
            String binCode = receiveBin.get();
            String reason = overReason.get();
            String note = deliveryNote.get();
            context.background().run(() -> {
                Bin bin = context.parts().binByCode(binCode)
                        .orElseThrow(() -> new BusinessRuleException("bin.notFound", binCode));
                ReceiptLineInput input = ReceiptLineInput.againstOrder(l.id(), bin.id(), qty, price)
                        .withOverReceiptReason(reason);
                return context.purchasing().receive(o.id(), o.version(), note, List.of(input));
            }, this::received, this::fail);
        } catch (BusinessRuleException e) {
            status.refuse(messages.of(e));
        }
    }

    /** Receives everything still outstanding on the order at the ordered prices, into each part's primary bin. */
    public void receiveAll() {
        PurchaseOrder o = order.get();
        if (o == null) {
            return;
        }
        String note = deliveryNote.get();
        context.background().run(() -> {
            List<ReceiptLineInput> inputs = new ArrayList<>();
            for (PurchaseOrderLine l : o.lines()) {
                if (l.outstanding().signum() > 0) {
                    List<Bin> bins = context.parts().binsOf(l.partId());
                    if (bins.isEmpty()) {
                        throw new BusinessRuleException("parts.ui.purchasing.noBin", l.partNumber());
                    }
                    inputs.add(ReceiptLineInput.againstOrder(l.id(), bins.get(0).id(), l.outstanding(), null));
                }
            }
            return context.purchasing().receive(o.id(), o.version(), note, inputs);
        }, this::received, this::fail);
    }

    private void received(Receipt receipt) {
        String text = messages.get("parts.ui.purchasing.received", messages.of(receipt.orderStatus()));
        if (!receipt.priceDifferences().isEmpty()) {
            StringBuilder differences = new StringBuilder();
            for (Receipt.PriceDifference d : receipt.priceDifferences()) {
                differences.append(messages.get("parts.ui.purchasing.priceDiffers", d.partNumber(),
                        Formats.of(messages.locale()).money(d.orderedPrice()), Formats.of(messages.locale()).money(d.receivedPrice()))).append(' ');
            }
            text = text + " " + differences.toString().strip();
        }
        status.done(text);
        deliveryNote.set("");
        refreshKeepingOrder(receipt.orderId());
    }

    private void refreshKeepingOrder(long orderId) {
        context.background().run(() -> context.purchasing().order(orderId), reloaded -> {
            order.set(reloaded);
            refresh();
        }, this::fail);
    }

    /** One draft order per supplier with every suggestion that supplier delivers, at the agreed price or the part's average cost. */
    public void orderSuggestions() {
        List<ReorderSuggestion> chosen = List.copyOf(suggestions);
        context.background().run(() -> {
            Map<Long, List<OrderLineInput>> bySupplier = new LinkedHashMap<>();
            for (ReorderSuggestion s : chosen) {
                if (s.supplierId() == null) {
                    continue;
                }
                Money cost = context.purchasing().agreedPrice(s.supplierId(), s.partId())
                        .orElseGet(() -> context.parts().find(s.partId()).averageCost());
                bySupplier.computeIfAbsent(s.supplierId(), k -> new ArrayList<>())
                        .add(new OrderLineInput(s.partId(), s.suggestedQuantity(), cost));
            }
            List<PurchaseOrder> created = new ArrayList<>();
            for (var entry : bySupplier.entrySet()) {
                created.add(context.purchasing().createOrder(entry.getKey(), entry.getValue(),
                        messages.get("parts.ui.purchasing.fromSuggestions")));
            }
            return created;
        }, created -> {
            status.done(messages.get("parts.ui.purchasing.draftsCreated", created.size()));
            refresh();
        }, this::fail);
    }

    public void print(Consumer<RenderedReport> show) {
        PurchaseOrder o = order.get();
        if (o == null) {
            return;
        }
        context.background().run(() -> context.prints().purchaseOrder(o.id(), messages), show, this::fail);
    }

    private void fail(Throwable failure) {
        status.refuse(context.errors().describe(failure));
    }
}
