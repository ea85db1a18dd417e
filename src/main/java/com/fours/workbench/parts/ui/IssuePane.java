package com.fours.workbench.parts.ui;

import java.util.Set;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.PickLine;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.ScanFields;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** The issue counter: repair orders waiting, the pick list by bin, the scan field, returns and the issue slip. */
final class IssuePane implements Section {

    private final PartsContext context;
    private final Messages messages;
    private final Formats formats;
    private final IssueViewModel model;
    private final LiveUpdates live;
    private Node root;
    private TextField scan;

    IssuePane(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new IssueViewModel(context);
        this.live = new LiveUpdates(context.changes(), Set.of(ChangeTopic.STOCK, ChangeTopic.REPAIR_ORDER), () -> root,
                changes -> model.refresh());
    }

    @Override
    public String id() {
        return "partsTab-issue";
    }

    @Override
    public String title() {
        return messages.get("parts.ui.tab.issue");
    }

    @Override
    public Node build() {
        ListView<Long> orders = new ListView<>(model.repairOrders());
        orders.setId("issueOrders");
        orders.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Long id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : model.orderName(id));
            }
        });
        model.orderNames().addListener((MapChangeListener<Long, String>) change -> orders.refresh());
        orders.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !model.replacingList()) {
                model.repairOrderProperty().set(now);
            }
        });
        // a reload keeps the order at the counter selected, wherever it now is in the list
        model.repairOrders().addListener((ListChangeListener<Long>) change -> {
            Long current = model.repairOrderProperty().get();
            if (current != null && model.repairOrders().contains(current)) {
                orders.getSelectionModel().select(current);
            } else {
                orders.getSelectionModel().clearSelection();
            }
        });
        model.repairOrderProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(orders.getSelectionModel().getSelectedItem())) {
                orders.getSelectionModel().select(now);
            }
        });
        TextField typedOrder = FormControls.text("issueOrderField", model.repairOrderTypedProperty());
        typedOrder.setPromptText(messages.get("parts.ui.issue.orderPrompt"));
        typedOrder.setOnAction(e -> model.openTyped());
        VBox left = new VBox(6, FormControls.heading(messages.get("parts.ui.issue.orders")), typedOrder, orders);
        VBox.setVgrow(orders, Priority.ALWAYS);

        Label current = new Label();
        current.setId("issueCurrentOrder");
        current.getStyleClass().add(Styles.TITLE_3);
        current.textProperty().bind(Bindings.createStringBinding(() -> {
            Long id = model.repairOrderProperty().get();
            return id == null ? messages.get("parts.ui.issue.chooseOrder")
                    : messages.get("parts.ui.issue.order", model.orderName(id));
        }, model.repairOrderProperty(), model.orderNames()));

        scan = FormControls.text("issueScan", model.codeProperty());
        scan.setPromptText(messages.get("parts.ui.issue.scanPrompt"));
        scan.getStyleClass().add(StyleClasses.SCAN_FIELD);
        scan.setOnAction(e -> model.scan());
        ScanFields.alarmOn(scan, model.scanRefusalsProperty());
        HBox.setHgrow(scan, Priority.ALWAYS);
        TextField quantity = FormControls.text("issueQuantity", model.quantityProperty());
        quantity.setPrefColumnCount(5);
        quantity.setOnAction(e -> scan.requestFocus());
        Label quantityLabel = new Label(messages.get("parts.ui.quantity"));
        quantityLabel.setLabelFor(quantity);
        HBox scanLine = new HBox(8, scan, quantityLabel, quantity);
        scanLine.setAlignment(Pos.CENTER_LEFT);

        Label message = FormControls.message("issueMessage", model.messageProperty());
        PseudoClass refusedState = PseudoClass.getPseudoClass("refused");
        model.refusedProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(StyleClasses.SCAN_REFUSED, StyleClasses.SCAN_DONE);
            message.getStyleClass().add(now ? StyleClasses.SCAN_REFUSED : StyleClasses.SCAN_DONE);
            message.pseudoClassStateChanged(refusedState, now);
        });
        message.getStyleClass().add(StyleClasses.SCAN_DONE);

        TableView<PickLine> picks = new TableView<>(model.pickList());
        picks.setId("issuePickList");
        picks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        picks.setPlaceholder(new Label(messages.get("parts.ui.issue.nothingToPick")));
        picks.getColumns().addAll(java.util.List.<TableColumn<PickLine, String>>of(
                Columns.text(messages.get("parts.ui.bin"), l -> l.binCode() == null ? messages.get("parts.ui.issue.noStock") : l.binCode()),
                Columns.text(messages.get("parts.ui.part.number"), PickLine::partNumber),
                Columns.longText(messages.get("parts.ui.part.name"), l -> l.name(formats), 180),
                Columns.number(messages.get("parts.ui.issue.toPick"), l -> formats.quantity(l.toPick()) + " " + messages.of(l.unit())),
                Columns.quantity(messages.get("parts.ui.issue.inBin"), l -> l.onHandInBin(), formats)));

        TableView<Reservation> lines = new TableView<>(model.reservations());
        lines.setId("issueReservations");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().addAll(java.util.List.<TableColumn<Reservation, String>>of(
                Columns.text(messages.get("parts.ui.part.number"), Reservation::partNumber),
                Columns.longText(messages.get("parts.ui.part.name"), r -> r.name(formats), 160),
                Columns.quantity(messages.get("parts.ui.issue.reserved"), r -> r.quantity(), formats),
                Columns.quantity(messages.get("parts.print.column.issued"), r -> r.issued(), formats),
                Columns.quantity(messages.get("parts.print.column.returned"), r -> r.returned(), formats),
                Columns.text(messages.get("parts.ui.status"), r -> messages.of(r.status()))));
        lines.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedReservationProperty().set(now));

        TextField returnQuantity = FormControls.text("returnQuantity", model.returnQuantityProperty());
        returnQuantity.setPrefColumnCount(5);
        Button returnButton = FormControls.button("returnUnused", messages.get("parts.ui.issue.return"), Material2OutlinedMZ.UNDO);
        returnButton.setOnAction(e -> model.returnUnused());
        Button print = FormControls.button("printIssueSlip", messages.get("parts.ui.issue.printSlip"), Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.printSlip(this::preview));
        Button refresh = FormControls.button("issueRefresh", messages.get("parts.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        HBox actions = new HBox(8, new Label(messages.get("parts.ui.issue.returnQuantity")), returnQuantity, returnButton,
                print, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox center = new VBox(8, current, scanLine, message,
                FormControls.heading(messages.get("parts.ui.issue.pickList")), picks,
                FormControls.heading(messages.get("parts.ui.issue.lines")), lines, actions);
        VBox.setVgrow(picks, Priority.ALWAYS);
        VBox.setVgrow(lines, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, center);
        split.setDividerPositions(0.18);
        split.setId("issuePane");
        split.getStyleClass().add(StyleClasses.PARTS_PANE);
        root = split;
        live.start();
        model.refresh();
        Platform.runLater(scan::requestFocus);
        return split;
    }

    private void preview(com.fours.workbench.reporting.RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    /** Shows this repair order (building the pane first if its tab was never shown). */
    void open(long repairOrderId) {
        model.repairOrderProperty().set(repairOrderId);
    }

    @Override
    public void activate() {
        model.refresh();
        live.start();
        if (scan != null) {
            Platform.runLater(scan::requestFocus);
        }
    }

}
