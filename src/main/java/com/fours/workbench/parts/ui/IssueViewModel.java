package com.fours.workbench.parts.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.PickLine;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.reporting.RenderedReport;

/**
 * The issue counter (发料): the repair orders waiting for parts, the pick list of the chosen one by
 * bin, and the scan field. A scanner types the code and Enter; so does a clerk typing a part number.
 * A refused scan keeps what was scanned and says why in a way that cannot be missed.
 */
public final class IssueViewModel {

    private final PartsContext context;
    private final Messages messages;
    private final ObservableList<Long> repairOrders = FXCollections.observableArrayList();
    private boolean replacingList;
    private final ObservableMap<Long, String> orderNames = FXCollections.observableHashMap();
    private final ObjectProperty<Long> repairOrder = new SimpleObjectProperty<>(this, "repairOrder");
    private final StringProperty repairOrderTyped = new SimpleStringProperty(this, "repairOrderTyped", "");
    private final ObservableList<PickLine> pickList = FXCollections.observableArrayList();
    private final ObservableList<Reservation> reservations = FXCollections.observableArrayList();
    private final ObjectProperty<Reservation> selectedReservation = new SimpleObjectProperty<>(this, "selectedReservation");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1");
    private final StringProperty returnQuantity = new SimpleStringProperty(this, "returnQuantity", "1");
    private final StatusMessage status = new StatusMessage(this);
    private final IntegerProperty scanRefusals = new SimpleIntegerProperty(this, "scanRefusals");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public IssueViewModel(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        repairOrder.addListener((obs, old, now) -> loadOrder());
    }

    /**
     * True while the list of orders is replaced (a refresh, perhaps after another workstation's
     * change): a selection that moves meanwhile is the list's doing and must not switch the order.
     */
    public boolean replacingList() {
        return replacingList;
    }

    public ObservableList<Long> repairOrders() {
        return repairOrders;
    }

    /** The names of the orders the counter has seen ("number · plate"), by id. */
    public ObservableMap<Long, String> orderNames() {
        return orderNames;
    }

    /** The order as people know it, never its id. */
    public String orderName(Long id) {
        String name = orderNames.get(id);
        return name == null ? String.valueOf(id) : name; // only a reservation with no order row (a test fixture) has no name
    }

    public ObjectProperty<Long> repairOrderProperty() {
        return repairOrder;
    }

    public StringProperty repairOrderTypedProperty() {
        return repairOrderTyped;
    }

    public ObservableList<PickLine> pickList() {
        return pickList;
    }

    public ObservableList<Reservation> reservations() {
        return reservations;
    }

    public ObjectProperty<Reservation> selectedReservationProperty() {
        return selectedReservation;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty returnQuantityProperty() {
        return returnQuantity;
    }

    public StringProperty messageProperty() {
        return status.messageProperty();
    }

    /** True when the last message is a refusal (an unknown barcode, not enough stock): shown loud. */
    public BooleanProperty refusedProperty() {
        return status.refusedProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void refresh() {
        Long shown = repairOrder.get();
        record Waiting(List<Long> orders, Map<Long, String> names) {
        }
        context.background().run(() -> {
            List<Long> orders = context.reservations().repairOrdersToServe();
            List<Long> named = new ArrayList<>(orders);
            if (shown != null) {
                named.add(shown);
            }
            return new Waiting(orders, context.reservations().repairOrderNames(named));
        }, waiting -> {
            List<Long> orders = waiting.orders();
            orderNames.putAll(waiting.names());
            replacingList = true;
            try {
                repairOrders.setAll(orders);
            } finally {
                replacingList = false;
            }
            if (repairOrder.get() == null && !orders.isEmpty()) {
                repairOrder.set(orders.get(0));
            } else {
                loadOrder();
            }
        }, this::fail);
    }

    /** Opens the repair order typed into the order field: its number, or the plate of its car. */
    public void openTyped() {
        String typed = repairOrderTyped.get() == null ? "" : repairOrderTyped.get().strip();
        if (typed.isEmpty()) {
            return;
        }
        context.background().run(() -> context.reservations().findRepairOrder(typed), found -> {
            if (found.isEmpty()) {
                status.refuse(messages.get("parts.ui.issue.noSuchOrder", typed));
            } else if (found.get().equals(repairOrder.get())) {
                loadOrder();
            } else {
                repairOrder.set(found.get());
            }
        }, this::fail);
    }

    private void loadOrder() {
        Long order = repairOrder.get();
        if (order == null) {
            pickList.clear();
            reservations.clear();
            return;
        }
        record Loaded(List<PickLine> picks, List<Reservation> reserved, Map<Long, String> names) {
        }
        context.background().run(() -> new Loaded(context.reservations().pickList(order),
                context.reservations().reservations(order), context.reservations().repairOrderNames(List.of(order))),
                loaded -> {
                    orderNames.putAll(loaded.names());
                    if (order.equals(repairOrder.get())) {
                        pickList.setAll(loaded.picks());
                        reservations.setAll(loaded.reserved());
                    }
                }, this::fail);
    }

    /** What Enter in the scan field does. The code stays in the field when the scan is refused. */
    public void scan() {
        Long order = repairOrder.get();
        String scanned = code.get() == null ? "" : code.get().strip();
        if (scanned.isEmpty() || busy.get()) {
            return;
        }
        if (order == null) {
            refuseScan(messages.get("parts.ui.issue.chooseOrder"));
            return;
        }
        BigDecimal qty;
        try {
            qty = parseQuantity(quantity.get());
        } catch (BusinessRuleException e) {
            refuseScan(messages.of(e));
            return;
        }
        busy.set(true);
        context.background().run(() -> context.reservations().issueByCode(order, scanned, qty), issued -> {
            busy.set(false);
            status.done(messages.get("parts.ui.issue.issued", Quantity.display(qty), messages.of(issued.unit()),
                    issued.partNumber(), issued.partName()));
            code.set("");
            quantity.set("1");
            refresh();
        }, failure -> {
            busy.set(false);
            refuseScan(context.errors().describe(failure));
        });
    }

    /** A refused scan: said loud, and the scan field's text selected so the next scan replaces it. */
    private void refuseScan(String text) {
        status.refuse(text);
        scanRefusals.set(scanRefusals.get() + 1);
    }

    /** Goes up by one at each refused scan: the view raises the scan field's alarm. */
    public IntegerProperty scanRefusalsProperty() {
        return scanRefusals;
    }

    private static BigDecimal parseQuantity(String typed) {
        // the unit is checked by the service (fractions of whole units are refused there)
        return Quantity.parse(typed, com.fours.workbench.parts.PartUnit.LITRE);
    }

    /** Sends unused parts of the chosen line back to the bin they came from. */
    public void returnUnused() {
        Reservation r = selectedReservation.get();
        if (r == null) {
            status.refuse(messages.get("parts.ui.issue.chooseLine"));
            return;
        }
        BigDecimal qty;
        try {
            qty = Quantity.parse(returnQuantity.get(), r.unit());
        } catch (BusinessRuleException e) {
            status.refuse(messages.of(e));
            return;
        }
        context.background().run(() -> context.reservations().returnUnused(r.id(), qty), back -> {
            status.done(messages.get("parts.ui.issue.returned", Quantity.display(qty), messages.of(back.unit()),
                    back.partNumber()));
            refresh();
        }, this::fail);
    }

    public void printSlip(java.util.function.Consumer<RenderedReport> show) {
        Long order = repairOrder.get();
        if (order == null) {
            status.refuse(messages.get("parts.ui.issue.chooseOrder"));
            return;
        }
        context.background().run(() -> context.prints().issueSlip(order, messages), show, this::fail);
    }

    private void fail(Throwable failure) {
        status.refuse(context.errors().describe(failure));
    }
}
