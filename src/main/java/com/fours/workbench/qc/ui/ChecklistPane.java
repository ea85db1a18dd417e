package com.fours.workbench.qc.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.ChecklistItem;
import com.fours.workbench.qc.GuaranteePeriod;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** Checklist items per repair category and the store's guarantee periods. */
final class ChecklistPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final ChecklistViewModel model;

    ChecklistPane(QcContext context) {
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new ChecklistViewModel(context);
    }

    @Override
    public String id() {
        return "qcTab-checklists";
    }

    @Override
    public String title() {
        return messages.get("qc.ui.tab.checklists");
    }

    @Override
    public Node build() {
        TableView<ChecklistItem> table = new TableView<>(model.items());
        table.setId("qcChecklistItems");
        table.getColumns().add(Columns.text(messages.get("qc.ui.checklist.category"), model::category));
        table.getColumns().add(Columns.text(messages.get("qc.ui.checklist.position"), i -> String.valueOf(i.position())));
        table.getColumns().add(Columns.text(messages.get("qc.ui.checklist.active"), i -> i.active() ? "✓" : ""));
        table.getColumns().add(Columns.longText(messages.get("qc.ui.checklist.textZh"), ChecklistItem::textZh, 240));
        table.getColumns().add(Columns.longText(messages.get("qc.ui.checklist.textEn"), ChecklistItem::textEn, 240));
        table.setPrefHeight(260);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        List<RepairCategory> categories = new ArrayList<>();
        categories.add(null);
        categories.addAll(Arrays.asList(RepairCategory.values()));
        ComboBox<RepairCategory> category = FormControls.choice("qcItemCategory", categories, model::categoryName);
        category.valueProperty().bindBidirectional(model.categoryProperty());
        FormGrid form = new FormGrid();
        form.addField(messages.get("qc.ui.checklist.category"), category, model.errorOf("category"));
        form.addField(messages.get("qc.ui.checklist.position"), FormControls.text("qcItemPosition", model.positionProperty()),
                model.errorOf("position"));
        form.addField(messages.get("qc.ui.checklist.textZh"), FormControls.text("qcItemTextZh", model.textZhProperty()),
                model.errorOf("textZh"));
        form.addField(messages.get("qc.ui.checklist.textEn"), FormControls.text("qcItemTextEn", model.textEnProperty()),
                model.errorOf("textEn"));
        CheckBox active = new CheckBox(messages.get("qc.ui.checklist.active"));
        active.setId("qcItemActive");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.addWide(active);
        Button add = FormControls.button("qcItemNew", messages.get("qc.ui.checklist.new"), Material2OutlinedAL.ADD);
        add.setOnAction(e -> model.newItem());
        Button save = FormControls.button("qcItemSave", messages.get("qc.ui.checklist.save"), Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        HBox buttons = new HBox(8, add, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TableView<GuaranteePeriod> periods = new TableView<>(model.periods());
        periods.setId("qcPeriods");
        periods.getColumns().add(Columns.text(messages.get("qc.ui.checklist.category"), p -> messages.of(p.category())));
        periods.getColumns().add(Columns.number(messages.get("qc.ui.period.days"), p -> formats.count(p.days())));
        periods.getColumns().add(Columns.number(messages.get("qc.ui.period.km"), p -> formats.kmNumber(p.km())));
        periods.getColumns().add(Columns.longText(messages.get("qc.ui.period.source"), p -> messages.get(p.storeSet() ? "qc.ui.period.store" : "qc.ui.period.statutory"), 120));
        periods.setPrefHeight(260);
        periods.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.periodCategoryProperty().set(now == null ? null : now.category()));
        FormGrid periodForm = new FormGrid();
        periodForm.addField(messages.get("qc.ui.period.days"), FormControls.text("qcPeriodDays", model.daysProperty()),
                model.errorOf("days"));
        periodForm.addField(messages.get("qc.ui.period.km"), FormControls.text("qcPeriodKm", model.kmProperty()),
                model.errorOf("km"));
        Button set = FormControls.button("qcPeriodSet", messages.get("qc.ui.period.set"), Material2OutlinedMZ.SAVE);
        set.disableProperty().bind(model.periodCategoryProperty().isNull());
        set.setOnAction(e -> model.setPeriod());
        periodForm.addWide(set);

        Label message = FormControls.formError("qcChecklistMessage");
        message.textProperty().bind(model.messageProperty());
        Label hint = new Label(messages.get("qc.ui.period.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox left = new VBox(10, new Label(messages.get("qc.ui.checklist.title")), table, form, buttons);
        VBox right = new VBox(10, new Label(messages.get("qc.ui.period.title")), hint, periods, periodForm);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox box = new VBox(10, message, new HBox(20, left, right));
        box.setPadding(new Insets(10));
        model.refresh();
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        return scroller;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
