package com.fours.workbench.parts.ui;

import java.util.List;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.AbcLine;
import com.fours.workbench.parts.DeadStockLine;
import com.fours.workbench.parts.StockFigures;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** Stock value, turnover, fill rate, dead stock and ABC classes. */
final class FiguresPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final FiguresViewModel model;

    FiguresPane(PartsContext context) {
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new FiguresViewModel(context);
    }

    @Override
    public String id() {
        return "partsTab-figures";
    }

    @Override
    public String title() {
        return messages.get("parts.ui.tab.figures");
    }

    @Override
    public Node build() {
        DatePicker from = FormControls.datePicker("figuresFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = FormControls.datePicker("figuresTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button refresh = FormControls.button("figuresRefresh", messages.get("parts.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        HBox period = new HBox(8, new Label(messages.get("parts.ui.figures.period")), from, new Label("–"), to, refresh);
        period.setAlignment(Pos.CENTER_LEFT);

        HBox cards = new HBox(10,
                card("figureStockValue", "parts.ui.figures.stockValue", f -> formats.money(f.stockValue())),
                card("figureCostOfIssues", "parts.ui.figures.costOfIssues", f -> formats.money(f.costOfIssues())),
                card("figureAverageStock", "parts.ui.figures.averageStock", f -> formats.money(f.averageStockValue())),
                card("figureTurnover", "parts.ui.figures.turnover", f -> formats.quantity(f.turnover())),
                card("figureFillRate", "parts.ui.figures.fillRate", f -> formats.percent(f.fillRatePercent()) + "  ("
                        + f.linesFromStock() + "/" + f.linesRequested() + ")"));

        TableView<DeadStockLine> dead = new TableView<>(model.deadStock());
        dead.setId("deadStock");
        dead.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dead.getColumns().addAll(List.<TableColumn<DeadStockLine, String>>of(
                Columns.text(messages.get("parts.ui.part.number"), DeadStockLine::partNumber),
                Columns.longText(messages.get("parts.ui.part.name"), DeadStockLine::partName, 130),
                Columns.quantity(messages.get("parts.ui.onHand"), d -> d.onHand(), formats),
                Columns.money(messages.get("parts.ui.figures.value"), d -> Money.of(d.stockValue()), formats)));
        TableView<AbcLine> abc = new TableView<>(model.abc());
        abc.setId("abcClasses");
        abc.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        abc.getColumns().addAll(List.<TableColumn<AbcLine, String>>of(
                Columns.text(messages.get("parts.ui.figures.class"), a -> messages.of(a.abcClass())),
                Columns.text(messages.get("parts.ui.part.number"), AbcLine::partNumber),
                Columns.longText(messages.get("parts.ui.part.name"), AbcLine::partName, 130),
                Columns.money(messages.get("parts.ui.figures.issueValue"), a -> Money.of(a.issueValue()), formats),
                Columns.number(messages.get("parts.ui.figures.cumulative"), a -> formats.percent(a.cumulativePercent()))));
        VBox deadBox = new VBox(6, FormControls.heading(messages.get("parts.ui.figures.deadStock")), dead);
        VBox abcBox = new VBox(6, FormControls.heading(messages.get("parts.ui.figures.abc")), abc);
        VBox.setVgrow(dead, Priority.ALWAYS);
        VBox.setVgrow(abc, Priority.ALWAYS);
        HBox.setHgrow(deadBox, Priority.ALWAYS);
        HBox.setHgrow(abcBox, Priority.ALWAYS);
        HBox tables = new HBox(10, deadBox, abcBox);
        Label message = FormControls.message("figuresMessage", model.messageProperty());
        message.getStyleClass().add(StyleClasses.SCAN_REFUSED);
        VBox root = new VBox(10, period, message, cards, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        root.setId("figuresPane");
        root.getStyleClass().add(StyleClasses.PARTS_PANE);
        model.refresh();
        return root;
    }

    private VBox card(String id, String labelKey, Function<StockFigures, String> value) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add(StyleClasses.FIGURE_VALUE);
        number.textProperty().bind(model.figuresProperty().map(value).orElse("—"));
        VBox card = new VBox(4, new Label(messages.get(labelKey)), number);
        card.getStyleClass().add(StyleClasses.FIGURE_CARD);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
