package com.fours.workbench.partsales.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleService;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * Parts sales (配件销售, decision 0103) as one section in two places: in the parts warehouse tab the
 * orders reserved and picked, which the clerk picks and whose delivery note he prints; at the
 * cashier's desk the picked orders to bill (with a discount within the user's limit) and take money
 * for, and their bill printed.
 */
public final class PartsSalesPane implements Section {

    private final PartsSalesContext context;
    private final boolean desk;
    private final Messages messages;
    private final Formats formats;
    private final PartsSalesViewModel model;

    private PartsSalesPane(PartsSalesContext context, boolean desk) {
        this.context = context;
        this.desk = desk;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new PartsSalesViewModel(context, desk);
    }

    /** The Sales section of the parts warehouse tab (the clerk and the manager). */
    public static List<Section> warehouse(PartsSalesContext context) {
        return context.may(Permission.USE_PARTS_WAREHOUSE) ? List.of(new PartsSalesPane(context, false)) : List.of();
    }

    /** The parts-sale bills among the bills to settle in the Cashier tab (the cashier and the manager). */
    public static List<Section> desk(PartsSalesContext context) {
        return context.may(Permission.USE_CASHIER) ? List.of(new PartsSalesPane(context, true)) : List.of();
    }

    @Override
    public String id() {
        return desk ? "cashierTab-partsSales" : "partsTab-sales";
    }

    @Override
    public String title() {
        return messages.get(desk ? "partsSale.ui.deskTab" : "partsSale.ui.tab");
    }

    @Override
    public Node build() {
        String prefix = desk ? "deskSales" : "partsSales";
        Label message = FormControls.message(prefix + "Message", model.messageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Button refresh = FormControls.button(prefix + "Refresh", messages.get("partsSale.ui.refresh"),
                Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        HBox top = new HBox(10, FormControls.heading(messages.get(desk ? "partsSale.ui.toSettle" : "partsSale.ui.orders")),
                refresh, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, top, message, orders(prefix));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox content = new HBox(16, left, desk ? deskForm() : warehouseForm());
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId(prefix + "Pane");
        model.refresh();
        return scroll;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    private Node orders(String prefix) {
        TableView<PartsSale> table = new TableView<>(model.orders());
        table.setId(prefix + "Orders");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(360);
        table.setPlaceholder(new Label(messages.get("partsSale.ui.none")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("partsSale.print.orderNumber"), PartsSale::number),
                Columns.text(messages.get("partsSale.print.customer"), model::customer),
                Columns.text(messages.get("partsSale.ui.lines"), s -> String.valueOf(s.lines().size())),
                Columns.money(messages.get("partsSale.print.total"), PartsSale::total, formats),
                Columns.longText(messages.get("partsSale.print.status"), model::state, 160)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.chosenProperty().set(now));
        model.chosenProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private Node warehouseForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("partsSale.ui.chosen")));
        Label hint = new Label(messages.get("partsSale.ui.pickHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        form.addWide(hint);
        Button pick = FormControls.button("partsSalePick", messages.get("partsSale.ui.pick"),
                Material2OutlinedMZ.SHOPPING_CART);
        pick.getStyleClass().add(Styles.ACCENT);
        pick.setOnAction(e -> model.pick());
        pick.disableProperty().bind(model.chosenProperty().isNull());
        Button print = FormControls.button("partsSalePrintNote", messages.get("partsSale.ui.printNote"),
                Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.print(this::preview));
        print.disableProperty().bind(model.chosenProperty().isNull());
        form.addWide(new HBox(8, pick, print));
        if (context.may(Permission.USE_REPAIR_ORDERS)) {
            form.addWide(FormControls.heading(messages.get("priceList.title")));
            Button priceList = FormControls.button("partsSalePriceList", messages.get("partsSale.ui.printPriceList"),
                    Material2OutlinedMZ.PRINT);
            priceList.setOnAction(e -> model.printPriceList(this::preview));
            form.addWide(priceList);
        }
        form.setMinWidth(320);
        form.setPrefWidth(340);
        return form;
    }

    private Node deskForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("partsSale.ui.billHeading")));
        form.addField(messages.get("partsSale.ui.discount"), FormControls.text("partsSaleDiscount",
                model.discountProperty()), model.errors().of(PartsSaleService.DISCOUNT));
        form.addField(messages.get("partsSale.ui.reason"), FormControls.text("partsSaleReason", model.reasonProperty()),
                model.errors().of(PartsSaleService.REASON));
        Button bill = FormControls.button("partsSaleBill", messages.get("partsSale.ui.bill"), Material2OutlinedMZ.RECEIPT);
        bill.setOnAction(e -> model.bill());
        bill.disableProperty().bind(model.chosenProperty().isNull());
        form.addWide(bill);
        form.addWide(FormControls.heading(messages.get("partsSale.ui.payHeading")));
        ComboBox<PaymentMethod> method = FormControls.choice("partsSaleMethod", List.of(PaymentMethod.values()),
                model.methodProperty(), messages);
        form.addField(messages.get("partsSale.ui.method"), method, model.errors().of(PaymentInput.METHOD));
        form.addField(messages.get("partsSale.ui.amount"), FormControls.text("partsSaleAmount", model.amountProperty()),
                model.errors().of(PaymentInput.AMOUNT));
        Button pay = FormControls.button("partsSalePay", messages.get("partsSale.ui.pay"), Material2OutlinedMZ.PAYMENTS);
        pay.getStyleClass().add(Styles.ACCENT);
        pay.setOnAction(e -> model.pay());
        pay.disableProperty().bind(model.chosenProperty().isNull());
        Button print = FormControls.button("partsSalePrintBill", messages.get("partsSale.ui.printBill"),
                Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.print(this::preview));
        print.disableProperty().bind(model.chosenProperty().isNull());
        form.addWide(new HBox(8, pay, print));
        form.setMinWidth(340);
        form.setPrefWidth(360);
        return form;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }
}
