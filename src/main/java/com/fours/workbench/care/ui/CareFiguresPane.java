package com.fours.workbench.care.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.care.CareFigures;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;

/**
 * 客户满意度: callback rate (goal 100%), reach rate, CSI of the month and by whom, CSI by month; prints
 * the month's report.
 */
final class CareFiguresPane implements Section {

    private final CareContext context;
    private final Messages messages;
    private final Formats formats;
    private final CareFiguresViewModel model;

    CareFiguresPane(CareContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new CareFiguresViewModel(context);
    }

    @Override
    public String id() {
        return "careTab-figures";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.figures");
    }

    @Override
    public Node build() {
        ComboBox<java.time.YearMonth> month = FormControls.choice("careFiguresMonth", model.choosableMonths(),
                model.monthProperty(), java.time.YearMonth::toString);
        ComboBox<CareFiguresViewModel.CsiBreakdown> by = FormControls.choice("careFiguresBy",
                List.of(CareFiguresViewModel.CsiBreakdown.values()), model.byProperty(), messages::of);
        Button print = FormControls.button("careFiguresPrint", messages.get("care.ui.figures.print"),
                Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> model.printMonth(this::preview));
        HBox bar = new HBox(8, FormControls.fieldName(messages.get("care.ui.figures.month")), month,
                FormControls.fieldName(messages.get("care.ui.figures.byLabel")), by, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("careFiguresSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.TITLE_4);

        TableView<CareFigures.Line> lines = table("careFiguresLines", model.lines(),
                messages.get("care.ui.figures.name"));
        TableView<CareFigures.Line> months = table("careFiguresMonths", model.months(),
                messages.get("care.ui.figures.monthColumn"));
        Label hint = new Label(messages.get("care.ui.figures.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = FormControls.message("careFiguresMessage", model.messageProperty());
        HBox tables = new HBox(10, lines, months);
        HBox.setHgrow(lines, Priority.ALWAYS);
        HBox.setHgrow(months, Priority.ALWAYS);
        VBox box = new VBox(10, bar, summary, message, tables, hint);
        VBox.setVgrow(tables, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        model.refresh();
        return box;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    private TableView<CareFigures.Line> table(String id, javafx.collections.ObservableList<CareFigures.Line> rows,
                                              String nameTitle) {
        TableView<CareFigures.Line> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().add(Columns.text(nameTitle, model::name));
        table.getColumns().add(Columns.number(messages.get("care.ui.figures.surveys"), l -> formats.count(l.surveys())));
        table.getColumns().add(Columns.number(messages.get("care.ui.figures.unhappy"), l -> formats.count(l.unhappy())));
        table.getColumns().add(Columns.number(messages.get("care.ui.figures.csi"), l -> model.csi(l.csi())));
        return table;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
