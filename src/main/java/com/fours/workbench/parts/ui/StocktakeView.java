package com.fours.workbench.parts.ui;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.Stocktake;
import com.fours.workbench.parts.StocktakeInput;
import com.fours.workbench.parts.StocktakeLine;
import com.fours.workbench.parts.StocktakeScope;
import com.fours.workbench.parts.StocktakeStatus;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ConfirmStep;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.ScanFields;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/**
 * The stocktake pane (盘点) of the Parts tab. Left: a new stocktake and the list of stocktakes.
 * Right: the selected one, counted by scanning into one field (a scanner types the code and Enter),
 * with the lines by bin. The count is blind: book quantities are never shown, and variances only
 * once counting is finished. A refused scan flashes the field red, beeps, and keeps the code.
 */
public final class StocktakeView implements Section {

    private final StocktakeContext context;
    private final Messages messages;
    private final StocktakeViewModel model;
    private final CustomTextField scanField = new CustomTextField();
    private final TextField quantityField = new TextField();

    public StocktakeView(StocktakeContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new StocktakeViewModel(context);
    }

    @Override
    public String id() {
        return "partsTab-stocktake";
    }

    /** The tab's title in the screen's language. */
    @Override
    public String title() {
        return messages.get("stocktake.ui.tab");
    }

    @Override
    public Parent build() {
        SplitPane split = new SplitPane(buildLeft(), buildRight());
        split.setDividerPositions(0.34);
        BorderPane root = new BorderPane(split);
        root.setId("stocktakeView");
        root.getStyleClass().add(StyleClasses.STOCKTAKE_VIEW);
        model.reload();
        return root;
    }

    /** The pane is shown again: read the stocktakes again (another workstation may have counted). */
    @Override
    public void activate() {
        model.reload();
        Platform.runLater(scanField::requestFocus);
    }

    // ---- left: new stocktake and the list

    private VBox buildLeft() {
        Label heading = new Label(messages.get("stocktake.ui.new.title"));
        heading.getStyleClass().add(Styles.TITLE_4);

        FormGrid form = new FormGrid();
        ComboBox<StocktakeScope> scope = enumChoice("stocktakeScope", List.of(StocktakeScope.values()));
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        form.addField(messages.get("stocktake.ui.scope"), scope, model.errorOf(StocktakeInput.SCOPE));
        TextField binFrom = text("stocktakeBinFrom", "A-01");
        binFrom.textProperty().bindBidirectional(model.binFromProperty());
        TextField binTo = text("stocktakeBinTo", "A-09");
        binTo.textProperty().bindBidirectional(model.binToProperty());
        binFrom.disableProperty().bind(model.scopeProperty().isNotEqualTo(StocktakeScope.BIN_RANGE));
        binTo.disableProperty().bind(binFrom.disableProperty());
        form.addField(messages.get("stocktake.ui.binFrom"), binFrom, model.errorOf(StocktakeInput.BIN_FROM));
        form.addField(messages.get("stocktake.ui.binTo"), binTo, model.errorOf(StocktakeInput.BIN_TO));
        ComboBox<PartCategory> category = enumChoice("stocktakeCategory", List.of(PartCategory.values()));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.disableProperty().bind(model.scopeProperty().isNotEqualTo(StocktakeScope.CATEGORY));
        form.addField(messages.get("stocktake.ui.category"), category, model.errorOf(StocktakeInput.CATEGORY));
        TextField thresholdQuantity = text("stocktakeThresholdQuantity",
                Quantity.display(com.fours.workbench.parts.StocktakeService.DEFAULT_THRESHOLD_QUANTITY));
        thresholdQuantity.textProperty().bindBidirectional(model.thresholdQuantityProperty());
        form.addField(messages.get("stocktake.ui.thresholdQuantity"), thresholdQuantity,
                model.errorOf(StocktakeInput.THRESHOLD_QUANTITY));
        TextField thresholdValue = text("stocktakeThresholdValue",
                com.fours.workbench.parts.StocktakeService.DEFAULT_THRESHOLD_VALUE.toPlainString());
        thresholdValue.textProperty().bindBidirectional(model.thresholdValueProperty());
        form.addField(messages.get("stocktake.ui.thresholdValue"), thresholdValue,
                model.errorOf(StocktakeInput.THRESHOLD_VALUE));
        Button create = button("createStocktake", messages.get("stocktake.ui.create"), Material2OutlinedAL.ADD_TASK);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> model.create());
        create.setDefaultButton(false);
        form.addWide(create);

        Label listHeading = new Label(messages.get("stocktake.ui.list.title"));
        listHeading.getStyleClass().add(Styles.TITLE_4);
        ListView<Stocktake> list = new ListView<>(model.stocktakes());
        list.setId("stocktakeList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Stocktake item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.number(item) + " · " + model.scopeText(item) + "\n"
                        + messages.of(item.status()) + " · " + model.time(item.frozenAt()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (model.selectedProperty().get() == null || model.selectedProperty().get().id() != now.id())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, heading, form, listHeading, list);
        left.setPadding(new Insets(10));
        left.getStyleClass().add(StyleClasses.STOCKTAKE_LEFT);
        return left;
    }

    // ---- right: counting the selected stocktake

    private VBox buildRight() {
        Label title = new Label();
        title.setId("stocktakeTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? messages.get("stocktake.ui.noneSelected")
                : model.number(model.selectedProperty().get()) + " · " + model.scopeText(model.selectedProperty().get()),
                model.selectedProperty()));
        Label progress = new Label();
        progress.setId("stocktakeProgress");
        progress.textProperty().bind(model.progressProperty());

        ComboBox<Bin> bin = new ComboBox<>();
        bin.setId("countBin");
        bin.setPromptText(messages.get("stocktake.ui.anyBin"));
        bin.setItems(model.bins());
        bin.setConverter(new StringConverter<>() {
            @Override
            public String toString(Bin b) {
                return b == null ? messages.get("stocktake.ui.anyBin") : b.code();
            }

            @Override
            public Bin fromString(String s) {
                return null;
            }
        });
        bin.valueProperty().bindBidirectional(model.countBinProperty());

        scanField.setId("scanField");
        scanField.setPromptText(messages.get("stocktake.ui.scan.prompt"));
        scanField.setLeft(new FontIcon(Material2OutlinedAL.CROP_FREE));
        scanField.textProperty().bindBidirectional(model.scanTextProperty());
        scanField.setOnAction(e -> model.scan());
        scanField.disableProperty().bind(model.canCount().not());
        HBox.setHgrow(scanField, Priority.ALWAYS);

        CheckBox ask = new CheckBox(messages.get("stocktake.ui.askQuantity.mode"));
        ask.setId("askQuantity");
        ask.selectedProperty().bindBidirectional(model.askQuantityProperty());

        quantityField.setId("quantityField");
        quantityField.setPrefColumnCount(8);
        quantityField.textProperty().bindBidirectional(model.quantityTextProperty());
        quantityField.promptTextProperty().bind(Bindings.when(model.pendingCodeProperty().isEmpty())
                .then(messages.get("stocktake.ui.quantity.forLine"))
                .otherwise(messages.get("stocktake.ui.quantity.forScan")));
        quantityField.setOnAction(e -> {
            boolean forScan = !model.pendingCodeProperty().get().isEmpty();
            model.enterQuantity();
            if (forScan) {
                scanField.requestFocus();
            }
        });
        quantityField.disableProperty().bind(model.canCount().not());
        Button setCount = button("setCount", messages.get("stocktake.ui.setCount"), Material2OutlinedMZ.SAVE);
        setCount.setOnAction(e -> model.enterQuantity());
        setCount.disableProperty().bind(model.canCount().not());
        model.pendingCodeProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                quantityField.requestFocus();
            }
        });

        HBox scanRow = new HBox(8, bin, scanField, ask, quantityField, setCount);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("scanMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });
        message.getStyleClass().add(Styles.SUCCESS);
        ScanFields.alarmOn(scanField, model.alarmProperty());

        FlowPane actions = new FlowPane(8, 8);
        actions.getChildren().addAll(
                action("pauseStocktake", "stocktake.ui.pause", Material2OutlinedMZ.PAUSE, model::pause,
                        model.canCount()),
                action("resumeStocktake", "stocktake.ui.resume", Material2OutlinedMZ.PLAY_ARROW, model::resume,
                        model.statusIs(StocktakeStatus.PAUSED)),
                action("finishCounting", "stocktake.ui.finish", Material2OutlinedAL.DONE_ALL, model::finishCounting,
                        model.canCount()),
                action("printCountSheet", "stocktake.ui.printCountSheet", Material2OutlinedMZ.PRINT,
                        () -> model.printCountSheet(this::preview), model.selectedProperty().isNotNull()),
                action("printVariance", "stocktake.ui.printVariance", Material2OutlinedAL.ASSESSMENT,
                        () -> model.printVariance(this::preview),
                        model.statusIs(StocktakeStatus.COUNTED, StocktakeStatus.APPROVED, StocktakeStatus.POSTED)));
        if (model.may(Permission.APPROVE_STOCKTAKE)) {
            Button approve = action("approveStocktake", "stocktake.ui.approve", Material2OutlinedAL.GAVEL,
                    model::approve, model.statusIs(StocktakeStatus.COUNTED));
            Button post = action("postStocktake", "stocktake.ui.post", Material2OutlinedAL.ARCHIVE, this::confirmPost,
                    model.statusIs(StocktakeStatus.APPROVED));
            post.getStyleClass().add(Styles.ACCENT);
            actions.getChildren().addAll(approve, post);
        }

        TableView<StocktakeLine> table = buildLines();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(8, title, progress, scanRow, message, actions, table);
        right.setPadding(new Insets(10));
        right.getStyleClass().add(StyleClasses.STOCKTAKE_COUNT);
        return right;
    }

    /** Posting puts the variances into the stock ledger for good: asked for with what it will post. */
    private void confirmPost() {
        if (model.selectedProperty().get() == null) {
            return;
        }
        new ConfirmStep("postStocktake", messages.get("stocktake.ui.postStep.title"), model.postQuestion(),
                messages.get("stocktake.ui.postStep.confirm"), messages.get("stocktake.ui.postStep.keep"))
                .show(context.window(), model::post);
    }

    private TableView<StocktakeLine> buildLines() {
        TableView<StocktakeLine> table = new TableView<>(model.lines());
        table.setId("stocktakeLines");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("stocktake.ui.lines.empty")));
        Formats formats = Formats.of(messages.locale());
        table.getColumns().add(Columns.text(messages.get("stocktake.print.column.bin"), StocktakeLine::binCode));
        table.getColumns().add(Columns.text(messages.get("stocktake.print.column.partNumber"), StocktakeLine::partNumber));
        TableColumn<StocktakeLine, String> name = Columns.longText(messages.get("stocktake.print.column.name"),
                l -> formats.partName(l.nameZh(), l.nameEn()));
        name.setPrefWidth(180);
        table.getColumns().add(name);
        table.getColumns().add(Columns.status(messages.get("stocktake.print.column.unit"), StocktakeLine::unit, messages));
        table.getColumns().add(Columns.quantity(messages.get("stocktake.print.column.counted"),
                StocktakeLine::countedQuantity, formats));
        table.getColumns().add(Columns.number(messages.get("stocktake.ui.column.recount"), l -> !l.recountRequired() ? ""
                : l.recountQuantity() == null ? messages.get("stocktake.ui.recountOpen")
                : formats.quantity(l.recountQuantity())));
        var showVariance = model.statusIs(StocktakeStatus.COUNTED, StocktakeStatus.APPROVED, StocktakeStatus.POSTED);
        for (TableColumn<StocktakeLine, String> c : List.of(
                Columns.quantity(messages.get("stocktake.print.column.expected"), StocktakeLine::expectedQuantity, formats),
                Columns.quantity(messages.get("stocktake.print.column.variance"), StocktakeLine::varianceQuantity, formats),
                Columns.number(messages.get("stocktake.print.column.value"), (StocktakeLine l) -> formats.money(l.varianceValue())))) {
            c.visibleProperty().bind(showVariance);
            table.getColumns().add(c);
        }
        // columns shown only now get their cells laid out again
        showVariance.addListener((obs, old, now) -> Platform.runLater(table::refresh));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedLineProperty().set(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                quantityField.requestFocus();
            }
        });
        return table;
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    // ---- small builders

    private <E extends Enum<E>> ComboBox<E> enumChoice(String id, List<E> values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.of(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Button button(String id, String text, Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private Button action(String id, String key, Ikon icon, Runnable command,
                          javafx.beans.value.ObservableBooleanValue enabled) {
        Button button = button(id, messages.get(key), icon);
        button.setOnAction(e -> command.run());
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get() || model.busyProperty().get(),
                enabled, model.busyProperty()));
        return button;
    }
}
