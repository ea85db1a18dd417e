package com.fours.workbench.receivables.ui;

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
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.receivables.AgeingLine;
import com.fours.workbench.receivables.OpenItem;
import com.fours.workbench.receivables.Receipt;
import com.fours.workbench.receivables.ReceiptInput;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.Tables;

/**
 * Receivables (应收账款) in the Cashier tab: every payer's ageing; for the chosen payer its open bills
 * and its receipts; a receipt recorded against the bills chosen (all when none), oldest first, the
 * rest kept as credit; a receipt's credit applied later; the month's statement (对账单) printed.
 */
public final class ReceivablesPane implements Section {

    private final ReceivablesContext context;
    private final Messages messages;
    private final Formats formats;
    private final ReceivablesViewModel model;

    public ReceivablesPane(ReceivablesContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new ReceivablesViewModel(context);
    }

    @Override
    public String id() {
        return "cashierTab-receivables";
    }

    @Override
    public String title() {
        return messages.get("receivables.ui.tab");
    }

    @Override
    public Node build() {
        Label message = FormControls.message("receivablesMessage", model.messageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Button refresh = FormControls.button("receivablesRefresh", messages.get("receivables.ui.refresh"),
                Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        HBox top = new HBox(10, FormControls.heading(messages.get("receivables.ui.ageing")), refresh, busy);
        top.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("receivablesSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(model.summaryProperty());

        VBox left = new VBox(8, FormControls.heading(messages.get("receivables.ui.openItems")), items(),
                FormControls.heading(messages.get("receivables.ui.receipts")), receipts());
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox lower = new HBox(16, left, forms());
        VBox content = new VBox(10, top, message, ageing(), summary, lower);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("receivablesPane");
        model.refresh();
        return scroll;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    private Node ageing() {
        TableView<AgeingLine> table = Tables.table("receivablesAgeing", model.payers(), 220,
                messages.get("receivables.ui.noPayers"));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("receivables.ui.col.payer"), AgeingLine::payerName),
                Columns.status(messages.get("receivables.ui.col.kind"), AgeingLine::kind, messages)));
        table.getColumns().addAll(Tables.<AgeingLine>ageing(messages, formats));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (model.payerProperty().get() == null
                    || model.payerProperty().get().payerId() != now.payerId())) {
                model.payerProperty().set(now);
            }
        });
        model.payerProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private Node items() {
        TableView<OpenItem> table = Tables.table("receivablesItems", model.items(), 200,
                messages.get("receivables.ui.noItems"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("receivables.ui.col.bill"), OpenItem::billNumber),
                Columns.text(messages.get("receivables.ui.col.order"), OpenItem::orderNumber),
                Columns.text(messages.get("receivables.ui.col.plate"), OpenItem::plate),
                Columns.date(messages.get("receivables.ui.col.billed"), OpenItem::billedOn, formats),
                Columns.date(messages.get("receivables.ui.col.due"), OpenItem::dueOn, formats),
                Columns.money(messages.get("receivables.ui.col.amount"), OpenItem::amount, formats),
                Columns.money(messages.get("receivables.ui.col.open"), OpenItem::openAmount, formats)));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<OpenItem>) change ->
                model.chosenItems().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        return table;
    }

    private Node receipts() {
        TableView<Receipt> table = Tables.table("receivablesReceipts", model.receipts(), 160,
                messages.get("receivables.ui.noReceipts"));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("receivables.ui.col.receipt"), Receipt::number),
                Columns.date(messages.get("receivables.ui.col.received"), Receipt::receivedOn, formats),
                Columns.status(messages.get("receivables.ui.col.method"), Receipt::method, messages),
                Columns.money(messages.get("receivables.ui.col.amount"), Receipt::amount, formats),
                Columns.money(messages.get("receivables.ui.col.credit"), Receipt::unapplied, formats),
                Columns.longText(messages.get("receivables.ui.col.reference"),
                        r -> r.reference() == null ? "" : r.reference(), 120)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.receiptProperty().set(now));
        return table;
    }

    private Node forms() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("receivables.ui.newReceipt")));
        ComboBox<ReceiptMethod> method = FormControls.choice("receiptMethod", List.of(ReceiptMethod.values()),
                model.methodProperty(), messages);
        form.addField(messages.get("receivables.ui.method"), method, model.errors().of(ReceiptInput.METHOD));
        TextField amount = FormControls.text("receiptAmount", model.amountProperty());
        form.addField(messages.get("receivables.ui.amount"), amount, model.errors().of(ReceiptInput.AMOUNT));
        form.addField(messages.get("receivables.ui.reference"), FormControls.text("receiptReference",
                model.referenceProperty()), model.errors().of(ReceiptInput.REFERENCE));
        form.addField(messages.get("receivables.ui.day"), FormControls.text("receiptDay", model.dayProperty(),
                messages.get("receivables.ui.dayPrompt")), model.errors().of(ReceiptInput.RECEIVED_ON));
        Label applied = new Label(messages.get("receivables.ui.appliedHint"));
        applied.setWrapText(true);
        applied.getStyleClass().add(Styles.TEXT_MUTED);
        Label appliedError = FormControls.formError("receiptAppliedError");
        appliedError.textProperty().bind(model.errors().of(ReceiptInput.APPLIED));
        form.addWide(applied);
        form.addWide(appliedError);
        Button record = FormControls.button("receiptRecord", messages.get("receivables.ui.record"),
                Material2OutlinedMZ.PAYMENTS);
        record.getStyleClass().add(Styles.ACCENT);
        record.setOnAction(e -> model.record());
        record.disableProperty().bind(model.payerProperty().isNull());
        amount.setOnAction(e -> model.record());
        Button apply = FormControls.button("receiptApplyCredit", messages.get("receivables.ui.applyCredit"),
                Material2OutlinedMZ.PLAYLIST_ADD_CHECK);
        apply.setOnAction(e -> model.applyCredit());
        apply.disableProperty().bind(model.receiptProperty().isNull());
        form.addWide(new HBox(8, record, apply));

        form.addWide(FormControls.heading(messages.get("receivables.ui.statement")));
        form.addField(messages.get("receivables.ui.month"), FormControls.text("statementMonth", model.monthProperty(),
                "yyyy-MM"), model.errors().of("statementMonth"));
        Button print = FormControls.button("statementPrint", messages.get("receivables.ui.printStatement"),
                Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.printStatement(this::preview));
        print.disableProperty().bind(model.payerProperty().isNull());
        form.addWide(print);
        form.setMinWidth(360);
        form.setPrefWidth(380);
        return form;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }
}
