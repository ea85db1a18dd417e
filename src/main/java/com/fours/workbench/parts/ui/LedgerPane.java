package com.fours.workbench.parts.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.StockMovement;
import com.fours.workbench.parts.TraceLine;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** One part's ledger: every movement with its reference, and the receipts an issue came from. */
final class LedgerPane implements Section {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PartsContext context;
    private final Messages messages;
    private final LedgerViewModel model;

    LedgerPane(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
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
        return STAMP.format(LocalDateTime.ofInstant(at, context.clock().getZone()));
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
                FormControls.column(messages.get("parts.ui.ledger.time"), m -> time(m.movedAt()), 120),
                FormControls.column(messages.get("parts.ui.ledger.type"), m -> messages.of(m.movementType()), 110),
                FormControls.column(messages.get("parts.ui.bin"), StockMovement::binCode, 70),
                FormControls.numberColumn(messages.get("parts.ui.quantity"), m -> (m.quantity().signum() > 0 ? "+" : "")
                        + Quantity.display(m.quantity()), 60),
                FormControls.numberColumn(messages.get("parts.ui.ledger.unitCost"), m -> m.unitCost().toPlainString(), 70),
                FormControls.column(messages.get("parts.ui.ledger.reference"), this::reference, 180),
                FormControls.column(messages.get("parts.ui.ledger.user"), StockMovement::username, 70)));
        movements.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.traceOf(now));

        TableView<TraceLine> trace = new TableView<>(model.trace());
        trace.setId("ledgerTrace");
        trace.setPrefHeight(130);
        trace.setPlaceholder(new Label(messages.get("parts.ui.ledger.traceHint")));
        trace.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trace.getColumns().addAll(List.<TableColumn<TraceLine, String>>of(
                FormControls.numberColumn(messages.get("parts.ui.quantity"), t -> Quantity.display(t.quantity()), 60),
                FormControls.column(messages.get("parts.ui.ledger.receivedAt"), t -> time(t.receivedAt()), 120),
                FormControls.column(messages.get("parts.print.purchaseOrder.supplier"), TraceLine::supplierName, 200),
                FormControls.column(messages.get("parts.print.purchaseOrder.number"), t -> t.orderNumber() == null ? "" : t.orderNumber(), 120),
                FormControls.column(messages.get("parts.ui.purchasing.deliveryNote"), t -> t.deliveryNote() == null ? "" : t.deliveryNote(), 120),
                FormControls.numberColumn(messages.get("parts.ui.ledger.unitCost"), t -> t.unitCost().toPlainString(), 70)));

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
