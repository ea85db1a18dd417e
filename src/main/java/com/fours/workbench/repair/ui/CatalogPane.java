package com.fours.workbench.repair.ui;

import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.CannedJobInput;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LabourOperationInput;
import com.fours.workbench.repair.LabourRate;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** The labour catalog for the service manager: operations, rates per repair category, the margin, canned jobs. */
final class CatalogPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final CatalogViewModel model;

    CatalogPane(RepairContext context) {
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new CatalogViewModel(context);
    }

    @Override
    public String id() {
        return "repairTab-catalog";
    }

    @Override
    public String title() {
        return messages.get("repair.ui.tab.catalog");
    }

    @Override
    public Node build() {
        boolean chinese = "zh".equals(messages.locale().getLanguage());
        TableView<LabourOperation> operations = new TableView<>(model.operations());
        operations.setId("catalogOperations");
        operations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        operations.getColumns().addAll(List.of(
                Columns.text(messages.get("repair.ui.catalog.code"), LabourOperation::code),
                Columns.longText(messages.get("repair.ui.catalog.name"), o -> o.name(chinese), 160),
                Columns.text(messages.get("repair.ui.line.category"), o -> messages.of(o.category())),
                Columns.quantity(messages.get("repair.ui.catalog.hours"), LabourOperation::standardHours, formats),
                Columns.text(messages.get("repair.ui.catalog.active"), o -> o.active() ? "✓" : "")));
        operations.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        FormGrid form = new FormGrid();
        form.addField(messages.get("repair.ui.catalog.code"), FormControls.text("operationCode", model.codeProperty()),
                model.errors().of(LabourOperationInput.CODE));
        form.addField(messages.get("repair.ui.catalog.nameZh"), FormControls.text("operationNameZh", model.nameZhProperty()),
                model.errors().of(LabourOperationInput.NAME_ZH));
        form.addField(messages.get("repair.ui.catalog.nameEn"), FormControls.text("operationNameEn", model.nameEnProperty()),
                new SimpleStringProperty(""));
        form.addField(messages.get("repair.ui.line.category"), FormControls.choice("operationCategory",
                List.of(RepairCategory.values()), model.categoryProperty(), messages),
                model.errors().of(LabourOperationInput.CATEGORY));
        form.addField(messages.get("repair.ui.catalog.hours"), FormControls.text("operationHours", model.hoursProperty()),
                model.errors().of(LabourOperationInput.STANDARD_HOURS));
        CheckBox active = new CheckBox(messages.get("repair.ui.catalog.active"));
        active.setId("operationActive");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.addWide(active);
        Button save = FormControls.button("saveOperation", messages.get("repair.ui.catalog.save"), Material2OutlinedMZ.SAVE);
        save.setOnAction(e -> model.saveOperation());
        Button add = FormControls.button("newOperation", messages.get("repair.ui.catalog.new"), Material2OutlinedAL.ADD);
        add.setOnAction(e -> {
            operations.getSelectionModel().clearSelection();
            model.newOperation();
        });
        form.addWide(new HBox(8, add, save));

        TableView<LabourRate> rates = new TableView<>(model.rates());
        rates.setId("catalogRates");
        rates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rates.setMinHeight(200);
        rates.getColumns().addAll(List.of(
                Columns.text(messages.get("repair.ui.line.category"), r -> messages.of(r.category())),
                Columns.money(messages.get("repair.ui.catalog.rate"), r -> r.hourlyRate(), formats),
                Columns.text(messages.get("repair.ui.catalog.rateSource"), r -> messages.get(r.own() ? "repair.ui.catalog.ownRate" : "repair.ui.catalog.storeRate"))));
        rates.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.rateCategoryProperty().set(now == null ? null : now.category()));
        TextField rate = FormControls.text("rateField", model.rateProperty());
        rate.setPromptText(messages.get("repair.ui.catalog.ratePrompt"));
        rate.setOnAction(e -> model.saveRate());
        Button saveRate = FormControls.button("saveRate", messages.get("repair.ui.catalog.setRate"), Material2OutlinedMZ.SAVE);
        saveRate.setOnAction(e -> model.saveRate());
        TextField margin = FormControls.text("marginField", model.marginProperty());
        margin.setPrefColumnCount(5);
        Button saveMargin = FormControls.button("saveMargin", messages.get("repair.ui.catalog.setMargin"),
                Material2OutlinedMZ.SAVE);
        saveMargin.setOnAction(e -> model.saveMargin());
        HBox rateBar = new HBox(8, rate, saveRate);
        HBox.setHgrow(rate, Priority.ALWAYS);
        HBox marginBar = new HBox(8, FormControls.fieldName(messages.get("repair.ui.catalog.margin")), margin, saveMargin);
        marginBar.setAlignment(Pos.CENTER_LEFT);

        TableView<CannedJob> canned = new TableView<>(model.cannedJobs());
        canned.setId("catalogCannedJobs");
        canned.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        canned.getColumns().addAll(List.of(
                Columns.text(messages.get("repair.ui.catalog.code"), CannedJob::code),
                Columns.longText(messages.get("repair.ui.catalog.name"), j -> j.name(chinese), 140),
                Columns.longText(messages.get("repair.ui.catalog.model"), j -> j.vehicleModel() == null ? "" : j.vehicleModel(), 70),
                Columns.longText(messages.get("repair.ui.catalog.items"), j -> j.items().stream()
                        .map(i -> i.name() + " × " + formats.quantity(i.quantity()))
                        .collect(Collectors.joining("、")), 260)));

        canned.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedJobProperty().set(now));
        FormGrid jobForm = new FormGrid();
        jobForm.addField(messages.get("repair.ui.catalog.code"), FormControls.text("jobCode", model.jobCodeProperty()),
                model.jobErrors().of(CannedJobInput.CODE));
        jobForm.addField(messages.get("repair.ui.catalog.nameZh"), FormControls.text("jobName", model.jobNameProperty()),
                model.jobErrors().of(CannedJobInput.NAME_ZH));
        jobForm.addField(messages.get("repair.ui.catalog.model"), FormControls.text("jobModel", model.jobModelProperty()),
                new SimpleStringProperty(""));
        TextArea items = new TextArea();
        items.setId("jobItems");
        items.setPrefRowCount(4);
        items.setPromptText(messages.get("repair.ui.catalog.itemsPrompt"));
        items.textProperty().bindBidirectional(model.jobItemsProperty());
        jobForm.addField(messages.get("repair.ui.catalog.items"), items, model.jobErrors().of(CannedJobInput.ITEMS));
        Button newJob = FormControls.button("newJob", messages.get("repair.ui.catalog.newJob"), Material2OutlinedAL.ADD);
        newJob.setOnAction(e -> {
            canned.getSelectionModel().clearSelection();
            model.newJob();
        });
        Button saveJob = FormControls.button("saveJob", messages.get("repair.ui.catalog.save"), Material2OutlinedMZ.SAVE);
        saveJob.setOnAction(e -> model.saveJob());
        jobForm.addWide(new HBox(8, newJob, saveJob));
        Label message = FormControls.message("catalogMessage", model.messageProperty());
        VBox left = new VBox(8, FormControls.heading(messages.get("repair.ui.catalog.operations")), operations, form,
                message);
        VBox.setVgrow(operations, Priority.ALWAYS);
        VBox middle = new VBox(8, FormControls.heading(messages.get("repair.ui.catalog.rates")), rates, rateBar,
                marginBar);
        VBox.setVgrow(rates, Priority.ALWAYS);
        VBox right = new VBox(8, FormControls.heading(messages.get("repair.ui.catalog.cannedJobs")), canned, jobForm);
        VBox.setVgrow(canned, Priority.ALWAYS);
        canned.setMinHeight(120);
        left.setPadding(new Insets(8));
        middle.setPadding(new Insets(8));
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(left, middle, right);
        split.setDividerPositions(0.36, 0.64);
        split.setId("repairCatalogPane");
        model.refresh();
        return split;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
