package com.fours.workbench.qc.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.FixRate;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;

/** 一次修复率: orders finished in the period, first-time passes, the rate and internal comebacks. */
final class FiguresPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final FiguresViewModel model;

    FiguresPane(QcContext context) {
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new FiguresViewModel(context);
    }

    @Override
    public String id() {
        return "qcTab-figures";
    }

    @Override
    public String title() {
        return messages.get("qc.ui.tab.figures");
    }

    @Override
    public Node build() {
        DatePicker from = FormControls.datePicker("qcFiguresFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = FormControls.datePicker("qcFiguresTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = FormControls.button("qcFiguresShow", messages.get("qc.ui.figures.show"), Material2OutlinedMZ.REFRESH);
        show.setOnAction(e -> model.refresh());
        HBox bar = new HBox(8, new Label(messages.get("qc.ui.figures.from")), from, new Label(messages.get("qc.ui.figures.to")),
                to, show);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<FixRate> table = new TableView<>(model.rates());
        table.setId("qcFigures");
        table.getColumns().add(Columns.longText(messages.get("qc.ui.figures.name"), model::name, 200));
        table.getColumns().add(Columns.number(messages.get("qc.ui.figures.finished"), r -> formats.count(r.finished())));
        table.getColumns().add(Columns.number(messages.get("qc.ui.figures.firstTime"), r -> formats.count(r.firstTime())));
        table.getColumns().add(Columns.number(messages.get("qc.ui.figures.rate"), model::percent));
        table.getColumns().add(Columns.number(messages.get("qc.ui.figures.failedRounds"), r -> formats.count(r.failedRounds())));
        Label hint = new Label(messages.get("qc.ui.figures.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = FormControls.formError("qcFiguresMessage");
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(10, bar, message, table, hint);
        box.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);
        model.refresh();
        return box;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
