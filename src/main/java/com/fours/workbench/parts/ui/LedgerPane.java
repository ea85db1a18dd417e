package com.fours.workbench.parts.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.StockMovement;
import com.fours.workbench.parts.TraceLine;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** One part's ledger: every movement with its reference, and the receipts an issue came from. */
final class LedgerPane implements Section {


    private final PartsContext context;
    private final Messages messages;
    private final Formats formats;
    private final LedgerViewModel model;

    LedgerPane(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new LedgerViewModel(context);
    }

    @Override
    public String id() {
        return "partsTab-ledger";
    }

    @Override
    public String title() {
        return messages.get("parts.ui.tab.ledger");
    }

    private String time(java.time.Instant at) {
        return formats.dateTime(at, context.clock().getZone());
    }

    @Override
    public Node build() {
        TextField code = FormControls.text("ledgerCode", model.codeProperty());
        code.setPromptText(messages.get("parts.ui.ledger.prompt"));
        code.setOnAction(e -> model.show());
        Label summary = FormControls.message("ledgerSummary", model.summaryProperty());
        summary.getStyleClass().add(Styles.TITLE_4);
        Label message = FormControls.message("ledgerMessage", model.messageProperty());
        message.getStyleClass().add(StyleClasses.SCAN_REFUSED);

        TableView<StockMovement> movements = new TableView<>(model.movements());
        movements.setId("ledgerMovements");
        movements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        movements.getColumns().addAll(List.<TableColumn<StockMovement, String>>of(
                Columns.text(messages.get("parts.ui.ledger.time"), m -> time(m.movedAt())),
                Columns.text(messages.get("parts.ui.ledger.type"), m -> messages.of(m.movementType())),
                Columns.text(messages.get("parts.ui.bin"), StockMovement::binCode),
                Columns.number(messages.get("parts.ui.quantity"), m -> (m.quantity().signum() > 0 ? "+" : "")
                        + formats.quantity(m.quantity())),
                Columns.money(messages.get("parts.ui.ledger.unitCost"), m -> Money.of(m.unitCost()), formats),
                Columns.longText(messages.get("parts.ui.ledger.reference"), this::reference, 180),
                Columns.text(messages.get("parts.ui.ledger.user"), StockMovement::username)));
        movements.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.traceOf(now));

        TableView<TraceLine> trace = new TableView<>(model.trace());
        trace.setId("ledgerTrace");
        trace.setPrefHeight(130);
        trace.setPlaceholder(new Label(messages.get("parts.ui.ledger.traceHint")));
        trace.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trace.getColumns().addAll(List.<TableColumn<TraceLine, String>>of(
                Columns.quantity(messages.get("parts.ui.quantity"), t -> t.quantity(), formats),
                Columns.text(messages.get("parts.ui.ledger.receivedAt"), t -> time(t.receivedAt())),
                Columns.longText(messages.get("parts.print.purchaseOrder.supplier"), TraceLine::supplierName, 200),
                Columns.text(messages.get("parts.print.purchaseOrder.number"), t -> t.orderNumber() == null ? "" : t.orderNumber()),
                Columns.longText(messages.get("parts.ui.purchasing.deliveryNote"), t -> t.deliveryNote() == null ? "" : t.deliveryNote(), 120),
                Columns.money(messages.get("parts.ui.ledger.unitCost"), t -> Money.of(t.unitCost()), formats)));

        VBox root = new VBox(8, code, message, summary, movements, FormControls.heading(messages.get("parts.ui.ledger.trace")), trace);
        VBox.setVgrow(movements, Priority.ALWAYS);
        root.setId("ledgerPane");
        root.getStyleClass().add(StyleClasses.PARTS_PANE);
        return root;
    }

    private String reference(StockMovement m) {
        StringBuilder text = new StringBuilder();
        if (m.repairOrderId() != null) {
            text.append(messages.get("parts.ui.issue.order", String.valueOf(m.repairOrderId()))).append(' ');
        }
        if (m.reference() != null) {
            text.append(m.reference()).append(' ');
        }
        if (m.reason() != null) {
            text.append('(').append(m.reason()).append(')');
        }
        return text.toString().strip();
    }
}
