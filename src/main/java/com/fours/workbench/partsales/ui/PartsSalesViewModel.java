package com.fours.workbench.partsales.ui;

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

import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleStatus;
import com.fours.workbench.reporting.RenderedReport;
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

    /** Reads the orders again, keeping the chosen one where it is still listed. */
    public void refresh() {
        Long keep = chosen.get() == null ? null : chosen.get().id();
        busy.set(true);
        context.background().run(() -> desk ? context.sales().toSettle(LIMIT)
                : context.sales().sales("", List.of(PartsSaleStatus.OPEN, PartsSaleStatus.PICKED), LIMIT), loaded -> {
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
        context.background().run(() -> context.sales().bill(sale.id(), discount.get(), reason.get(), null), done -> {
            busy.set(false);
            message.set(messages.get("partsSale.ui.billed", done.number(), formats.money(done.bill().total())));
            discount.set("");
            reason.set("");
            refresh();
        }, this::fail);
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
            message.set(messages.get("partsSale.ui.paid", done.number(), formats.money(done.paid()),
                    formats.money(done.due())));
            refresh();
        }, this::fail);
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
