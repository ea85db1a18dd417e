package com.fours.workbench.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.dashboard.Dashboard;
import com.fours.workbench.dashboard.DashboardChart;
import com.fours.workbench.dashboard.FigureRow;
import com.fours.workbench.dashboard.FigureUnit;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.ChartCard;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/**
 * The manager's dashboard (经营看板): the period and its quick picks, the key figures with their
 * comparisons, a chart per group of figures (drawn by ui/ChartCard: the figure behind each point on hover, each chart
 * exportable to Excel) and the table of every figure; the period prints as the monthly report.
 */
public final class DashboardView {

    /** The key figures shown as cards above the charts, by their row id. */
    private static final List<String> CARDS = List.of("carCount", "revenueTotal", "averageBill", "labourRate",
            "efficiency", "firstTimeFix", "csi");

    private final DashboardContext context;
    private final Messages messages;
    private final DashboardViewModel model;
    private final FlowPane cards = new FlowPane(10, 10);
    private final GridPane charts = new GridPane();
    private final TableView<FigureRow> table = new TableView<>();

    public DashboardView(DashboardContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new DashboardViewModel(context);
    }

    public DashboardViewModel model() {
        return model;
    }

    public Node build() {
        Button thisMonth = FormControls.button("dashboardThisMonth", messages.get("dashboard.ui.thisMonth"),
                Material2OutlinedAL.CALENDAR_TODAY);
        thisMonth.setOnAction(e -> model.thisMonth());
        Button lastMonth = FormControls.button("dashboardLastMonth", messages.get("dashboard.ui.lastMonth"),
                Material2OutlinedAL.DATE_RANGE);
        lastMonth.setOnAction(e -> model.lastMonth());
        Button thisYear = FormControls.button("dashboardThisYear", messages.get("dashboard.ui.thisYear"),
                Material2OutlinedAL.EVENT_NOTE);
        thisYear.setOnAction(e -> model.thisYear());
        DatePicker from = FormControls.datePicker("dashboardFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = FormControls.datePicker("dashboardTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = FormControls.button("dashboardShow", messages.get("dashboard.ui.show"), Material2OutlinedMZ.REFRESH);
        show.setDefaultButton(true);
        show.setOnAction(e -> model.load());
        Button print = FormControls.button("dashboardPrint", messages.get("dashboard.ui.print"), Material2OutlinedMZ.PRINT);
        print.disableProperty().bind(model.dashboardProperty().isNull());
        print.setOnAction(e -> model.print(report -> new ReportPreviewWindow(context.window(), context.reports(), report,
                context.background().executor(), messages).show()));
        Label fromError = FormControls.formError("dashboardFromError");
        fromError.textProperty().bind(model.fromError());
        fromError.visibleProperty().bind(model.fromError().isNotEmpty());
        Label toError = FormControls.formError("dashboardToError");
        toError.textProperty().bind(model.toError());
        toError.visibleProperty().bind(model.toError().isNotEmpty());
        FieldErrors.clearWhenEdited(from, model.fromError());
        FieldErrors.clearWhenEdited(to, model.toError());
        VBox fromBox = new VBox(2, from, fromError);
        VBox toBox = new VBox(2, to, toError);
        fromBox.setMaxWidth(from.getPrefWidth());
        HBox picks = new HBox(6, thisMonth, lastMonth, thisYear);
        picks.setAlignment(Pos.CENTER_LEFT);
        HBox period = new HBox(8, FormControls.fieldName(messages.get("dashboard.ui.period")), fromBox, new Label("–"),
                toBox, show, print);
        period.setAlignment(Pos.TOP_LEFT);
        FlowPane top = new FlowPane(16, 8, picks, period);
        Label message = FormControls.message("dashboardMessage", model.messageProperty());

        charts.setHgap(12);
        charts.setVgap(12);
        charts.setId("dashboardCharts");
        table.setId("dashboardFigures");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages.get("dashboard.col.figure"), FigureRow::label));
        table.getColumns().add(Columns.number(messages.get("dashboard.col.current"), r -> model.format(r, r.current())));
        table.getColumns().add(Columns.number(messages.get("dashboard.col.previous"), r -> model.format(r, r.previous())));
        table.getColumns().add(Columns.number(messages.get("dashboard.col.lastYear"), r -> model.format(r, r.lastYear())));
        table.getColumns().add(Columns.number(messages.get("dashboard.col.change"), model::change));
        table.setFixedCellSize(26);
        Button exportTable = ChartCard.exportButton(export("dashboardExport-figures", () -> model.charts().stream()
                .filter(c -> c.kind() == DashboardChart.ChartKind.TABLE).findFirst().orElse(null)), messages,
                context.window());
        HBox tableHead = new HBox(8, FormControls.heading(messages.get("dashboard.chart.figures")), exportTable);
        tableHead.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(14, cards, charts, tableHead, table);
        content.setPadding(new Insets(4, 4, 12, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("dashboardScroll");
        VBox root = new VBox(10, top, message, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("dashboardView");
        root.getStyleClass().add(StyleClasses.DASHBOARD);
        model.dashboardProperty().addListener((obs, old, d) -> show(d));
        model.load();
        return root;
    }

    public void activate() {
        if (model.dashboardProperty().get() == null) {
            model.load();
        }
    }

    /** Draws everything again for the dashboard read. */
    private void show(Dashboard dashboard) {
        cards.getChildren().clear();
        charts.getChildren().clear();
        if (dashboard == null) {
            table.getItems().clear();
            return;
        }
        List<FigureRow> rows = model.figures();
        Map<String, FigureRow> byId = rows.stream().collect(Collectors.toMap(FigureRow::id, Function.identity()));
        for (String id : CARDS) {
            cards.getChildren().add(card(byId.get(id)));
        }
        int i = 0;
        for (DashboardChart chart : model.charts()) {
            if (chart.kind() == DashboardChart.ChartKind.TABLE) {
                continue;
            }
            charts.add(chartBox(chart), i % 2, i / 2);
            i++;
        }
        table.getItems().setAll(rows);
        table.setPrefHeight(table.getFixedCellSize() * (rows.size() + 1.4));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    private Node card(FigureRow row) {
        Label name = new Label(row.label());
        name.setWrapText(true);
        Label value = new Label(model.format(row, row.current()));
        value.setId("dashboardCard-" + row.id());
        value.getStyleClass().add(StyleClasses.FIGURE_VALUE);
        VBox card = new VBox(4, name, value,
                comparison(row, "dashboard.col.previous", row.previous(), "dashboardCardPrevious-"),
                comparison(row, "dashboard.col.lastYear", row.lastYear(), "dashboardCardLastYear-"));
        card.getStyleClass().add(StyleClasses.FIGURE_CARD);
        card.setMinWidth(170);
        return card;
    }

    /** One comparison on a line of its own: its name on the left, its figure whole on the right, never wrapped. */
    private Node comparison(FigureRow row, String nameKey, java.math.BigDecimal figure, String idPrefix) {
        Label name = new Label(messages.get(nameKey));
        name.getStyleClass().add(StyleClasses.FIELD_HINT);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label figureLabel = new Label(model.format(row, figure));
        figureLabel.setId(idPrefix + row.id());
        figureLabel.getStyleClass().add(StyleClasses.FIELD_HINT);
        figureLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox line = new HBox(6, name, space, figureLabel);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node chartBox(DashboardChart data) {
        DashboardChart.CountAxis count = data.unit() == FigureUnit.COUNT ? data.countAxis() : null;
        ChartCard.Spec spec = new ChartCard.Spec("dashboardChart-" + data.id(), data.title(),
                data.kind() == DashboardChart.ChartKind.LINE ? ChartCard.Kind.LINE : ChartCard.Kind.BAR,
                messages.get(data.unit().key()), data.categoryTitle(), data.categories(),
                data.series().stream().map(s -> new ChartCard.Series(s.name(), s.values())).toList(),
                count == null ? null : new ChartCard.WholeAxis(count.upper(), count.step()));
        ChartCard card = ChartCard.of(spec, (s, c) -> model.tooltip(data, s, c), export("dashboardExport-" + data.id(),
                () -> data), messages, context.window());
        card.chart().setUserData(data);
        return card.box();
    }

    private ChartCard.Export export(String id, java.util.function.Supplier<DashboardChart> chart) {
        return new ChartCard.Export(id, () -> chart.get() == null ? null : model.exportFileName(chart.get()),
                file -> model.export(chart.get(), file));
    }
}
