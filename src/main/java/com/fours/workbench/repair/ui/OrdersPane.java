package com.fours.workbench.repair.ui;

import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.PartChoice;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderRow;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.LiveUpdates;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** The repair orders and the plan of the chosen one: lines, totals, approval, status steps, prints. */
final class OrdersPane implements Section {

    private final RepairContext context;
    private final Messages messages;
    private final Formats formats;
    private final PlanViewModel model;
    private final LiveUpdates live;
    private Node root;

    OrdersPane(RepairContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new PlanViewModel(context);
        this.live = new LiveUpdates(context.changes(), Set.of(ChangeTopic.REPAIR_ORDER), () -> root, model::changed);
    }

    /** The view model, for a caller that opens an order from elsewhere. */
    PlanViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "repairTab-orders";
    }

    @Override
    public String title() {
        return messages.get("repair.ui.tab.orders");
    }

    @Override
    public Node build() {
        SplitPane split = new SplitPane(orderList(), planEditor());
        split.setDividerPositions(0.31);
        split.setId("repairOrdersPane");
        model.refresh();
        root = split;
        live.start();
        return split;
    }

    private Node orderList() {
        TextField search = FormControls.text("repairSearch", model.searchProperty());
        search.setPromptText(messages.get("repair.ui.orders.searchPrompt"));
        search.setOnAction(e -> model.refresh());
        CheckBox openOnly = new CheckBox(messages.get("repair.ui.orders.openOnly"));
        openOnly.setId("repairOpenOnly");
        openOnly.selectedProperty().bindBidirectional(model.openOnlyProperty());
        openOnly.setOnAction(e -> model.refresh());
        TableView<RepairOrderRow> table = new TableView<>(model.orders());
        table.setId("repairOrderList");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("repair.ui.orders.none")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("repair.ui.col.number"), RepairOrderRow::number),
                Columns.text(messages.get("repair.ui.col.plate"), r -> r.plate() == null ? "" : r.plate()),
                Columns.text(messages.get("repair.ui.col.status"), r -> messages.of(r.status())),
                Columns.money(messages.get("repair.ui.col.total"), r -> r.total(), formats)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedOrderProperty().set(now);
            }
        });
        VBox left = new VBox(6, search, openOnly, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        return left;
    }

    private Node planEditor() {
        Label title = new Label();
        title.setId("planTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.titleProperty());
        Label vehicle = new Label();
        vehicle.setId("planVehicle");
        vehicle.textProperty().bind(model.vehicleLineProperty());
        Label warning = FormControls.message("planWarning", model.warningProperty());
        warning.getStyleClass().addAll(StyleClasses.PLAN_WARNING, Styles.DANGER);
        Label elsewhere = FormControls.message("planChangedElsewhere", model.changedElsewhereProperty());
        elsewhere.getStyleClass().addAll(StyleClasses.PLAN_WARNING, Styles.WARNING);

        ComboBox<CannedJob> canned = new ComboBox<>(model.cannedJobs());
        canned.setId("cannedJobChoice");
        canned.setPromptText(messages.get("repair.ui.plan.cannedPrompt"));
        canned.setConverter(FormControls.converter(
                j -> j.name(chinese()) + (j.vehicleModel() == null ? "" : "（" + j.vehicleModel() + "）")));
        canned.valueProperty().bindBidirectional(model.cannedJobProperty());
        Button apply = FormControls.button("applyCannedJob", messages.get("repair.ui.plan.applyCanned"),
                Material2OutlinedAL.LIBRARY_ADD);
        apply.setOnAction(e -> model.applyCannedJob());
        apply.disableProperty().bind(model.editableProperty().not());
        canned.disableProperty().bind(model.editableProperty().not());
        HBox cannedBar = new HBox(8, canned, apply);
        cannedBar.setAlignment(Pos.CENTER_LEFT);

        TableView<RepairLine> lines = new TableView<>(model.lines());
        lines.setId("planLines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.setPlaceholder(new Label(messages.get("repair.ui.plan.noLines")));
        lines.getColumns().addAll(List.of(
                Columns.text("#", l -> String.valueOf(l.lineNo())),
                Columns.text(messages.get("repair.ui.col.kind"), l -> messages.of(l.kind())),
                Columns.longText(messages.get("repair.ui.col.description"), RepairLine::description, 170),
                Columns.quantity(messages.get("repair.ui.col.quantity"), RepairLine::quantity, formats),
                Columns.money(messages.get("repair.ui.col.amount"), l -> l.amount(), formats),
                Columns.text(messages.get("repair.ui.col.state"), this::state),
                // beside the line form the table keeps room for the key columns; these may need a scroll
                Columns.secondary(Columns.money(messages.get("repair.ui.col.unitPrice"), l -> l.unitPrice(), formats)),
                Columns.secondary(Columns.text(messages.get("repair.ui.col.payer"), l -> messages.of(l.payer())))));
        lines.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RepairLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll(StyleClasses.LINE_PENDING, StyleClasses.LINE_DECLINED);
                if (!empty && line != null) {
                    if (line.declined()) {
                        getStyleClass().add(StyleClasses.LINE_DECLINED);
                    } else if (line.pendingApproval()) {
                        getStyleClass().add(StyleClasses.LINE_PENDING);
                    }
                }
            }
        });
        lines.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedLineProperty().set(now));

        Node form = lineForm();
        HBox middle = new HBox(10, lines, form);
        HBox.setHgrow(lines, Priority.ALWAYS);
        VBox.setVgrow(middle, Priority.ALWAYS);

        Label totals = new Label();
        totals.setId("planTotals");
        totals.getStyleClass().add(Styles.TITLE_4);
        totals.textProperty().bind(model.totalsLineProperty());
        Label message = FormControls.message("planMessage", model.messageProperty());

        Label shortage = FormControls.message("shortageQuestion", model.shortageQuestionProperty());
        Button confirm = FormControls.button("confirmPurchaseRequest", messages.get("repair.ui.plan.raiseRequest"),
                Material2OutlinedMZ.SHOPPING_CART);
        confirm.setOnAction(e -> model.confirmPurchaseRequest());
        Button cancel = FormControls.button("cancelPurchaseRequest", messages.get("repair.ui.plan.cancel"), null);
        cancel.setOnAction(e -> model.cancelPurchaseRequest());
        HBox shortageBar = new HBox(8, shortage, confirm, cancel);
        shortageBar.setAlignment(Pos.CENTER_LEFT);
        shortageBar.visibleProperty().bind(model.shortageQuestionProperty().isNotEmpty());
        shortageBar.managedProperty().bind(shortageBar.visibleProperty());

        Button approve = FormControls.button("approvePlan", messages.get("repair.ui.plan.approve"),
                Material2OutlinedAL.DONE_ALL);
        // a cancelled or finished order takes no approval, no new line and no work any more
        approve.disableProperty().bind(model.hasPendingProperty().not().or(model.editableProperty().not()));
        approve.setOnAction(e -> new ApprovalDialog(model.approval(), messages).show(context.window()));
        Button remove = FormControls.button("removeLine", messages.get("repair.ui.plan.removeLine"),
                Material2OutlinedAL.DELETE);
        remove.disableProperty().bind(model.selectedLineProperty().isNull().or(model.editableProperty().not()));
        remove.setOnAction(e -> model.removeLine());
        Button done = FormControls.button("markLineDone", messages.get("repair.ui.plan.markDone"),
                Material2OutlinedAL.CHECK_CIRCLE);
        done.disableProperty().bind(model.selectedLineProperty().isNull().or(model.editableProperty().not()));
        done.setOnAction(e -> model.markLineDone());
        Button workOrder = FormControls.button("printWorkOrder", messages.get("repair.ui.plan.printWorkOrder"),
                Material2OutlinedMZ.PRINT);
        workOrder.setOnAction(e -> model.printWorkOrder(this::preview));
        Button estimate = FormControls.button("printEstimate", messages.get("repair.ui.plan.printEstimate"),
                Material2OutlinedMZ.PRINT);
        estimate.setOnAction(e -> model.printEstimate(this::preview));
        FlowPane steps = new FlowPane(8, 6);
        steps.setId("planTransitions");
        model.transitions().addListener((ListChangeListener<RepairOrderStatus>) change -> {
            steps.getChildren().clear();
            for (RepairOrderStatus target : model.transitions()) {
                Button step = FormControls.button("to-" + target.name(),
                        messages.get("repair.ui.plan.moveTo", messages.of(target)), Material2OutlinedAL.ARROW_FORWARD);
                step.getStyleClass().add(Styles.ACCENT);
                step.setOnAction(e -> model.transition(target));
                steps.getChildren().add(step);
            }
        });
        Button cancelOrder = FormControls.button("cancelOrder", messages.get("repair.ui.plan.cancelOrder"),
                Material2OutlinedAL.CANCEL);
        cancelOrder.getStyleClass().add(Styles.DANGER);
        cancelOrder.visibleProperty().bind(model.cancellableProperty());
        cancelOrder.managedProperty().bind(cancelOrder.visibleProperty());
        cancelOrder.setOnAction(e -> new CancelOrderDialog(model, messages).show(context.window()));
        FlowPane actions = new FlowPane(8, 6, approve, remove, done, workOrder, estimate, cancelOrder);
        if (model.offersFindings()) {
            Button findings = FormControls.button("openFindings", messages.get("repair.ui.plan.findings"),
                    Material2OutlinedAL.FIND_IN_PAGE);
            findings.setOnAction(e -> new FindingsDialog(model.findingsOfPlan(), messages, context.window()).show());
            Button contact = FormControls.button("openProgressContact", messages.get("repair.ui.plan.progressContact"),
                    Material2OutlinedMZ.PHONE_IN_TALK);
            contact.setOnAction(e -> new ProgressContactDialog(model.progressContact(), messages).show(context.window()));
            // after the hand-back or a cancellation there is nobody left to call
            contact.disableProperty().bind(model.planProperty().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> model.planProperty().get() != null && (model.planProperty().get().status() == RepairOrderStatus.DELIVERED
                            || model.planProperty().get().status() == RepairOrderStatus.CANCELLED), model.planProperty())));
            contact.setVisible(context.may(com.fours.workbench.security.Permission.USE_RECEPTION));
            contact.managedProperty().bind(contact.visibleProperty());
            actions.getChildren().addAll(4, List.of(findings, contact));
        }

        VBox right = new VBox(8, title, vehicle, warning, elsewhere, cannedBar, middle, shortageBar, message, totals, actions, steps);
        right.setPadding(new Insets(8));
        right.disableProperty().bind(model.planProperty().isNull());
        return right;
    }

    private Node lineForm() {
        FormGrid form = new FormGrid();
        ComboBox<LineKind> kind = FormControls.choice("lineKind", List.of(LineKind.values()), model.kindProperty(),
                messages);
        form.addField(messages.get("repair.ui.line.kind"), kind, new SimpleStringProperty(""));
        ComboBox<LabourOperation> operation = new ComboBox<>(model.operations());
        operation.setId("lineOperation");
        operation.setConverter(FormControls.converter(o -> o.code() + " " + o.name(chinese())));
        // the chosen operation is read whole: its name is what the customer is charged for
        operation.setMinWidth(Region.USE_PREF_SIZE);
        operation.valueProperty().bindBidirectional(model.operationProperty());
        var labour = model.kindProperty().isEqualTo(LineKind.LABOUR);
        var part = model.kindProperty().isEqualTo(LineKind.PART);
        operation.disableProperty().bind(labour.not());
        form.addField(messages.get("repair.ui.line.operation"), operation, model.errors().of(LineInput.ITEM));
        TextField partSearch = FormControls.text("linePartSearch", model.partSearchProperty());
        partSearch.setPromptText(messages.get("repair.ui.line.partSearchPrompt"));
        partSearch.setOnAction(e -> model.findParts());
        partSearch.disableProperty().bind(part.not());
        form.addField(messages.get("repair.ui.line.partSearch"), partSearch, new SimpleStringProperty(""));
        ComboBox<PartChoice> partChoice = new ComboBox<>(model.partChoices());
        partChoice.setId("linePart");
        partChoice.setConverter(FormControls.converter(p -> messages.get("repair.ui.line.partChoice", p.partNumber(),
                p.name(formats), formats.quantity(p.onHand()), formats.money(p.price()))));
        partChoice.valueProperty().bindBidirectional(model.partProperty());
        partChoice.disableProperty().bind(part.not());
        form.addField(messages.get("repair.ui.line.part"), partChoice, new SimpleStringProperty(""));
        form.addField(messages.get("repair.ui.line.description"),
                FormControls.text("lineDescription", model.descriptionProperty()),
                model.errors().of(LineInput.DESCRIPTION));
        ComboBox<RepairCategory> category = FormControls.choice("lineCategory", List.of(RepairCategory.values()),
                model.categoryProperty(), messages);
        category.disableProperty().bind(labour.not());
        form.addField(messages.get("repair.ui.line.category"), category, model.errors().of(LineInput.CATEGORY));
        TextField quantity = FormControls.text("lineQuantity", model.quantityProperty());
        form.addField(messages.get("repair.ui.line.quantity"), quantity, model.errors().of(LineInput.QUANTITY));
        TextField price = FormControls.text("lineUnitPrice", model.unitPriceProperty());
        price.setPromptText(messages.get("repair.ui.line.pricePrompt"));
        form.addField(messages.get("repair.ui.line.unitPrice"), price, model.errors().of(LineInput.UNIT_PRICE));
        form.addField(messages.get("repair.ui.line.payer"),
                FormControls.choice("linePayer", List.of(Payer.values()), model.payerProperty(), messages),
                new SimpleStringProperty(""));
        Button add = FormControls.button("addLine", messages.get("repair.ui.line.add"), Material2OutlinedAL.ADD);
        add.setDefaultButton(false);
        add.setOnAction(e -> model.addLine());
        quantity.setOnAction(e -> model.addLine());
        price.setOnAction(e -> model.addLine());
        add.disableProperty().bind(model.editableProperty().not());
        add.setMaxWidth(Double.MAX_VALUE);
        add.getStyleClass().add(Styles.ACCENT);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        // the button stays in view under the form, however far the form is scrolled
        VBox box = new VBox(6, scroll, add);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPrefWidth(320);
        // the form scrolls sideways before it pushes the plan's amounts past the table's edge
        box.setMinWidth(250);
        return box;
    }

    private String state(RepairLine line) {
        if (line.declined()) {
            return messages.get("repair.ui.line.declined");
        }
        if (line.pendingApproval()) {
            return messages.get("repair.ui.line.pending");
        }
        if (line.kind() == LineKind.PART || line.kind() == LineKind.FEE) {
            return messages.get("repair.ui.line.approved");
        }
        return messages.of(line.status());
    }

    private boolean chinese() {
        return "zh".equals(messages.locale().getLanguage());
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    @Override
    public void activate() {
        model.refresh();
        live.start();
    }

    @Override
    public void deactivate() {
        live.stop();
    }
}
