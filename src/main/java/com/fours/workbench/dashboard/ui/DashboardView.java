package com.fours.workbench.dashboard.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.dashboard.Dashboard;
import com.fours.workbench.dashboard.DashboardChart;
import com.fours.workbench.dashboard.FigureRow;
import com.fours.workbench.dashboard.FigureUnit;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/**
 * The manager's dashboard (经营看板): the period and its quick picks, the key figures with their
 * comparisons, a chart per group of figures (the figure behind each point on hover, each chart
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
        Button exportTable = exportButton("dashboardExport-figures", () -> model.charts().stream()
                .filter(c -> c.kind() == DashboardChart.ChartKind.TABLE).findFirst().orElse(null));
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
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(data.categories()));
        x.setLabel(data.categoryTitle());
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get(data.unit().key()));
        y.setForceZeroInRange(true);
        if (data.unit() == FigureUnit.COUNT) {
            // cars and bookings are whole: the axis counts in whole steps, never 0.5 of a car
            DashboardChart.CountAxis axis = data.countAxis();
            y.setAutoRanging(false);
            y.setLowerBound(0);
            y.setUpperBound(axis.upper());
            y.setTickUnit(axis.step());
            y.setMinorTickVisible(false);
            y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return String.valueOf(Math.round(n.doubleValue()));
                }

                @Override
                public Number fromString(String text) {
                    return Long.valueOf(text);
                }
            });
        }
        XYChart<String, Number> chart = data.kind() == DashboardChart.ChartKind.LINE ? new LineChart<>(x, y)
                : new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setId("dashboardChart-" + data.id());
        chart.setUserData(data);
        chart.setLegendVisible(data.series().size() > 1);
        chart.setMinSize(420, 300);
        chart.setPrefSize(560, 320);
        for (int s = 0; s < data.series().size(); s++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(data.series().get(s).name());
            for (int c = 0; c < data.categories().size(); c++) {
                var value = data.series().get(s).values().get(c);
                if (value != null) {
                    series.getData().add(new XYChart.Data<>(data.categories().get(c), value));
                }
            }
            chart.getData().add(series);
        }
        for (int s = 0; s < data.series().size(); s++) {
            int point = 0;
            for (int c = 0; c < data.categories().size(); c++) {
                if (data.series().get(s).values().get(c) == null) {
                    continue;
                }
                XYChart.Data<String, Number> d = chart.getData().get(s).getData().get(point++);
                if (d.getNode() != null) {
                    Tooltip tip = new Tooltip(model.tooltip(data, s, c));
                    tip.setShowDelay(Duration.millis(150));
                    Tooltip.install(d.getNode(), tip);
                    d.getNode().getProperties().put(DashboardView.class, tip.getText());
                }
            }
        }
        Button export = exportButton("dashboardExport-" + data.id(), () -> data);
        Label title = FormControls.heading(data.title());
        title.setWrapText(true);
        HBox head = new HBox(8, title, export);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, chart);
        box.getStyleClass().add(StyleClasses.FIGURE_CARD);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Button exportButton(String id, java.util.function.Supplier<DashboardChart> chart) {
        Button export = FormControls.button(id, messages.get("dashboard.ui.export"), Material2OutlinedMZ.SAVE_ALT);
        export.setOnAction(e -> {
            DashboardChart data = chart.get();
            if (data == null) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("dashboard.ui.export"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dashboard.export.fileFilter"),
                    "*.xlsx"));
            chooser.setInitialFileName(model.exportFileName(data));
            File chosen = chooser.showSaveDialog(context.window());
            if (chosen != null) {
                Path file = chosen.toPath();
                if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    file = file.resolveSibling(file.getFileName() + ".xlsx");
                }
                model.export(data, file);
            }
        });
        return export;
    }
}
