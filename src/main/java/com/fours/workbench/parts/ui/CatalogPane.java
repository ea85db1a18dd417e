package com.fours.workbench.parts.ui;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartSummary;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.StockBalance;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** The parts master: search on the left, the chosen part's form, stock by bin and stock actions on the right. */
final class CatalogPane implements Section {

    private final PartsContext context;
    private final Messages messages;
    private final Formats formats;
    private final CatalogViewModel model;

    CatalogPane(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new CatalogViewModel(context);
    }

    @Override
    public String id() {
        return "partsTab-catalog";
    }

    @Override
    public String title() {
        return messages.get("parts.ui.tab.catalog");
    }

    @Override
    public Node build() {
        TextField search = FormControls.text("partSearch", model.queryProperty());
        search.setPromptText(messages.get("parts.ui.catalog.searchPrompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox top = new HBox(8, search);
        if (context.may(Permission.MANAGE_PARTS_MASTER)) {
            Button newPart = FormControls.button("newPart", messages.get("parts.ui.catalog.new"), Material2OutlinedAL.ADD);
            newPart.setOnAction(e -> model.newPart());
            Button importCatalog = FormControls.button("importCatalog", messages.get("catalog.import.title"),
                    Material2OutlinedAL.FILE_UPLOAD);
            importCatalog.setOnAction(e -> chooseCatalog());
            top.getChildren().addAll(newPart, importCatalog);
        }
        TableView<PartSummary> table = new TableView<>(model.hits());
        table.setId("partResults");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.<TableColumn<PartSummary, String>>of(
                Columns.text(messages.get("parts.ui.part.number"), s -> s.part().partNumber()),
                Columns.longText(messages.get("parts.ui.part.name"), s -> s.part().name(formats), 130),
                Columns.longText(messages.get("parts.ui.part.specification"), s -> nz(s.part().brand()) + " " + nz(s.part().specification()), 130),
                Columns.text(messages.get("parts.ui.bin"), PartSummary::primaryBin),
                Columns.number(messages.get("parts.ui.onHand"), s -> formats.quantity(s.onHand()) + " " + messages.of(s.part().unit())),
                Columns.money(messages.get("parts.ui.catalog.averageCost"), s -> s.part().averageCost(), formats),
                Columns.money(messages.get("parts.ui.catalog.retailPrice"), s -> s.retailPrice(), formats)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.choose(now);
            }
        });
        VBox left = new VBox(8, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        FormGrid form = new FormGrid();
        form.setId("partForm");
        field(form, "partNumber", PartInput.PART_NUMBER, messages.get("parts.ui.part.number"), FormControls.text("partNumber", model.partNumberProperty()));
        field(form, "partNameZh", PartInput.NAME_ZH, messages.get("parts.ui.part.nameZh"), FormControls.text("partNameZh", model.nameZhProperty()));
        field(form, "partNameEn", PartInput.NAME_EN, messages.get("parts.ui.part.nameEn"), FormControls.text("partNameEn", model.nameEnProperty()));
        field(form, "partBrand", PartInput.BRAND, messages.get("parts.ui.part.brand"), FormControls.text("partBrand", model.brandProperty()));
        field(form, "partSpecification", PartInput.SPECIFICATION, messages.get("parts.ui.part.specification"),
                FormControls.text("partSpecification", model.specificationProperty()));
        ComboBox<PartUnit> unit = FormControls.choice("partUnit", List.of(PartUnit.values()), model.unitProperty(), messages);
        field(form, "partUnit", PartInput.UNIT, messages.get("parts.ui.part.unit"), unit);
        ComboBox<PartCategory> category = FormControls.choice("partCategory", List.of(PartCategory.values()),
                model.categoryProperty(), messages);
        field(form, "partCategory", PartInput.CATEGORY, messages.get("parts.ui.part.category"), category);
        field(form, "partBarcodes", PartInput.BARCODES, messages.get("parts.ui.part.barcodes"), FormControls.text("partBarcodes", model.barcodesProperty()));
        field(form, "partBin", "bin", messages.get("parts.ui.part.primaryBin"), FormControls.text("partBin", model.binProperty()));
        field(form, "partSupplier", "supplier", messages.get("parts.ui.part.supplier"),
                FormControls.text("partSupplier", model.supplierProperty()));
        field(form, "partReorderPoint", PartInput.REORDER_POINT, messages.get("parts.ui.part.reorderPoint"),
                FormControls.text("partReorderPoint", model.reorderPointProperty()));
        field(form, "partReorderQuantity", PartInput.REORDER_QUANTITY, messages.get("parts.ui.part.reorderQuantity"),
                FormControls.text("partReorderQuantity", model.reorderQuantityProperty()));
        ComboBox<PricePolicy> policy = FormControls.choice("partPricePolicy", List.of(PricePolicy.values()),
                model.pricePolicyProperty(), messages);
        form.addField(messages.get("parts.ui.part.pricePolicy"), policy, new javafx.beans.property.SimpleStringProperty(""));
        field(form, "partListPrice", PartInput.LIST_PRICE, messages.get("parts.ui.part.listPrice"),
                FormControls.text("partListPrice", model.listPriceProperty()));
        CheckBox active = new CheckBox(messages.get("parts.ui.part.active"));
        active.setId("partActive");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.addWide(active);
        Button save = FormControls.button("savePart", messages.get("parts.ui.catalog.save"), Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        save.setDisable(!context.may(Permission.MANAGE_PARTS_MASTER));
        // Enter in any field of the form saves it, as in the other forms of the workbench
        form.getChildren().forEach(node -> enterSaves(node));

        TableView<StockBalance> balances = new TableView<>(model.balances());
        balances.setId("partBalances");
        balances.setPrefHeight(120);
        balances.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        balances.getColumns().addAll(List.<TableColumn<StockBalance, String>>of(
                Columns.text(messages.get("parts.ui.bin"), StockBalance::binCode),
                Columns.quantity(messages.get("parts.ui.onHand"), b -> b.onHand(), formats)));

        // only the actions this user may take are offered; the services check again
        List<CatalogViewModel.StockAction> offered = java.util.Arrays.stream(CatalogViewModel.StockAction.values())
                .filter(a -> switch (a) {
                    case ADJUST_IN, ADJUST_OUT -> context.may(Permission.ADJUST_STOCK);
                    case RECEIVE_WITHOUT_ORDER -> context.may(Permission.RECEIVE_WITHOUT_ORDER);
                    default -> true;
                }).toList();
        ComboBox<CatalogViewModel.StockAction> action = FormControls.choice("stockAction", offered,
                model.actionProperty(), messages);
        TextField from = FormControls.text("stockActionBin", model.actionBinProperty());
        from.setPrefColumnCount(7);
        TextField to = FormControls.text("stockActionToBin", model.actionToBinProperty());
        to.setPrefColumnCount(7);
        to.setPromptText(messages.get("parts.ui.catalog.toBin"));
        to.visibleProperty().bind(model.actionProperty().isEqualTo(CatalogViewModel.StockAction.TRANSFER));
        to.managedProperty().bind(to.visibleProperty());
        TextField quantity = FormControls.text("stockActionQuantity", model.actionQuantityProperty());
        quantity.setPrefColumnCount(5);
        TextField price = FormControls.text("stockActionPrice", model.actionPriceProperty());
        price.setPrefColumnCount(7);
        price.setPromptText(messages.get("parts.print.column.unitPrice"));
        price.visibleProperty().bind(model.actionProperty().isEqualTo(CatalogViewModel.StockAction.RECEIVE_WITHOUT_ORDER));
        price.managedProperty().bind(price.visibleProperty());
        TextField reason = FormControls.text("stockActionReason", model.actionReasonProperty());
        reason.setPromptText(messages.get("parts.ui.catalog.reason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button run = FormControls.button("stockActionRun", messages.get("parts.ui.catalog.post"), Material2OutlinedMZ.PLAY_ARROW);
        run.setOnAction(e -> model.runAction());
        HBox actionLine = new HBox(6, action, from, to, quantity, price, reason, run);
        actionLine.setAlignment(Pos.CENTER_LEFT);
        Label message = FormControls.message("catalogMessage", model.messageProperty());
        model.refusedProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(StyleClasses.SCAN_REFUSED, StyleClasses.SCAN_DONE);
            message.getStyleClass().add(now ? StyleClasses.SCAN_REFUSED : StyleClasses.SCAN_DONE);
        });

        VBox right = new VBox(8, save, message, form, FormControls.heading(messages.get("parts.ui.catalog.stock")), balances,
                FormControls.heading(messages.get("parts.ui.catalog.actions")), actionLine);
        if (context.may(Permission.MANAGE_PARTS_MASTER)) {
            ComboBox<PartCategory> marginCategory = FormControls.choice("marginCategory", List.of(PartCategory.values()),
                    model.marginCategoryProperty(), messages);
            TextField percent = FormControls.text("marginPercent", model.marginPercentProperty());
            percent.setPrefColumnCount(5);
            percent.setOnAction(e -> model.setMargin());
            Button setMargin = FormControls.button("setMargin", messages.get("parts.ui.catalog.setMargin"),
                    Material2OutlinedMZ.PERCENTAGE);
            setMargin.setOnAction(e -> model.setMargin());
            HBox marginLine = new HBox(6, marginCategory, percent, new Label("%"), setMargin);
            marginLine.setAlignment(Pos.CENTER_LEFT);
            right.getChildren().addAll(FormControls.heading(messages.get("parts.ui.catalog.margins")), marginLine);
        }
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.58);
        split.setId("catalogPane");
        split.getStyleClass().add(StyleClasses.PARTS_PANE);
        model.search();
        return split;
    }

    private void chooseCatalog() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("catalog.import.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV / Excel", "*.csv", "*.xlsx"));
        java.io.File file = chooser.showOpenDialog(context.window());
        if (file != null) {
            model.importCatalog(file.toPath(), lines -> {
                javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(String.join("\n", lines));
                text.setEditable(false);
                text.setWrapText(true);
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
                alert.setTitle(messages.get("catalog.import.title"));
                alert.setHeaderText(lines.get(0));
                alert.getDialogPane().setContent(text);
                alert.getDialogPane().setId("catalogImportReport");
                if (context.window() != null) {
                    alert.initOwner(context.window());
                }
                alert.show();
            });
        }
    }

    private void enterSaves(javafx.scene.Node node) {
        if (node instanceof TextField field) {
            field.setOnAction(e -> model.save());
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::enterSaves);
        }
    }

    private void field(FormGrid form, String id, String field, String label, javafx.scene.control.Control control) {
        control.setId(id);
        form.addField(label, control, model.error(field));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void activate() {
        model.search();
    }
}
