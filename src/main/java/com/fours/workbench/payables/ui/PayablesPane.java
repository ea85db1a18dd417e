package com.fours.workbench.payables.ui;

import java.io.File;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.payables.InvoiceInput;
import com.fours.workbench.payables.InvoiceLine;
import com.fours.workbench.payables.InvoiceStatus;
import com.fours.workbench.payables.Invoiceable;
import com.fours.workbench.payables.PayablesAgeingLine;
import com.fours.workbench.payables.PaymentInput;
import com.fours.workbench.payables.SettingsInput;
import com.fours.workbench.payables.SupplierInvoice;
import com.fours.workbench.payables.SupplierPayment;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ConfirmStep;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.Tables;

/**
 * Payables (应付账款) in the Cashier tab: every supplier's ageing and what falls due this week; for
 * the chosen supplier its open invoices, the chosen invoice's lines beside the order and the receipt,
 * its payments; a supplier invoice entered from what was received; a waiting invoice accepted by the
 * manager; an invoice voided; a payment recorded against the invoices chosen; the settings.
 */
public final class PayablesPane implements Section {

    private final PayablesContext context;
    private final Messages messages;
    private final Formats formats;
    private final PayablesViewModel model;

    public PayablesPane(PayablesContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new PayablesViewModel(context);
    }

    @Override
    public String id() {
        return "cashierTab-payables";
    }

    @Override
    public String title() {
        return messages.get("payables.ui.tab");
    }

    @Override
    public Node build() {
        Label message = FormControls.message("payablesMessage", model.messageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Button refresh = FormControls.button("payablesRefresh", messages.get("payables.ui.refresh"),
                Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        Button export = FormControls.button("payablesExport", messages.get("payables.ui.export"),
                Material2OutlinedMZ.SAVE_ALT);
        export.setOnAction(e -> export());
        HBox top = new HBox(10, FormControls.heading(messages.get("payables.ui.ageing")), refresh, export, busy);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<com.fours.workbench.payables.PayablesSupplier> supplier = FormControls.choice("payablesSupplier",
                model.suppliers(), model.supplierProperty(), s -> s == null ? "" : s.name());
        HBox chooser = new HBox(8, FormControls.fieldName(messages.get("payables.ui.supplier")), supplier);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("payablesSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(model.summaryProperty());

        VBox left = new VBox(8, FormControls.heading(messages.get("payables.ui.invoices")), invoices(),
                FormControls.heading(messages.get("payables.ui.lines")), lines(),
                FormControls.heading(messages.get("payables.ui.payments")), payments());
        // the forms go under the tables, not beside them: beside, the lines' eight amounts and the
        // form's receipt lines left the ageing and the receipt lines too little width to show every figure
        VBox lower = new VBox(16, left, forms());
        VBox content = new VBox(10, top, message, ageing(), FormControls.heading(messages.get("payables.ui.dueThisWeek")),
                due(), chooser, summary, lower);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("payablesPane");
        model.refresh();
        return scroll;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    private Node ageing() {
        TableView<PayablesAgeingLine> table = Tables.table("payablesAgeing", model.ageing(), 180,
                messages.get("payables.ui.noSuppliers"));
        table.getColumns().add(Columns.text(messages.get("payables.ui.col.supplier"), PayablesAgeingLine::supplierName));
        table.getColumns().addAll(Tables.<PayablesAgeingLine>ageing(messages, formats));
        Tables.sharedWidth(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.choose(now.supplierId());
            }
        });
        return table;
    }

    private Node due() {
        TableView<SupplierInvoice> table = Tables.table("payablesDue", model.due(), 140,
                messages.get("payables.ui.noneDue"));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("payables.ui.col.supplier"), SupplierInvoice::supplierName),
                Columns.text(messages.get("payables.ui.col.invoice"), SupplierInvoice::invoiceNumber),
                Columns.date(messages.get("payables.ui.col.due"), SupplierInvoice::dueOn, formats),
                Columns.money(messages.get("payables.ui.col.open"), SupplierInvoice::openAmount, formats)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.choose(now.supplierId());
            }
        });
        return table;
    }

    private Node invoices() {
        TableView<SupplierInvoice> table = Tables.table("payablesInvoices", model.invoices(), 170,
                messages.get("payables.ui.noInvoices"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("payables.ui.col.invoice"), SupplierInvoice::invoiceNumber),
                Columns.date(messages.get("payables.ui.col.invoiceDate"), SupplierInvoice::invoiceDate, formats),
                Columns.date(messages.get("payables.ui.col.due"), SupplierInvoice::dueOn, formats),
                Columns.status(messages.get("payables.ui.col.status"), SupplierInvoice::status, messages),
                Columns.number(messages.get("payables.ui.col.differences"), i -> String.valueOf(i.differences())),
                Columns.money(messages.get("payables.ui.col.amount"), SupplierInvoice::amount, formats),
                Columns.money(messages.get("payables.ui.col.open"), SupplierInvoice::openAmount, formats)));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SupplierInvoice>) change ->
                model.chosenInvoices().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        // apart: the table tells of its selected items before its selected item, so read from the items'
        // change the chosen invoice was still none and its lines never showed
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.invoiceProperty().set(now));
        return table;
    }

    private Node lines() {
        TableView<InvoiceLine> table = Tables.table("payablesLines", model.lines(), 140,
                messages.get("payables.ui.noLines"));
        table.getColumns().addAll(List.of(
                Columns.longText(messages.get("payables.ui.col.part"), l -> l.partNumber() + " " + l.partName(), 160),
                Columns.number(messages.get("payables.ui.col.ordered"), l -> model.quantityText(l.orderedQuantity())),
                Columns.number(messages.get("payables.ui.col.received"), l -> model.quantityText(l.receivedQuantity())),
                Columns.number(messages.get("payables.ui.col.invoiced"), l -> model.quantityText(l.quantity())),
                Columns.money(messages.get("payables.ui.col.orderedPrice"), InvoiceLine::orderedPrice, formats),
                Columns.money(messages.get("payables.ui.col.receivedPrice"), InvoiceLine::receivedPrice, formats),
                Columns.money(messages.get("payables.ui.col.invoicedPrice"), InvoiceLine::unitPrice, formats),
                Columns.longText(messages.get("payables.ui.col.flag"), model::flag, 120)));
        return table;
    }

    private Node payments() {
        TableView<SupplierPayment> table = Tables.table("payablesPayments", model.payments(), 130,
                messages.get("payables.ui.noPayments"));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("payables.ui.col.payment"), SupplierPayment::number),
                Columns.date(messages.get("payables.ui.col.paidOn"), SupplierPayment::paidOn, formats),
                Columns.status(messages.get("payables.ui.col.method"), SupplierPayment::method, messages),
                Columns.money(messages.get("payables.ui.col.amount"), SupplierPayment::amount, formats),
                Columns.money(messages.get("payables.ui.col.credit"), SupplierPayment::unapplied, formats),
                Columns.longText(messages.get("payables.ui.col.reference"),
                        p -> p.reference() == null ? "" : p.reference(), 120)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.paymentProperty().set(now));
        return table;
    }

    private Node forms() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("payables.ui.newInvoice")));
        form.addField(messages.get("payables.ui.invoiceNumber"), FormControls.text("invoiceNumber",
                model.invoiceNumberProperty()), model.errors().of(InvoiceInput.NUMBER));
        form.addField(messages.get("payables.ui.invoiceDate"), FormControls.text("invoiceDate",
                model.invoiceDateProperty(), messages.get("payables.ui.dayPrompt")), model.errors().of(InvoiceInput.DATE));
        form.addWide(FormControls.fieldName(messages.get("payables.ui.receiptLines")));
        form.addWide(receivable());
        form.addField(messages.get("payables.ui.quantity"), FormControls.text("invoiceQuantity",
                model.quantityProperty()), model.errors().of("invoiceQuantity"));
        form.addField(messages.get("payables.ui.unitPrice"), FormControls.text("invoiceUnitPrice",
                model.unitPriceProperty()), model.errors().of("invoiceUnitPrice"));
        Button add = FormControls.button("invoiceAddLine", messages.get("payables.ui.addLine"), Material2AL.ADD);
        add.setOnAction(e -> model.addLine());
        add.disableProperty().bind(model.receivedProperty().isNull());
        form.addWide(add);
        form.addWide(FormControls.fieldName(messages.get("payables.ui.draft")));
        TableView<PayablesViewModel.DraftLine> draft = draft();
        form.addWide(draft);
        Label linesError = FormControls.formError("invoiceLinesError");
        linesError.textProperty().bind(model.errors().of(InvoiceInput.LINES));
        form.addWide(linesError);
        Button remove = FormControls.button("invoiceRemoveLine", messages.get("payables.ui.removeLine"),
                Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE);
        remove.setOnAction(e -> model.removeLine(draft.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(draft.getSelectionModel().selectedItemProperty().isNull());
        Button enter = FormControls.button("invoiceEnter", messages.get("payables.ui.enter"),
                Material2OutlinedMZ.RECEIPT);
        enter.getStyleClass().add(Styles.ACCENT);
        enter.setOnAction(e -> model.enterInvoice());
        enter.disableProperty().bind(model.supplierProperty().isNull());
        form.addWide(new HBox(8, enter, remove));

        Button accept = FormControls.button("invoiceAccept", messages.get("payables.ui.accept"),
                Material2AL.CHECK_CIRCLE_OUTLINE);
        accept.setOnAction(e -> accept());
        accept.disableProperty().bind(model.invoiceProperty().isNull());
        accept.setVisible(model.mayAccept());
        accept.setManaged(model.mayAccept());
        Button voidButton = FormControls.button("invoiceVoid", messages.get("payables.ui.void"), Material2AL.BLOCK);
        voidButton.setOnAction(e -> voidInvoice());
        voidButton.disableProperty().bind(model.invoiceProperty().isNull());
        form.addWide(new HBox(8, accept, voidButton));

        form.addWide(FormControls.heading(messages.get("payables.ui.newPayment")));
        ComboBox<ReceiptMethod> method = FormControls.choice("paymentMethod", List.of(ReceiptMethod.values()),
                model.methodProperty(), messages);
        form.addField(messages.get("payables.ui.method"), method, model.errors().of(PaymentInput.METHOD));
        form.addField(messages.get("payables.ui.amount"), FormControls.text("paymentAmount", model.amountProperty()),
                model.errors().of(PaymentInput.AMOUNT));
        form.addField(messages.get("payables.ui.reference"), FormControls.text("paymentReference",
                model.referenceProperty()), model.errors().of(PaymentInput.REFERENCE));
        form.addField(messages.get("payables.ui.day"), FormControls.text("paymentDay", model.paidOnProperty(),
                messages.get("payables.ui.dayPrompt")), model.errors().of(PaymentInput.PAID_ON));
        Label hint = new Label(messages.get("payables.ui.appliedHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        form.addWide(hint);
        Label appliedError = FormControls.formError("paymentAppliedError");
        appliedError.textProperty().bind(model.errors().of(PaymentInput.APPLIED));
        form.addWide(appliedError);
        Button pay = FormControls.button("paymentRecord", messages.get("payables.ui.pay"), Material2OutlinedMZ.PAYMENTS);
        pay.getStyleClass().add(Styles.ACCENT);
        pay.setOnAction(e -> model.pay());
        pay.disableProperty().bind(model.supplierProperty().isNull());
        Button apply = FormControls.button("paymentApplyCredit", messages.get("payables.ui.applyCredit"),
                Material2OutlinedMZ.PLAYLIST_ADD_CHECK);
        apply.setOnAction(e -> model.applyCredit());
        apply.disableProperty().bind(model.paymentProperty().isNull());
        form.addWide(new HBox(8, pay, apply));

        if (model.maySetUp()) {
            form.addWide(FormControls.heading(messages.get("payables.ui.settings")));
            form.addField(messages.get("payables.ui.tolerance"), FormControls.text("payablesTolerance",
                    model.toleranceProperty()), model.errors().of(SettingsInput.TOLERANCE));
            form.addField(messages.get("payables.ui.limit"), FormControls.text("payablesApprovalLimit",
                    model.limitProperty()), model.errors().of(SettingsInput.LIMIT));
            form.addField(messages.get("payables.ui.days"), FormControls.text("payablesPaymentDays",
                    model.daysProperty()), model.errors().of(SettingsInput.DAYS));
            Button save = FormControls.button("payablesSaveSettings", messages.get("payables.ui.saveSettings"),
                    Material2MZ.SAVE);
            save.setOnAction(e -> model.saveSettings());
            form.addWide(save);
        }
        form.setMinWidth(400);
        form.setMaxWidth(760);
        return form;
    }

    private Node receivable() {
        TableView<Invoiceable> table = Tables.table("payablesReceivable", model.receivable(), 150,
                messages.get("payables.ui.noReceiptLines"));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("payables.ui.col.part"), l -> l.partNumber() + " " + l.partName()),
                Columns.text(messages.get("payables.ui.col.delivery"), l -> l.deliveryNote() == null ? ""
                        : l.deliveryNote()),
                Columns.number(messages.get("payables.ui.col.left"), l -> model.quantityText(l.left())),
                Columns.money(messages.get("payables.ui.col.orderedPrice"), Invoiceable::orderedPrice, formats)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.receivedProperty().set(now));
        return table;
    }

    private TableView<PayablesViewModel.DraftLine> draft() {
        TableView<PayablesViewModel.DraftLine> table = Tables.table("payablesDraft", model.draft(), 110,
                messages.get("payables.ui.noDraft"));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("payables.ui.col.part"), d -> d.received().partNumber()),
                Columns.number(messages.get("payables.ui.quantity"), PayablesViewModel.DraftLine::quantity),
                Columns.number(messages.get("payables.ui.unitPrice"), PayablesViewModel.DraftLine::unitPrice)));
        return table;
    }

    private void accept() {
        SupplierInvoice chosen = model.invoiceProperty().get();
        if (chosen == null || chosen.status() != InvoiceStatus.AWAITING) {
            return;
        }
        model.beginStep();
        new ConfirmStep("invoiceAcceptStep", messages.get("payables.ui.accept.title"), model.acceptQuestion(),
                messages.get("payables.ui.accept.confirm"), messages.get("payables.ui.keep"))
                .reason("invoiceAcceptNote", messages.get("payables.ui.accept.note"), "", model.noteProperty(),
                        model.errors().of("payablesAcceptNote"))
                .until(model.stepDoneProperty(), model.dialogMessageProperty())
                .show(context.window(), model::accept);
    }

    private void voidInvoice() {
        if (model.invoiceProperty().get() == null) {
            return;
        }
        model.beginStep();
        new ConfirmStep("invoiceVoidStep", messages.get("payables.ui.void.title"), model.voidQuestion(),
                messages.get("payables.ui.void.confirm"), messages.get("payables.ui.keep"))
                .reason("invoiceVoidReason", messages.get("payables.ui.void.reason"), "", model.noteProperty(),
                        model.errors().of("payablesVoidReason"))
                .until(model.stepDoneProperty(), model.dialogMessageProperty())
                .show(context.window(), model::voidInvoice);
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(messages.get("payables.export.title", java.time.LocalDate.now(context.clock()))
                + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("payables.ui.excelFiles"),
                "*.xlsx"));
        File file = chooser.showSaveDialog(context.window());
        if (file != null) {
            model.export(file.toPath());
        }
    }
}
