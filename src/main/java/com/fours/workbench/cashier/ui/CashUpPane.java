package com.fours.workbench.cashier.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.cashier.CashDayCount;
import com.fours.workbench.cashier.CashUpFigures;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ConfirmStep;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * The cash-up pane (日结) of the Cashier tab: a business day's money by method and by payer, refunds,
 * voids and discounts on the left; on the right the cash: float, what was handed over, change and
 * cash refunds, the expected cash, the cash counted and the difference as it is typed, the reason,
 * and closing the day. A closed day shows what was counted then and can only be printed.
 */
public final class CashUpPane implements Section {

    private final CashUpContext context;
    private final Messages messages;
    private final Formats formats;
    private final CashUpViewModel model;

    public CashUpPane(CashUpContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new CashUpViewModel(context);
    }

    @Override
    public String id() {
        return "cashierTab-cashUp";
    }

    @Override
    public String title() {
        return messages.get("cashUp.ui.tab");
    }

    @Override
    public Node build() {
        BorderPane root = new BorderPane();
        root.setId("cashUpPane");
        root.setTop(buildTop());
        HBox body = new HBox(16, buildFigures(), buildCash());
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        body.setPadding(new Insets(0, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        model.reload();
        return root;
    }

    /** Shown again: the day's figures may have moved. */
    @Override
    public void activate() {
        model.reload();
    }

    private Node buildTop() {
        Label dayLabel = new Label(messages.get("cashUp.ui.day"));
        DatePicker day = FormControls.datePicker("cashUpDay");
        day.valueProperty().bindBidirectional(model.dayProperty());
        dayLabel.setLabelFor(day);
        Button refresh = FormControls.button("cashUpRefresh", messages.get("cashUp.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.reload());
        Label status = new Label();
        status.setId("cashUpStatus");
        status.getStyleClass().add(Styles.TITLE_4);
        status.textProperty().bind(Bindings.createStringBinding(() -> model.status(model.figuresProperty().get()),
                model.figuresProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(10, dayLabel, day, refresh, busy, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10));
        return top;
    }

    // ---- left: the day's money

    private Node buildFigures() {
        TableView<CashUpFigures.MethodLine> methods = new TableView<>(model.methods());
        methods.setId("cashUpMethods");
        methods.getColumns().setAll(List.of(
                Columns.status(messages.get("cashUp.column.method"), CashUpFigures.MethodLine::method, messages),
                Columns.number(messages.get("cashUp.column.payments"), l -> formats.count(l.payments())),
                Columns.money(messages.get("cashUp.column.received"), CashUpFigures.MethodLine::received, formats),
                Columns.number(messages.get("cashUp.column.refunds"), l -> formats.count(l.refunds())),
                Columns.money(messages.get("cashUp.column.refunded"), CashUpFigures.MethodLine::refunded, formats),
                Columns.money(messages.get("cashUp.column.net"), CashUpFigures.MethodLine::net, formats)));
        fixedRows(methods, 6);

        TableView<CashUpFigures.PayerLine> payers = new TableView<>(model.payers());
        payers.setId("cashUpPayers");
        payers.getColumns().setAll(List.of(
                Columns.status(messages.get("cashUp.column.payer"), CashUpFigures.PayerLine::payer, messages),
                Columns.number(messages.get("cashUp.column.bills"), l -> formats.count(l.bills())),
                Columns.money(messages.get("cashUp.column.billed"), CashUpFigures.PayerLine::billed, formats),
                Columns.money(messages.get("cashUp.column.paid"), CashUpFigures.PayerLine::paid, formats)));
        fixedRows(payers, 3);

        GridPane totals = new GridPane();
        totals.setHgap(16);
        totals.setVgap(4);
        addTally(totals, 0, "cashUpPaymentsTotal", messages.get("cashUp.ui.paymentsTotal"), f -> tally(f.payments().count(),
                f.paymentsNet()));
        addTally(totals, 1, "cashUpRefunds", messages.get("cashUp.refunds"), f -> tally(f.refunds().count(),
                f.refunds().amount()));
        addTally(totals, 2, "cashUpVoids", messages.get("cashUp.voids"), f -> tally(f.voids().count(), f.voids().amount()));
        addTally(totals, 3, "cashUpDiscounts", messages.get("cashUp.discounts"), f -> tally(f.discounts().count(),
                f.discounts().amount()));

        VBox left = new VBox(6, heading(messages.get("cashUp.section.methods")), methods,
                heading(messages.get("cashUp.section.payers")), payers,
                heading(messages.get("cashUp.section.adjustments")), totals);
        return left;
    }

    private String tally(int count, Money amount) {
        return messages.get("cashUp.ui.tally", count, model.format(amount));
    }

    private void addTally(GridPane grid, int row, String id, String caption, Function<CashUpFigures, String> value) {
        Label label = new Label(caption);
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add(Styles.TEXT_BOLD);
        figure.textProperty().bind(Bindings.createStringBinding(() -> model.figuresProperty().get() == null ? ""
                : value.apply(model.figuresProperty().get()), model.figuresProperty()));
        grid.addRow(row, label, figure);
    }

    // ---- right: the cash and the close

    private Node buildCash() {
        FormGrid form = new FormGrid();
        TextField openingFloat = FormControls.text("cashUpOpeningFloat", model.openingFloatProperty(), "0.00");
        form.addField(messages.get("cashUp.openingFloat"), openingFloat, model.errorOf(CashDayCount.OPENING_FLOAT));
        form.addField(messages.get("cashUp.cashTaken"), figure("cashUpCashTaken", f -> model.format(f.cashTaken())),
                none());
        form.addField(messages.get("cashUp.changeGiven"), figure("cashUpChange", f -> model.format(f.changeGiven().negate())),
                none());
        form.addField(messages.get("cashUp.cashRefunded"),
                figure("cashUpCashRefunded", f -> model.format(f.cashRefunded().negate())), none());
        Label expected = new Label();
        expected.setId("cashUpExpected");
        expected.getStyleClass().addAll(Styles.TITLE_4);
        expected.textProperty().bind(model.expectedTextProperty());
        form.addField(messages.get("cashUp.expectedCash"), expected, none());
        TextField counted = FormControls.text("cashUpCounted", model.countedProperty(), messages.get("cashUp.ui.countedPrompt"));
        form.addField(messages.get("cashUp.countedCash"), counted, model.errorOf(CashDayCount.COUNTED_CASH));
        Label difference = new Label();
        difference.setId("cashUpDifference");
        difference.getStyleClass().add(Styles.TITLE_4);
        difference.textProperty().bind(model.differenceTextProperty());
        marked(difference, model.differsProperty(), Styles.DANGER, Styles.SUCCESS);
        form.addField(messages.get("cashUp.difference"), difference, none());
        TextField reason = FormControls.text("cashUpReason", model.reasonProperty(), messages.get("cashUp.ui.reasonPrompt"));
        form.addField(messages.get("cashUp.ui.reason"), reason, model.errorOf(CashDayCount.REASON));
        // a closed day's count stays readable: not editable rather than greyed out
        openingFloat.editableProperty().bind(model.closedProperty().not());
        counted.editableProperty().bind(model.closedProperty().not());
        reason.editableProperty().bind(model.closedProperty().not());

        Button close = FormControls.button("cashUpClose", messages.get("cashUp.ui.close"), Material2OutlinedAL.LOCK);
        close.getStyleClass().add(Styles.ACCENT);
        close.disableProperty().bind(model.closedProperty().or(model.busyProperty())
                .or(model.figuresProperty().isNull()));
        close.setOnAction(e -> confirmClose());
        counted.setOnAction(e -> reason.requestFocus());
        reason.setOnAction(e -> confirmClose());
        // only who may close a day is offered the step; the service checks again
        close.setVisible(context.may(Permission.CLOSE_CASH_DAY));
        close.setManaged(close.isVisible());
        Button print = FormControls.button("cashUpPrint", messages.get("cashUp.ui.print"), Material2OutlinedMZ.PRINT);
        print.disableProperty().bind(model.figuresProperty().isNull());
        print.setOnAction(e -> model.print(this::preview));
        HBox buttons = new HBox(8, close, print);
        form.addWide(buttons);

        Label message = new Label();
        message.setId("cashUpMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        marked(message, model.refusedProperty(), Styles.DANGER, Styles.SUCCESS);
        message.setMaxWidth(380);

        VBox right = new VBox(8, heading(messages.get("cashUp.section.cash")), form, message);
        right.setMinWidth(360);
        right.setPrefWidth(400);
        return right;
    }

    /** Closing a day cannot be undone: asked for with the day's figures as they will be recorded. */
    private void confirmClose() {
        if (model.figuresProperty().get() == null || model.closedProperty().get() || model.busyProperty().get()) {
            return;
        }
        new ConfirmStep("closeDay", messages.get("cashUp.ui.closeStep.title"), model.closeQuestion(),
                messages.get("cashUp.ui.closeStep.confirm"), messages.get("cashUp.ui.closeStep.keep"))
                .show(context.window(), model::close);
    }

    private Label figure(String id, Function<CashUpFigures, String> value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(Bindings.createStringBinding(() -> model.figuresProperty().get() == null ? ""
                : value.apply(model.figuresProperty().get()), model.figuresProperty()));
        return label;
    }

    /** Shows {@code whenTrue}'s colour while the condition holds, {@code whenFalse}'s otherwise. */
    static void marked(Label label, javafx.beans.value.ObservableBooleanValue condition, String whenTrue, String whenFalse) {
        Runnable apply = () -> {
            label.getStyleClass().removeAll(whenTrue, whenFalse);
            label.getStyleClass().add(condition.get() ? whenTrue : whenFalse);
        };
        condition.addListener((obs, was, now) -> apply.run());
        apply.run();
    }

    private static SimpleStringProperty none() {
        return new SimpleStringProperty("");
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    // ---- small builders

    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        return heading;
    }


    /** A table exactly as tall as its rows: the day's few lines need no scrolling. */
    private static void fixedRows(TableView<?> table, int rows) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        double height = 46 + rows * 28;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }
}
