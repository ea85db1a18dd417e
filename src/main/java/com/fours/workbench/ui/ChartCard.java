package com.fours.workbench.ui;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.i18n.Messages;

/**
 * The one way a screen draws a chart of figures: categories along, one line or bar per series, the
 * figure behind each point on hover, and an Excel export beside the title when the screen has one.
 * A null value is "no data": no point and no bar, never a 0; a chart with no value at all says so.
 */
public final class ChartCard {

    public enum Kind {
        LINE,
        BAR
    }

    public record Series(String name, List<BigDecimal> values) {
    }

    /** A value axis of whole numbers from 0 to {@code upper} in steps of {@code step} (cars, percent). */
    public record WholeAxis(long upper, long step) {
    }

    /** What to draw; {@code id} is the chart's node id, {@code wholeAxis} null for an axis that ranges itself. */
    public record Spec(String id, String title, Kind kind, String valueTitle, String categoryTitle,
                       List<String> categories, List<Series> series, WholeAxis wholeAxis) {
    }

    /** The text shown on hover over the point of {@code series} at {@code category}. */
    @FunctionalInterface
    public interface Tip {
        String of(int series, int category);
    }

    /**
     * An export to Excel: the button's id, the file name offered when it is pressed (null: nothing to
     * export yet, the button does nothing), what writes the chosen .xlsx.
     */
    public record Export(String buttonId, Supplier<String> fileName, Consumer<Path> write) {
    }

    private final XYChart<String, Number> chart;
    private final VBox box;

    private ChartCard(XYChart<String, Number> chart, VBox box) {
        this.chart = chart;
        this.box = box;
    }

    public XYChart<String, Number> chart() {
        return chart;
    }

    /** The card: title (and export), the chart. */
    public VBox box() {
        return box;
    }

    /** The text a drawn point or bar shows on hover (for the tests). */
    public static String tipOf(Node point) {
        return (String) point.getProperties().get(ChartCard.class);
    }

    /** The export an export button was made with (for the tests, which cannot drive the file chooser headless). */
    public static Export exportOf(Node button) {
        return (Export) button.getProperties().get(Export.class);
    }

    /** Draws {@code spec}; {@code export} may be null (no export button). */
    public static ChartCard of(Spec spec, Tip tip, Export export, Messages messages, Window window) {
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(spec.categories()));
        x.setLabel(spec.categoryTitle());
        NumberAxis y = new NumberAxis();
        y.setLabel(spec.valueTitle());
        y.setForceZeroInRange(true);
        if (spec.wholeAxis() != null) {
            // whole things (cars, bookings) never show half a step
            y.setAutoRanging(false);
            y.setLowerBound(0);
            y.setUpperBound(spec.wholeAxis().upper());
            y.setTickUnit(spec.wholeAxis().step());
            y.setMinorTickVisible(false);
            y.setTickLabelFormatter(new StringConverter<>() {
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
        XYChart<String, Number> chart = spec.kind() == Kind.LINE ? new LineChart<>(x, y) : new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setId(spec.id());
        chart.setLegendVisible(spec.series().size() > 1);
        chart.setMinSize(420, 300);
        chart.setPrefSize(560, 320);
        boolean anyValue = false;
        for (Series s : spec.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int c = 0; c < spec.categories().size(); c++) {
                BigDecimal value = s.values().get(c);
                if (value != null) {
                    series.getData().add(new XYChart.Data<>(spec.categories().get(c), value));
                    anyValue = true;
                }
            }
            chart.getData().add(series);
        }
        // the nodes exist once the series are in the chart
        for (int s = 0; s < spec.series().size(); s++) {
            int point = 0;
            for (int c = 0; c < spec.categories().size(); c++) {
                if (spec.series().get(s).values().get(c) == null) {
                    continue;
                }
                XYChart.Data<String, Number> d = chart.getData().get(s).getData().get(point++);
                if (d.getNode() != null) {
                    Tooltip hover = new Tooltip(tip.of(s, c));
                    hover.setShowDelay(Duration.millis(150));
                    Tooltip.install(d.getNode(), hover);
                    d.getNode().getProperties().put(ChartCard.class, hover.getText());
                }
            }
        }
        Label title = FormControls.heading(spec.title());
        title.setWrapText(true);
        HBox head = new HBox(8, title);
        if (export != null) {
            head.getChildren().add(exportButton(export, messages, window));
        }
        head.setAlignment(Pos.CENTER_LEFT);
        Node drawn = chart;
        if (!anyValue) {
            Label none = new Label(messages.get("dashboard.noData"));
            none.setId(spec.id() + "-noData");
            none.getStyleClass().add(StyleClasses.FIELD_HINT);
            StackPane over = new StackPane(chart, none);
            StackPane.setAlignment(none, Pos.CENTER);
            drawn = over;
        }
        VBox box = new VBox(4, head, drawn);
        box.getStyleClass().add(StyleClasses.FIGURE_CARD);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return new ChartCard(chart, box);
    }

    /** The export button alone (a table's export beside its heading). */
    public static Button exportButton(Export export, Messages messages, Window window) {
        Button button = FormControls.button(export.buttonId(), messages.get("dashboard.ui.export"),
                Material2OutlinedMZ.SAVE_ALT);
        button.getProperties().put(Export.class, export);
        button.setOnAction(e -> {
            String fileName = export.fileName().get();
            if (fileName == null) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("dashboard.ui.export"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("dashboard.export.fileFilter"), "*.xlsx"));
            chooser.setInitialFileName(fileName);
            File chosen = chooser.showSaveDialog(window);
            if (chosen != null) {
                export.write().accept(xlsx(chosen.toPath()));
            }
        });
        return button;
    }

    /** The chosen file, with .xlsx added when the user left it out. */
    public static Path xlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file
                : file.resolveSibling(file.getFileName() + ".xlsx");
    }
}
