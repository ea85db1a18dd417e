package com.fours.workbench.partsales.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.cashier.DiscountApprovalNeededException;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Part;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleLine;
import com.fours.workbench.partsales.PartsSaleService;
import com.fours.workbench.partsales.PartsSaleStatus;
import com.fours.workbench.partsales.SaleLineInput;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;

/**
 * The parts sales as the warehouse sees them (orders reserved and picked: pick, print the delivery
 * note) or as the cashier's desk sees them (picked orders to bill and take money for). Never touches
 * a control.
 */
public final class PartsSalesViewModel {

    public static final int LIMIT = 200;

    private final PartsSalesContext context;
    private final boolean desk;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<PartsSale> orders = FXCollections.observableArrayList();
    private final ObjectProperty<PartsSale> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty discount = new SimpleStringProperty(this, "discount", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(this, "method", PaymentMethod.CASH);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();
    // the counter's new order
    private final ObservableList<PartsSaleService.TradeCustomer> tradeCustomers = FXCollections.observableArrayList();
    private final ObjectProperty<PartsSaleService.TradeCustomer> tradeCustomer = new SimpleObjectProperty<>(this, "trade");
    private final StringProperty walkInName = new SimpleStringProperty(this, "walkInName", "");
    private final StringProperty partQuery = new SimpleStringProperty(this, "partQuery", "");
    private final ObservableList<Part> partHits = FXCollections.observableArrayList();
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(this, "part");
    private final StringProperty lineQuantity = new SimpleStringProperty(this, "lineQuantity", "1");
    private final StringProperty linePrice = new SimpleStringProperty(this, "linePrice", "");
    private final ObservableList<DraftLine> draft = FXCollections.observableArrayList();
    // a manager's confirmation of a discount above the user's limit, at this desk
    private final StringProperty approvalNeeded = new SimpleStringProperty(this, "approvalNeeded", "");
    private final StringProperty approverName = new SimpleStringProperty(this, "approverName", "");
    private final StringProperty approverPassword = new SimpleStringProperty(this, "approverPassword", "");
    // a return of sold parts
    private final StringProperty returnQuery = new SimpleStringProperty(this, "returnQuery", "");
    private final ObjectProperty<PartsSale> returnSale = new SimpleObjectProperty<>(this, "returnSale");
    private final ObservableList<PartsSaleLine> returnLines = FXCollections.observableArrayList();
    private final ObjectProperty<PartsSaleLine> returnLine = new SimpleObjectProperty<>(this, "returnLine");
    private final StringProperty returnQuantity = new SimpleStringProperty(this, "returnQuantity", "");
    private final StringProperty returnReason = new SimpleStringProperty(this, "returnReason", "");

    /** A line of the order being typed: the part, the quantity and price as typed, the policy's price shown. */
    public record DraftLine(Part part, String quantity, String typedPrice, Money policyPrice) {
    }

    public PartsSalesViewModel(PartsSalesContext context, boolean desk) {
        this.context = context;
        this.desk = desk;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        chosen.addListener((obs, old, now) -> amount.set(now == null || !now.billed() ? "" : now.due().toPlainString()));
    }

    public ObservableList<PartsSale> orders() { return orders; }
    public ObjectProperty<PartsSale> chosenProperty() { return chosen; }
    public StringProperty discountProperty() { return discount; }
    public StringProperty reasonProperty() { return reason; }
    public ObjectProperty<PaymentMethod> methodProperty() { return method; }
    public StringProperty amountProperty() { return amount; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }
    public ObservableList<PartsSaleService.TradeCustomer> tradeCustomers() { return tradeCustomers; }
    public ObjectProperty<PartsSaleService.TradeCustomer> tradeCustomerProperty() { return tradeCustomer; }
    public StringProperty walkInNameProperty() { return walkInName; }
    public StringProperty partQueryProperty() { return partQuery; }
    public ObservableList<Part> partHits() { return partHits; }
    public ObjectProperty<Part> partProperty() { return part; }
    public StringProperty lineQuantityProperty() { return lineQuantity; }
    public StringProperty linePriceProperty() { return linePrice; }
    public ObservableList<DraftLine> draft() { return draft; }
    public StringProperty approvalNeededProperty() { return approvalNeeded; }
    public StringProperty approverNameProperty() { return approverName; }
    public StringProperty approverPasswordProperty() { return approverPassword; }
    public StringProperty returnQueryProperty() { return returnQuery; }
    public ObjectProperty<PartsSale> returnSaleProperty() { return returnSale; }
    public ObservableList<PartsSaleLine> returnLines() { return returnLines; }
    public ObjectProperty<PartsSaleLine> returnLineProperty() { return returnLine; }
    public StringProperty returnQuantityProperty() { return returnQuantity; }
    public StringProperty returnReasonProperty() { return returnReason; }

    // ---- the counter: a new order typed

    /** Reads the trade customers the counter may choose (none chosen: a walk-in). */
    public void loadTradeCustomers() {
        context.background().run(() -> context.sales().tradeCustomers(), tradeCustomers::setAll, this::fail);
    }

    /** Finds the parts whose number, name or barcode holds the text typed. */
    public void searchParts() {
        String text = partQuery.get();
        context.background().run(() -> context.parts().search(text), found -> {
            partHits.setAll(found.stream().filter(Part::active).toList());
            part.set(partHits.isEmpty() ? null : partHits.get(0));
            if (partHits.isEmpty()) {
                message.set(messages.get("partsSale.ui.noPart", text));
            }
        }, this::fail);
    }

    /** Adds the chosen part with the quantity and price typed, showing the price the policy gives this customer. */
    public void addLine() {
        Part chosenPart = part.get();
        if (chosenPart == null) {
            message.set(messages.get("partsSale.ui.choosePart"));
            return;
        }
        Long customer = tradeCustomer.get() == null ? null : tradeCustomer.get().id();
        String quantity = lineQuantity.get();
        String price = linePrice.get();
        context.background().run(() -> context.sales().quote(chosenPart.id(), customer), policy -> {
            draft.add(new DraftLine(chosenPart, quantity, price, policy));
            lineQuantity.set("1");
            linePrice.set("");
            message.set("");
        }, this::fail);
    }

    public void removeLine(DraftLine line) {
        draft.remove(line);
    }

    /** The policy's prices again after the customer changed (a trade customer pays less). */
    public void requote() {
        List<DraftLine> lines = List.copyOf(draft);
        if (lines.isEmpty()) {
            return;
        }
        Long customer = tradeCustomer.get() == null ? null : tradeCustomer.get().id();
        context.background().run(() -> {
            List<DraftLine> priced = new ArrayList<>();
            for (DraftLine l : lines) {
                priced.add(new DraftLine(l.part(), l.quantity(), l.typedPrice(), context.sales().quote(l.part().id(), customer)));
            }
            return priced;
        }, draft::setAll, this::fail);
    }

    /** Writes the order typed: reserved at once; the warehouse then picks it. */
    public void createOrder() {
        if (busy.get()) {
            return;
        }
        Long customer = tradeCustomer.get() == null ? null : tradeCustomer.get().id();
        String name = walkInName.get();
        List<SaleLineInput> lines = draft.stream()
                .map(l -> new SaleLineInput(l.part().id(), l.quantity(), l.typedPrice())).toList();
        start();
        context.background().run(() -> context.sales().create(customer, customer == null ? name : null, lines), made -> {
            busy.set(false);
            draft.clear();
            walkInName.set("");
            message.set(messages.get("partsSale.ui.created", made.number(), formats.money(made.total())));
            orders.add(0, made);
            chosen.set(made);
        }, this::fail);
    }

    /** What a draft line comes to at the policy's price or the price typed, for the list. */
    public String lineText(DraftLine l) {
        String price = l.typedPrice() == null || l.typedPrice().isBlank() ? formats.money(l.policyPrice())
                : l.typedPrice().strip();
        return l.part().partNumber() + " " + l.part().nameZh() + " × " + l.quantity() + " @ " + price;
    }

    /** Reads the orders again, keeping the chosen one where it is still listed. */
    public void refresh() {
        Long keep = chosen.get() == null ? null : chosen.get().id();
        busy.set(true);
        context.background().run(() -> desk ? context.sales().toSettle(LIMIT)
                : context.sales().atWarehouse(LIMIT), loaded -> {
                    busy.set(false);
                    orders.setAll(loaded);
                    chosen.set(loaded.stream().filter(s -> keep != null && s.id() == keep).findFirst().orElse(null));
                }, this::fail);
    }

    /** The clerk picks the chosen order from the bins. */
    public void pick() {
        PartsSale sale = chosen.get();
        if (sale == null || busy.get()) {
            return;
        }
        start();
        context.background().run(() -> context.sales().pick(sale.id(), sale.version()), done -> {
            busy.set(false);
            message.set(messages.get("partsSale.ui.picked", done.number()));
            refresh();
        }, this::fail);
    }

    /** The desk bills the chosen order with the discount typed. */
    public void bill() {
        PartsSale sale = chosen.get();
        if (sale == null || busy.get()) {
            return;
        }
        start();
        String manager = approvalNeeded.get().isEmpty() ? "" : approverName.get();
        char[] password = approverPassword.get().toCharArray();
        approverPassword.set("");
        String typedDiscount = discount.get();
        String typedReason = reason.get();
        Callable<com.fours.workbench.cashier.BillDetails> work = () -> {
            AuthenticatedUser approver = manager.isBlank() ? null
                    : context.authentication().approve(manager, password, Permission.APPROVE_DISCOUNTS);
            return context.sales().bill(sale.id(), typedDiscount, typedReason, approver);
        };
        context.background().run(work, done -> {
            busy.set(false);
            approvalNeeded.set("");
            approverName.set("");
            message.set(messages.get("partsSale.ui.billed", done.number(), formats.money(done.bill().total())));
            discount.set("");
            reason.set("");
            refresh();
        }, error -> {
            if (error instanceof DiscountApprovalNeededException needs) {
                busy.set(false);
                approvalNeeded.set(messages.of(needs));
            } else {
                fail(error);
            }
        });
    }

    /** The desk takes the money typed for the chosen order's bill. */
    public void pay() {
        PartsSale sale = chosen.get();
        if (sale == null || !sale.billed() || busy.get()) {
            return;
        }
        start();
        PaymentInput input = new PaymentInput(method.get(), amount.get(), "", "");
        context.background().run(() -> context.payments().pay(sale.billId(), input), done -> {
            busy.set(false);
            message.set(done.paidInFull() ? messages.get("partsSale.ui.paidInFull", done.number(), formats.money(done.paid()))
                    : messages.get("partsSale.ui.paid", done.number(), formats.money(done.paid()), formats.money(done.due())));
            refresh();
        }, this::fail);
    }

    // ---- returns of sold parts

    /** Finds the paid sale whose order or bill number (or customer) holds the text typed. */
    public void findReturn() {
        String text = returnQuery.get();
        context.background().run(() -> context.sales().sales(text, List.of(PartsSaleStatus.PICKED), 20).stream()
                .filter(PartsSale::paid).findFirst().orElse(null), found -> {
                    returnSale.set(found);
                    returnLines.setAll(found == null ? List.of() : found.lines());
                    returnLine.set(returnLines.isEmpty() ? null : returnLines.get(0));
                    message.set(found == null ? messages.get("partsSale.ui.noPaidSale", text)
                            : messages.get("partsSale.ui.returnFound", found.number(), found.billNumber()));
                }, this::fail);
    }

    /** Takes the chosen line back (the quantity typed) against a credit bill, the money given back as it was paid. */
    public void returnParts() {
        PartsSale sale = returnSale.get();
        PartsSaleLine line = returnLine.get();
        if (sale == null || line == null || busy.get()) {
            return;
        }
        String quantity = returnQuantity.get();
        String why = returnReason.get();
        start();
        context.background().run(() -> context.sales().returnParts(sale.id(), Map.of(line.id(), quantity), why), credit -> {
            busy.set(false);
            message.set(messages.get("partsSale.ui.returned", credit.number(), formats.money(credit.bill().total().negate())));
            returnQuantity.set("");
            returnReason.set("");
            returnSale.set(null);
            returnLines.clear();
            refresh();
        }, this::fail);
    }

    public String returnLineText(PartsSaleLine l) {
        return l.lineNo() + ". " + l.partNumber() + " " + l.partName() + " × "
                + com.fours.workbench.parts.Quantity.display(l.returnable());
    }

    /** The price list as an Excel file for the customer area's screen or the website. */
    public void exportPriceList(Path file) {
        context.background().run(() -> context.priceList().exportExcel(file, messages),
                rows -> message.set(messages.get("partsSale.ui.priceListSaved", file.getFileName().toString())), this::fail);
    }

    /** The chosen order's delivery note (the warehouse) or its bill (the desk, once billed). */
    public void print(Consumer<RenderedReport> show) {
        PartsSale sale = chosen.get();
        if (sale == null) {
            return;
        }
        context.background().run(() -> desk && sale.billed() ? context.prints().bill(sale.billId(), messages)
                : context.prints().deliveryNote(sale.id(), messages), show, this::fail);
    }

    /** The public price list (价格公示) as it stands today, for the customer area. */
    public void printPriceList(Consumer<RenderedReport> show) {
        context.background().run(() -> context.priceList().print(messages), show, this::fail);
    }

    /** The state a list shows: the warehouse's status, or billed / due at the desk. */
    public String state(PartsSale sale) {
        if (sale.paid()) {
            return sale.billNumber() + " · " + messages.get("partsSale.ui.paidState");
        }
        if (sale.billed()) {
            return sale.billNumber() + " · " + messages.get("partsSale.ui.due", formats.money(sale.due()));
        }
        return messages.of(sale.status());
    }

    public String customer(PartsSale sale) {
        return sale.tradeDiscountPercent().signum() == 0 ? sale.customerName()
                : messages.get("partsSale.ui.trade", sale.customerName(),
                        sale.tradeDiscountPercent().stripTrailingZeros().toPlainString());
    }

    private void start() {
        message.set("");
        errors.clear();
        busy.set(true);
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, errors, message);
    }
}
