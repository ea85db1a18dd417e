package com.fours.workbench.partsales.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Part;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleLine;
import com.fours.workbench.partsales.PartsSaleService;
import com.fours.workbench.partsales.SaleLineInput;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

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

    /**
     * The public price list (价格公示) for whoever reads the labour catalogue (the advisor, the manager):
     * a section of the repair orders' tab, handed in by app/; printed on A4 or saved as Excel.
     */
    public static List<Section> priceList(PartsSalesContext context) {
        if (!context.may(Permission.USE_REPAIR_ORDERS)) {
            return List.of();
        }
        return List.of(Section.of("repairTab-priceList", context.messages().get("priceList.title"),
                () -> new PartsSalesPane(context, false).priceListView()));
    }

    private Node priceListView() {
        Label hint = new Label(messages.get("partsSale.ui.priceListHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button print = FormControls.button("priceListPrint", messages.get("partsSale.ui.printPriceList"),
                Material2OutlinedMZ.PRINT);
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> model.printPriceList(this::preview));
        Button export = FormControls.button("priceListExport", messages.get("partsSale.ui.exportPriceList"),
                Material2OutlinedMZ.SAVE_ALT);
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("partsSale.ui.exportPriceList"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("partsSale.ui.excelFiles"),
                    "*.xlsx"));
            chooser.setInitialFileName(messages.get("priceList.title") + ".xlsx");
            java.io.File file = chooser.showSaveDialog(context.window());
            if (file != null) {
                model.exportPriceList(file.toPath());
            }
        });
        VBox box = new VBox(10, FormControls.heading(messages.get("priceList.title")), hint, new HBox(8, print, export),
                FormControls.message("priceListMessage", model.messageProperty()));
        box.setPadding(new Insets(10));
        box.setMaxWidth(640);
        box.setId("priceListPane");
        return box;
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
        VBox left = desk ? new VBox(8, top, message, approval(), orders(prefix)) : new VBox(8, top, message, orders(prefix));
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
        counter(form);
        form.setMinWidth(320);
        form.setPrefWidth(340);
        return form;
    }

    /** A new order typed at the counter: a walk-in or a trade customer, parts found by number, reserved when written. */
    private void counter(FormGrid form) {
        form.addWide(FormControls.heading(messages.get("partsSale.ui.newOrder")));
        ComboBox<PartsSaleService.TradeCustomer> trade = FormControls.choice("partsSaleTrade", List.of(),
                model.tradeCustomerProperty(), t -> messages.get("partsSale.ui.trade", t.name(),
                        t.percent().stripTrailingZeros().toPlainString()));
        trade.setItems(model.tradeCustomers());
        trade.setPromptText(messages.get("partsSale.ui.walkIn"));
        trade.setMaxWidth(Double.MAX_VALUE);
        trade.setMinWidth(120);
        FormControls.chosenAs(trade, PartsSaleService.TradeCustomer::name);
        model.tradeCustomerProperty().addListener((obs, old, now) -> model.requote());
        Button walkIn = FormControls.button("partsSaleWalkIn", messages.get("partsSale.ui.walkIn"),
                Material2OutlinedMZ.PERSON_OUTLINE);
        walkIn.setOnAction(e -> model.tradeCustomerProperty().set(null));
        form.addField(messages.get("partsSale.ui.customer"), trade, model.errors().of("tradeCustomer"), walkIn);
        TextField name = FormControls.text("partsSaleWalkInName", model.walkInNameProperty(),
                messages.get("partsSale.ui.walkInName"));
        name.disableProperty().bind(model.tradeCustomerProperty().isNotNull());
        form.addField(messages.get("partsSale.ui.walkInNameLabel"), name, model.errors().of(PartsSaleService.CUSTOMER));
        TextField query = FormControls.text("partsSalePartQuery", model.partQueryProperty(),
                messages.get("partsSale.ui.partQuery"));
        query.setOnAction(e -> model.searchParts());
        Button search = FormControls.button("partsSalePartSearch", messages.get("partsSale.ui.search"),
                Material2OutlinedMZ.SEARCH);
        search.setOnAction(e -> model.searchParts());
        form.addField(messages.get("partsSale.ui.part"), query, model.errors().of("partQuery"), search);
        ComboBox<Part> hits = FormControls.choice("partsSalePart", List.of(), model.partProperty(),
                p -> p.partNumber() + " " + p.nameZh());
        hits.setItems(model.partHits());
        hits.setMaxWidth(Double.MAX_VALUE);
        hits.setMinWidth(120);
        form.addField(messages.get("partsSale.ui.found"), hits, model.errors().of("part"));
        TextField quantity = FormControls.text("partsSaleQuantity", model.lineQuantityProperty());
        form.addField(messages.get("partsSale.ui.quantity"), quantity, model.errors().of("lineQuantity"));
        TextField price = FormControls.text("partsSalePrice", model.linePriceProperty(),
                messages.get("partsSale.ui.pricePrompt"));
        Button add = FormControls.button("partsSaleAddLine", messages.get("partsSale.ui.addLine"), Material2OutlinedAL.ADD);
        add.setOnAction(e -> model.addLine());
        add.disableProperty().bind(model.partProperty().isNull());
        form.addField(messages.get("partsSale.ui.price"), price, model.errors().of("linePrice"), add);
        ListView<PartsSalesViewModel.DraftLine> lines = new ListView<>(model.draft());
        lines.setId("partsSaleDraft");
        lines.setPrefHeight(110);
        lines.setPlaceholder(new Label(messages.get("partsSale.ui.noLines")));
        lines.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PartsSalesViewModel.DraftLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.lineText(item));
            }
        });
        form.addField(messages.get("partsSale.ui.lines"), lines, model.errors().of(PartsSaleService.LINES));
        Button remove = FormControls.button("partsSaleRemoveLine", messages.get("partsSale.ui.removeLine"),
                Material2OutlinedAL.DELETE_OUTLINE);
        remove.setOnAction(e -> {
            PartsSalesViewModel.DraftLine line = lines.getSelectionModel().getSelectedItem();
            if (line != null) {
                model.removeLine(line);
            }
        });
        Button create = FormControls.button("partsSaleCreate", messages.get("partsSale.ui.create"),
                Material2OutlinedMZ.SAVE);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> model.createOrder());
        create.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.draft()));
        form.addWide(new HBox(8, create, remove));
        model.loadTradeCustomers();
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
        returns(form);
        form.setMinWidth(340);
        form.setPrefWidth(360);
        return form;
    }

    /** A manager confirms a discount above the user's limit here, by name and password (the desk's mechanism). */
    private Node approval() {
        Label warning = new Label();
        warning.setId("partsSaleApprovalNeeded");
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.DANGER);
        warning.textProperty().bind(model.approvalNeededProperty());
        TextField name = FormControls.text("partsSaleApprover", model.approverNameProperty(),
                messages.get("partsSale.ui.approver"));
        PasswordField password = new PasswordField();
        password.setId("partsSaleApproverPassword");
        password.setPromptText(messages.get("partsSale.ui.approverPassword"));
        password.textProperty().bindBidirectional(model.approverPasswordProperty());
        name.setPrefColumnCount(8);
        password.setPrefColumnCount(8);
        VBox box = new VBox(6, warning, new HBox(6, name, password));
        box.setId("partsSaleApproval");
        box.getStyleClass().add(StyleClasses.OVERBOOK_PANE);
        box.visibleProperty().bind(model.approvalNeededProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Sold parts coming back: the paid sale found by its number, one line and its quantity, the reason; a credit bill. */
    private void returns(FormGrid form) {
        form.addWide(FormControls.heading(messages.get("partsSale.ui.returnHeading")));
        TextField query = FormControls.text("partsSaleReturnQuery", model.returnQueryProperty(),
                messages.get("partsSale.ui.returnQuery"));
        query.setOnAction(e -> model.findReturn());
        Button find = FormControls.button("partsSaleReturnFind", messages.get("partsSale.ui.search"),
                Material2OutlinedMZ.SEARCH);
        find.setOnAction(e -> model.findReturn());
        form.addField(messages.get("partsSale.ui.returnSale"), query, model.errors().of("returnQuery"), find);
        ComboBox<PartsSaleLine> line = FormControls.choice("partsSaleReturnLine", List.of(), model.returnLineProperty(),
                model::returnLineText);
        line.setItems(model.returnLines());
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinWidth(120);
        form.addField(messages.get("partsSale.ui.returnLine"), line, model.errors().of("returnLine"));
        form.addField(messages.get("partsSale.ui.returnQuantity"), FormControls.text("partsSaleReturnQuantity",
                model.returnQuantityProperty()), model.errors().of(SaleLineInput.quantityField(0)));
        form.addField(messages.get("partsSale.ui.reason"), FormControls.text("partsSaleReturnReason",
                model.returnReasonProperty()), model.errors().of(PartsSaleService.REASON));
        Button back = FormControls.button("partsSaleReturn", messages.get("partsSale.ui.return"),
                Material2OutlinedAL.ASSIGNMENT_RETURN);
        back.disableProperty().bind(model.returnLineProperty().isNull());
        back.setOnAction(e -> model.returnParts());
        form.addWide(back);
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }
}
