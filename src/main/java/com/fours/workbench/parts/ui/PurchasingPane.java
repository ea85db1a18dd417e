package com.fours.workbench.parts.ui;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.PurchaseOrderLine;
import com.fours.workbench.parts.ReorderSuggestion;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** Orders, receiving against them, and the reorder suggestions. */
final class PurchasingPane implements Section {


    private final PartsContext context;
    private final Messages messages;
    private final Formats formats;
    private final PurchasingViewModel model;

    PurchasingPane(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new PurchasingViewModel(context);
    }

    @Override
    public String id() {
        return "partsTab-purchasing";
    }

    @Override
    public String title() {
        return messages.get("parts.ui.tab.purchasing");
    }

    @Override
    public Node build() {
        TableView<PurchaseOrder> orders = new TableView<>(model.orders());
        orders.setId("purchaseOrders");
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orders.getColumns().addAll(List.<TableColumn<PurchaseOrder, String>>of(
                Columns.text(messages.get("parts.print.purchaseOrder.number"), PurchaseOrder::orderNumber),
                Columns.longText(messages.get("parts.print.purchaseOrder.supplier"), PurchaseOrder::supplierName, 200),
                Columns.text(messages.get("parts.ui.status"), o -> messages.of(o.status())),
                Columns.dateTime(messages.get("parts.print.purchaseOrder.date"), PurchaseOrder::createdAt, context.clock().getZone(), formats),
                Columns.money(messages.get("parts.print.total"), o -> o.total(), formats)));
        orders.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.orderProperty().set(now);
            }
        });
        model.orderProperty().addListener((obs, old, now) -> {
            if (now != null && orders.getSelectionModel().getSelectedItem() != now) {
                orders.getItems().stream().filter(o -> o.id() == now.id()).findFirst()
                        .ifPresent(o -> orders.getSelectionModel().select(o));
            }
        });

        TableView<PurchaseOrderLine> lines = new TableView<>(model.lines());
        lines.setId("purchaseOrderLines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().addAll(List.<TableColumn<PurchaseOrderLine, String>>of(
                Columns.text(messages.get("parts.print.column.no"), l -> String.valueOf(l.lineNo())),
                Columns.text(messages.get("parts.ui.part.number"), PurchaseOrderLine::partNumber),
                Columns.longText(messages.get("parts.ui.part.name"), l -> l.name(formats), 160),
                Columns.quantity(messages.get("parts.ui.purchasing.ordered"), l -> l.quantity(), formats),
                Columns.quantity(messages.get("parts.ui.purchasing.receivedQuantity"), l -> l.receivedQuantity(), formats),
                Columns.quantity(messages.get("parts.ui.purchasing.outstanding"), l -> l.outstanding(), formats),
                Columns.money(messages.get("parts.print.column.unitPrice"), l -> Money.of(l.unitPrice()), formats)));
        lines.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.lineProperty().set(now));

        Button send = FormControls.button("sendOrder", messages.get("parts.ui.purchasing.send"), Material2OutlinedMZ.SEND);
        send.setOnAction(e -> model.send());
        Button close = FormControls.button("closeOrder", messages.get("parts.ui.purchasing.close"), Material2OutlinedAL.CLOSE);
        close.setOnAction(e -> model.close());
        Button print = FormControls.button("printOrder", messages.get("parts.ui.purchasing.print"), Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.print(this::preview));
        HBox orderActions = new HBox(8, send, close, print);

        TextField note = FormControls.text("receiveDeliveryNote", model.deliveryNoteProperty());
        note.setPromptText(messages.get("parts.ui.purchasing.deliveryNote"));
        TextField quantity = FormControls.text("receiveQuantity", model.receiveQuantityProperty());
        quantity.setPrefColumnCount(5);
        TextField price = FormControls.text("receivePrice", model.receivePriceProperty());
        price.setPrefColumnCount(7);
        TextField bin = FormControls.text("receiveBin", model.receiveBinProperty());
        bin.setPrefColumnCount(7);
        TextField reason = FormControls.text("receiveOverReason", model.overReasonProperty());
        reason.setPromptText(messages.get("parts.ui.purchasing.overReason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button receiveLine = FormControls.button("receiveLine", messages.get("parts.ui.purchasing.receiveLine"),
                Material2OutlinedMZ.MOVE_TO_INBOX);
        receiveLine.getStyleClass().add(Styles.ACCENT);
        receiveLine.setOnAction(e -> model.receiveLine());
        Button receiveAll = FormControls.button("receiveAll", messages.get("parts.ui.purchasing.receiveAll"),
                Material2OutlinedAL.DONE_ALL);
        receiveAll.setOnAction(e -> model.receiveAll());
        HBox receiveNote = new HBox(8, new Label(messages.get("parts.ui.purchasing.deliveryNote")), note, receiveAll);
        receiveNote.setAlignment(Pos.CENTER_LEFT);
        HBox receiveForm = new HBox(8, FormControls.fieldName(messages.get("parts.ui.quantity")), quantity,
                FormControls.fieldName(messages.get("parts.print.column.unitPrice")), price,
                FormControls.fieldName(messages.get("parts.ui.bin")), bin,
                reason, receiveLine);
        receiveForm.setAlignment(Pos.CENTER_LEFT);
        Label message = FormControls.message("purchasingMessage", model.messageProperty());
        model.refusedProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(StyleClasses.SCAN_REFUSED, StyleClasses.SCAN_DONE);
            message.getStyleClass().add(now ? StyleClasses.SCAN_REFUSED : StyleClasses.SCAN_DONE);
        });

        TableView<ReorderSuggestion> suggestions = new TableView<>(model.suggestions());
        suggestions.setId("reorderSuggestions");
        suggestions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        suggestions.getColumns().addAll(List.<TableColumn<ReorderSuggestion, String>>of(
                Columns.text(messages.get("parts.ui.part.number"), ReorderSuggestion::partNumber),
                Columns.longText(messages.get("parts.ui.part.name"), s -> s.name(formats), 150),
                Columns.quantity(messages.get("parts.ui.purchasing.suggested"), s -> s.suggestedQuantity(), formats),
                Columns.secondary(Columns.quantity(messages.get("parts.ui.onHand"), s -> s.onHand(), formats)),
                Columns.secondary(Columns.quantity(messages.get("parts.ui.issue.reserved"), s -> s.reserved(), formats)),
                Columns.secondary(Columns.quantity(messages.get("parts.ui.purchasing.onOrder"), s -> s.onOrder(), formats)),
                Columns.secondary(Columns.quantity(messages.get("parts.ui.part.reorderPoint"), s -> s.reorderPoint(), formats))));
        Button orderSuggestions = FormControls.button("orderSuggestions", messages.get("parts.ui.purchasing.orderSuggestions"),
                Material2OutlinedAL.ADD_SHOPPING_CART);
        orderSuggestions.setOnAction(e -> model.orderSuggestions());

        VBox left = new VBox(8, FormControls.heading(messages.get("parts.ui.purchasing.orders")), orders, orderActions,
                FormControls.heading(messages.get("parts.ui.purchasing.lines")), lines, receiveNote, receiveForm, message);
        VBox.setVgrow(orders, Priority.ALWAYS);
        VBox.setVgrow(lines, Priority.ALWAYS);
        javafx.scene.control.ComboBox<com.fours.workbench.parts.Supplier> supplier = new javafx.scene.control.ComboBox<>(model.suppliers());
        supplier.setId("draftSupplier");
        supplier.setMaxWidth(Double.MAX_VALUE);
        supplier.setPromptText(messages.get("parts.print.purchaseOrder.supplier"));
        supplier.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(com.fours.workbench.parts.Supplier s) {
                return s == null ? "" : s.name() + " (" + s.code() + ")";
            }

            @Override
            public com.fours.workbench.parts.Supplier fromString(String text) {
                return null;
            }
        });
        supplier.valueProperty().bindBidirectional(model.draftSupplierProperty());
        TextField draftCode = FormControls.text("draftCode", model.draftCodeProperty());
        draftCode.setPromptText(messages.get("parts.ui.part.number"));
        HBox.setHgrow(draftCode, Priority.ALWAYS);
        TextField draftQuantity = FormControls.text("draftQuantity", model.draftQuantityProperty());
        draftQuantity.setPromptText(messages.get("parts.ui.quantity"));
        draftQuantity.setPrefColumnCount(5);
        TextField draftPrice = FormControls.text("draftPrice", model.draftPriceProperty());
        draftPrice.setPromptText(messages.get("parts.print.column.unitPrice"));
        draftPrice.setPrefColumnCount(7);
        draftPrice.setOnAction(e -> model.addDraftLine());
        Button addLine = FormControls.button("draftAddLine", messages.get("parts.ui.purchasing.addLine"), Material2OutlinedAL.ADD);
        addLine.setOnAction(e -> model.addDraftLine());
        HBox draftLine = new HBox(6, draftCode, draftQuantity, draftPrice, addLine);
        javafx.scene.control.ListView<PurchasingViewModel.DraftLine> draftLines = new javafx.scene.control.ListView<>(model.draftLines());
        draftLines.setId("draftLines");
        draftLines.setPrefHeight(90);
        draftLines.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PurchasingViewModel.DraftLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.partNumber() + "  " + line.partName() + "  × "
                        + formats.quantity(line.quantity()) + "  @ " + formats.money(line.price())
                        + (line.warning().isEmpty() ? "" : "  ⚠ " + line.warning()));
                getStyleClass().remove(StyleClasses.SCAN_REFUSED);
                if (!empty && line != null && !line.warning().isEmpty()) {
                    getStyleClass().add(StyleClasses.SCAN_REFUSED);
                }
            }
        });
        Label draftWarning = FormControls.message("draftWarning", model.draftWarningProperty());
        draftWarning.getStyleClass().add(StyleClasses.SCAN_REFUSED);
        Button createDraft = FormControls.button("createDraft", messages.get("parts.ui.purchasing.createDraft"),
                Material2OutlinedMZ.SAVE);
        createDraft.setOnAction(e -> model.createDraft());
        HBox draftActions = new HBox(8, createDraft);
        if (context.may(com.fours.workbench.security.Permission.ORDER_OUTSIDE_AGREEMENT)) {
            Button anyway = FormControls.button("createDraftAnyway", messages.get("parts.ui.purchasing.createDraftAnyway"),
                    Material2OutlinedMZ.WARNING);
            anyway.setOnAction(e -> model.createDraftOutsideAgreement());
            draftActions.getChildren().add(anyway);
        }
        VBox right = new VBox(8, FormControls.heading(messages.get("parts.ui.purchasing.suggestions")), suggestions,
                orderSuggestions, FormControls.heading(messages.get("parts.ui.purchasing.newOrder")), supplier, draftLine,
                draftLines, draftWarning, draftActions);
        if (context.may(com.fours.workbench.security.Permission.MANAGE_PARTS_MASTER)) {
            TextField code = FormControls.text("supplierCode", model.supplierCodeProperty());
            code.setPromptText(messages.get("parts.ui.purchasing.supplierCode"));
            code.setPrefColumnCount(8);
            TextField name = FormControls.text("supplierName", model.supplierNameProperty());
            name.setPromptText(messages.get("parts.ui.purchasing.supplierName"));
            HBox.setHgrow(name, Priority.ALWAYS);
            TextField contact = FormControls.text("supplierContact", model.supplierContactProperty());
            contact.setPromptText(messages.get("parts.print.purchaseOrder.contact"));
            contact.setPrefColumnCount(6);
            TextField phone = FormControls.text("supplierPhone", model.supplierPhoneProperty());
            phone.setPromptText(messages.get("parts.ui.purchasing.supplierPhone"));
            phone.setPrefColumnCount(9);
            Button add = FormControls.button("addSupplier", messages.get("parts.ui.purchasing.addSupplier"),
                    Material2OutlinedAL.ADD);
            add.setOnAction(e -> model.addSupplier());
            right.getChildren().addAll(FormControls.heading(messages.get("parts.ui.purchasing.newSupplier")),
                    new HBox(6, code, name), new HBox(6, contact, phone, add));
        }
        VBox.setVgrow(suggestions, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.62);
        split.setId("purchasingPane");
        split.getStyleClass().add(StyleClasses.PARTS_PANE);
        model.refresh();
        return split;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
