package com.fours.workbench.qc.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.MaintenanceInterval;
import com.fours.workbench.qc.MaintenanceIntervals;
import com.fours.workbench.qc.RoadTestOperation;
import com.fours.workbench.qc.RoadTestRule;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** Which work needs a road test, and the maintenance interval of each brand or model (decision 0104). */
final class ServiceRulesPane implements Section {

    private final Messages messages;
    private final ServiceRulesViewModel model;

    ServiceRulesPane(QcContext context) {
        this.messages = context.messages();
        this.model = new ServiceRulesViewModel(context);
    }

    @Override
    public String id() {
        return "qcTab-serviceRules";
    }

    @Override
    public String title() {
        return messages.get("qc.ui.tab.serviceRules");
    }

    @Override
    public Node build() {
        Label message = FormControls.formError("qcRulesMessage");
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox left = roadTestRules();
        VBox right = intervals();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox box = new VBox(10, message, new HBox(20, left, right));
        box.setPadding(new Insets(10));
        model.refresh();
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        return scroller;
    }

    private VBox roadTestRules() {
        TableView<RoadTestRule> table = new TableView<>(model.rules());
        table.setId("qcRoadTestRules");
        table.getColumns().add(Columns.longText(messages.get("qc.ui.rules.work"), model::rule, 260));
        table.setPlaceholder(new Label(messages.get("qc.ui.rules.noRules")));
        table.setPrefHeight(240);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedRuleProperty().set(now));

        List<RepairCategory> categories = new ArrayList<>();
        categories.add(null);
        categories.addAll(Arrays.asList(RepairCategory.values()));
        ComboBox<RepairCategory> category = FormControls.choice("qcRuleCategory", categories, model.ruleCategoryProperty(),
                model::categoryName);
        ComboBox<RoadTestOperation> operation = FormControls.choice("qcRuleOperation", List.of(), model::operation);
        operation.setItems(model.operations());
        operation.valueProperty().bindBidirectional(model.ruleOperationProperty());
        FormGrid form = new FormGrid();
        form.addField(messages.get("qc.ui.rules.category"), category, model.errorOf("category"));
        form.addField(messages.get("qc.ui.rules.operationField"), operation, model.errorOf("operation"));
        Button add = FormControls.button("qcRuleAdd", messages.get("qc.ui.rules.add"), Material2OutlinedAL.ADD);
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.ruleCategoryProperty().isNull().and(model.ruleOperationProperty().isNull()));
        add.setOnAction(e -> model.addRule());
        Button remove = FormControls.button("qcRuleRemove", messages.get("qc.ui.rules.remove"), Material2OutlinedAL.DELETE);
        remove.disableProperty().bind(model.selectedRuleProperty().isNull());
        remove.setOnAction(e -> model.removeRule());
        HBox buttons = new HBox(8, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("qc.ui.rules.roadTestHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(10, FormControls.heading(messages.get("qc.ui.rules.roadTestTitle")), hint, table, form, buttons);
    }

    private VBox intervals() {
        TableView<MaintenanceInterval> table = new TableView<>(model.intervals());
        table.setId("qcIntervals");
        table.getColumns().add(Columns.text(messages.get("qc.ui.rules.carModel"), model::carModel));
        table.getColumns().add(Columns.longText(messages.get("qc.ui.rules.interval"), model::interval, 200));
        table.setPlaceholder(new Label(messages.get("qc.ui.rules.noIntervals")));
        table.setPrefHeight(240);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedIntervalProperty().set(now));

        FormGrid form = new FormGrid();
        form.addField(messages.get("qc.ui.rules.brand"), FormControls.text("qcIntervalBrand", model.brandProperty()),
                model.errorOf(MaintenanceIntervals.BRAND));
        form.addField(messages.get("qc.ui.rules.model"), FormControls.text("qcIntervalModel", model.modelProperty(),
                messages.get("qc.ui.rules.modelPrompt")), model.errorOf(MaintenanceIntervals.MODEL));
        form.addField(messages.get("qc.ui.rules.km"), FormControls.text("qcIntervalKm", model.everyKmProperty()),
                model.errorOf(MaintenanceIntervals.EVERY_KM));
        form.addField(messages.get("qc.ui.rules.months"), FormControls.text("qcIntervalMonths",
                model.everyMonthsProperty()), model.errorOf(MaintenanceIntervals.EVERY_MONTHS));
        Button add = FormControls.button("qcIntervalNew", messages.get("qc.ui.rules.newInterval"), Material2OutlinedAL.ADD);
        add.setOnAction(e -> model.newInterval());
        Button save = FormControls.button("qcIntervalSave", messages.get("qc.ui.rules.saveInterval"),
                Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.saveInterval());
        Button remove = FormControls.button("qcIntervalRemove", messages.get("qc.ui.rules.remove"),
                Material2OutlinedAL.DELETE);
        remove.disableProperty().bind(model.selectedIntervalProperty().isNull());
        remove.setOnAction(e -> model.removeInterval());
        HBox buttons = new HBox(8, add, save, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("qc.ui.rules.intervalHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(10, FormControls.heading(messages.get("qc.ui.rules.intervalTitle")), hint, table, form, buttons);
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
