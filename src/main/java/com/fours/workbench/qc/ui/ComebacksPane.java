package com.fours.workbench.qc.ui;

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

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.ComebackLine;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** Guarantee comebacks: their labour is not charged; a manager charges a line otherwise, with the reason. */
final class ComebacksPane implements Section {

    private final Messages messages;
    private final ComebacksViewModel model;

    ComebacksPane(QcContext context) {
        this.messages = context.messages();
        this.model = new ComebacksViewModel(context);
    }

    @Override
    public String id() {
        return "qcTab-comebacks";
    }

    @Override
    public String title() {
        return messages.get("qc.ui.tab.comebacks");
    }

    @Override
    public Node build() {
        TableView<ComebackLine> table = new TableView<>(model.lines());
        table.setId("qcComebackLines");
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.order"), ComebackLine::orderNumber));
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.plate"), l -> l.plate() == null ? "" : l.plate()));
        table.getColumns().add(Columns.text(messages.get("qc.ui.comebacks.earlier"), ComebackLine::earlierOrderNumber));
        table.getColumns().add(Columns.longText(messages.get("qc.ui.comebacks.line"), ComebackLine::description, 220));
        table.getColumns().add(Columns.text(messages.get("qc.ui.comebacks.payer"), model::payer));
        table.setPlaceholder(new Label(messages.get("qc.ui.comebacks.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        ComboBox<Payer> payer = FormControls.choice("qcComebackPayer", List.of(Payer.values()), model.payerProperty(), messages);
        FormGrid form = new FormGrid();
        form.addField(messages.get("qc.ui.comebacks.payer"), payer, model.errorOf("payer"));
        form.addField(messages.get("qc.ui.comebacks.reason"), FormControls.text("qcComebackReason", model.reasonProperty()),
                model.errorOf(ComebacksViewModel.REASON));
        Button override = FormControls.button("qcComebackOverride", messages.get("qc.ui.comebacks.override"),
                Material2OutlinedMZ.SAVE);
        override.disableProperty().bind(model.selectedProperty().isNull());
        override.setOnAction(e -> model.override());
        HBox buttons = new HBox(8, override);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("qc.ui.comebacks.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = FormControls.formError("qcComebackMessage");
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(10, hint, table, form, buttons, message);
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
