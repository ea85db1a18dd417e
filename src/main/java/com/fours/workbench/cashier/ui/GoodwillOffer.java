package com.fours.workbench.cashier.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/**
 * The goodwill a complaint gave this car (a coupon bound to it), offered at the desk when its order
 * waits for settlement: "Apply" puts the code into the coupon field and recomputes, so it is used
 * the way every coupon is (checked, used once by the bill, audited with the bill's discounts).
 */
final class GoodwillOffer {

    private final CashierContext context;
    private final CashierViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<Coupon> offered = FXCollections.observableArrayList();
    private long loadedFor = -1;

    GoodwillOffer(CashierContext context, CashierViewModel model) {
        this.context = context;
        this.model = model;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        model.orderProperty().addListener((o, was, now) -> load(now));
        load(model.orderProperty().get());
    }

    ObservableList<Coupon> offered() {
        return offered;
    }

    private void load(RepairPlan plan) {
        if (plan == null || plan.status() != RepairOrderStatus.READY_FOR_SETTLEMENT) {
            loadedFor = -1;
            offered.clear();
            return;
        }
        long orderId = plan.id();
        loadedFor = orderId;
        context.background().run(() -> context.policy().couponsForOrder(orderId), found -> {
            if (loadedFor == orderId) {
                offered.setAll(found);
            }
        }, error -> context.refusals().show(error, model.messageProperty()));
    }

    void apply(Coupon coupon) {
        model.couponProperty().set(coupon.code());
        model.preview();
    }

    String describe(Coupon c) {
        String amount = c.kind() == CouponKind.PERCENT ? formats.quantity(c.amount().amount()) + "%"
                : formats.money(c.amount());
        return messages.get("cashier.ui.goodwill.offer", c.code(), amount, c.description(), formats.date(c.validUntil()));
    }

    Node build() {
        VBox box = new VBox(4);
        box.setId("cashierGoodwill");
        box.getStyleClass().add(StyleClasses.FIELD_HINT);
        Runnable fill = () -> {
            box.getChildren().clear();
            for (Coupon c : List.copyOf(offered)) {
                Label text = new Label(describe(c));
                text.setWrapText(true);
                Button apply = FormControls.button("cashierGoodwillApply-" + c.code(),
                        messages.get("cashier.ui.goodwill.apply"), null);
                apply.setOnAction(e -> apply(c));
                apply.disableProperty().bind(Bindings.createBooleanBinding(
                        () -> model.couponProperty().get() != null
                                && c.code().equalsIgnoreCase(model.couponProperty().get().strip()), model.couponProperty()));
                HBox row = new HBox(8, text, apply);
                row.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
        };
        offered.addListener((javafx.collections.ListChangeListener<Coupon>) change -> fill.run());
        box.visibleProperty().bind(Bindings.isNotEmpty(offered));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
