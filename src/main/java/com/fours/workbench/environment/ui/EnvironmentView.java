package com.fours.workbench.environment.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.environment.CatalogueInput;
import com.fours.workbench.environment.LedgerRow;
import com.fours.workbench.environment.PlaceFill;
import com.fours.workbench.environment.TransferInput;
import com.fours.workbench.environment.WasteEntry;
import com.fours.workbench.environment.WasteHandler;
import com.fours.workbench.environment.WasteInput;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.environment.WasteMonthFigure;
import com.fours.workbench.environment.WasteRule;
import com.fours.workbench.environment.WasteStock;
import com.fours.workbench.environment.WasteTransfer;
import com.fours.workbench.environment.WasteUnit;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * The Environment and safety tab (环保与安全): the hazardous-waste store with its warnings and the
 * forms to enter waste and hand it over, the HJ 1259 ledger, the figures, the catalogue; then the
 * sections other features hand in (safety and 5S come there).
 */
public final class EnvironmentView {

    /** The width of a form's choice; the longest item shows whole in its list. */
    private static final double CHOICE_WIDTH = 200;

    private final EnvironmentContext context;
    private final Messages messages;
    private final Formats formats;
    private final WasteStoreViewModel store;
    private final WasteLedgerViewModel ledger;
    private final WasteCatalogueViewModel catalogue;
    private SectionTabs tabs;

    public EnvironmentView(EnvironmentContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.store = new WasteStoreViewModel(context);
        this.ledger = new WasteLedgerViewModel(context);
        this.catalogue = new WasteCatalogueViewModel(context, store::refresh);
    }

    public Node build() {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.refreshed("environmentTab-waste", messages.get("waste.ui.tab.store"), this::storePane,
                store::refresh));
        sections.add(Section.refreshed("environmentTab-ledger", messages.get("waste.ui.tab.ledger"), this::ledgerPane,
                ledger::refresh));
        sections.add(Section.refreshed("environmentTab-figures", messages.get("waste.ui.tab.figures"),
                this::figuresPane, ledger::refresh));
        sections.add(Section.refreshed("environmentTab-catalogue", messages.get("waste.ui.tab.catalogue"),
                this::cataloguePane, store::refresh));
        sections.addAll(context.moreSections());
        tabs = new SectionTabs("environmentSections", sections);
        return tabs.build();
    }

    public void activate() {
        if (tabs != null) {
            tabs.activate();
        }
    }

    /** Brings the section with this id to the front (a home-page line's link); another id changes nothing. */
    public void show(String sectionId) {
        if (tabs != null) {
            tabs.select(sectionId);
        }
    }

    // ---- the store: what is in store, warnings, waste by weight, hand-over

    private Node storePane() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(store.busyProperty());
        Button refresh = FormControls.button("wasteRefresh", messages.get("waste.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> store.refresh());
        HBox top = new HBox(10, FormControls.heading(messages.get("waste.ui.inStore")), refresh, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        Label warnings = new Label();
        warnings.setId("wasteWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add(Styles.DANGER);
        warnings.textProperty().bind(store.warningsProperty());
        Label message = FormControls.message("wasteMessage", store.messageProperty());

        TableView<WasteStock> stock = new TableView<>(store.stock());
        stock.setId("wasteStock");
        stock.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stock.setPrefHeight(200);
        stock.setPlaceholder(new Label(messages.get("waste.ui.noKinds")));
        // what a supervisor acts on first (how much, by when); the balance's parts after it: every column
        // kept whole made the table 1,170 px wide and pushed the hand-over form under the scroll bar
        stock.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.kind"), s -> s.kind().name()),
                Columns.quantity(messages.get("waste.ui.col.inStore"), WasteStock::inStore, formats),
                Columns.text(messages.get("waste.ui.col.unit"), s -> messages.of(s.kind().unit())),
                Columns.date(messages.get("waste.ui.col.mustLeave"), WasteStock::mustLeaveBy, formats),
                Columns.status(messages.get("waste.ui.col.alert"), WasteStock::alert, messages),
                Columns.secondary(Columns.text(messages.get("waste.ui.col.code"), s -> s.kind().category() + " "
                        + s.kind().code())),
                Columns.secondary(Columns.quantity(messages.get("waste.ui.col.produced"), WasteStock::produced,
                        formats)),
                Columns.secondary(Columns.quantity(messages.get("waste.ui.col.transferred"), WasteStock::transferred,
                        formats)),
                Columns.secondary(Columns.date(messages.get("waste.ui.col.since"), WasteStock::since, formats))));

        TableView<PlaceFill> places = new TableView<>(store.places());
        places.setId("wastePlaces");
        places.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        places.setPrefHeight(120);
        places.setPlaceholder(new Label(messages.get("waste.ui.noPlaces")));
        places.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.place"), p -> p.place().name()),
                Columns.quantity(messages.get("waste.ui.col.stored"), PlaceFill::stored, formats),
                Columns.quantity(messages.get("waste.ui.col.capacity"), p -> p.place().capacity(), formats),
                Columns.text(messages.get("waste.ui.col.unit"), p -> messages.of(p.place().unit())),
                Columns.number(messages.get("waste.ui.col.full"), p -> p.percent() + "%")));

        // the tables give way to the forms on a narrow screen (their columns scroll instead)
        stock.setMinWidth(320);
        stock.setPrefWidth(620);
        places.setMinWidth(320);
        places.setPrefWidth(620);
        VBox left = new VBox(8, top, warnings, message, stock, FormControls.heading(messages.get("waste.ui.places")),
                places);
        HBox.setHgrow(left, Priority.ALWAYS);
        // the hand-over first: it is the form a supervisor comes here for
        VBox forms = new VBox(12, transferForm(), entryForm());
        forms.setMinWidth(360);
        forms.setPrefWidth(380);
        HBox content = new HBox(16, left, forms);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("wasteStorePane");
        return scroll;
    }

    private Node entryForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("waste.ui.newEntry")));
        ComboBox<WasteKind> kind = FormControls.choice("wasteEntryKind", List.of(), store.entryKindProperty(),
                store::kindText);
        kind.setItems(store.kinds());
        kind.setPrefWidth(CHOICE_WIDTH);
        kind.setMaxWidth(Double.MAX_VALUE);
        FormControls.chosenAs(kind, store::kindShortText);
        form.addField(messages.get("waste.ui.kind"), kind, store.entryErrors().of(WasteInput.KIND));
        TextField quantity = FormControls.text("wasteEntryQuantity", store.entryQuantityProperty());
        form.addField(messages.get("waste.ui.quantity"), quantity, store.entryErrors().of(WasteInput.QUANTITY));
        DatePicker day = FormControls.datePicker("wasteEntryDay");
        day.valueProperty().bindBidirectional(store.entryDayProperty());
        form.addField(messages.get("waste.ui.day"), day, store.entryErrors().of(WasteInput.DAY));
        TextField note = FormControls.text("wasteEntryNote", store.entryNoteProperty(),
                messages.get("waste.ui.notePrompt"));
        form.addField(messages.get("waste.ui.note"), note, store.entryErrors().of(WasteInput.NOTE));
        Button record = FormControls.button("wasteRecord", messages.get("waste.ui.record"), Material2OutlinedAL.ADD);
        record.setOnAction(e -> store.record());
        note.setOnAction(e -> store.record());
        form.addWide(record);
        return form;
    }

    private Node transferForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("waste.ui.newTransfer")));
        ComboBox<WasteKind> kind = FormControls.choice("wasteTransferKind", List.of(), store.transferKindProperty(),
                store::kindText);
        kind.setItems(store.kinds());
        form.addField(messages.get("waste.ui.kind"), kind, store.transferErrors().of(TransferInput.KIND));
        ComboBox<WasteHandler> handler = FormControls.choice("wasteTransferHandler", List.of(), store.handlerProperty(),
                store::handlerText);
        handler.setItems(store.handlers());
        // a choice is as wide as its longest item (a handler with its categories and licence): the
        // form then ran under the scroll bar at 1366 px; the field column gives it its width instead
        kind.setPrefWidth(CHOICE_WIDTH);
        handler.setPrefWidth(CHOICE_WIDTH);
        kind.setMaxWidth(Double.MAX_VALUE);
        handler.setMaxWidth(Double.MAX_VALUE);
        FormControls.chosenAs(kind, store::kindShortText);
        FormControls.chosenAs(handler, WasteHandler::name);
        form.addField(messages.get("waste.ui.handler"), handler, store.transferErrors().of(TransferInput.HANDLER));
        form.addField(messages.get("waste.ui.manifest"), FormControls.text("wasteTransferManifest",
                store.manifestProperty()), store.transferErrors().of(TransferInput.MANIFEST));
        form.addField(messages.get("waste.ui.quantity"), FormControls.text("wasteTransferQuantity",
                store.transferQuantityProperty()), store.transferErrors().of(TransferInput.QUANTITY));
        form.addField(messages.get("waste.ui.vehicle"), FormControls.text("wasteTransferVehicle",
                store.vehicleProperty()), store.transferErrors().of(TransferInput.VEHICLE));
        DatePicker day = FormControls.datePicker("wasteTransferDay");
        day.valueProperty().bindBidirectional(store.transferDayProperty());
        form.addField(messages.get("waste.ui.day"), day, store.transferErrors().of(TransferInput.DAY));
        form.addField(messages.get("waste.ui.handedBy"), FormControls.text("wasteTransferHandedBy",
                store.handedByProperty()), store.transferErrors().of(TransferInput.HANDED_BY));
        TextField received = FormControls.text("wasteTransferReceivedBy", store.receivedByProperty());
        form.addField(messages.get("waste.ui.receivedBy"), received, store.transferErrors().of(TransferInput.RECEIVED_BY));
        Button transfer = FormControls.button("wasteTransfer", messages.get("waste.ui.transfer"),
                Material2OutlinedMZ.SEND);
        transfer.getStyleClass().add(Styles.ACCENT);
        transfer.setOnAction(e -> store.transfer());
        received.setOnAction(e -> store.transfer());
        Button print = FormControls.button("wasteTransferPrint", messages.get("waste.ui.printTransfer"),
                Material2OutlinedMZ.PRINT);
        print.disableProperty().bind(store.lastTransferProperty().isNull());
        print.setOnAction(e -> store.printTransfer(report -> new ReportPreviewWindow(context.window(),
                context.reportEngine(), report, context.background().executor(), messages).show()));
        HBox buttons = new HBox(8, transfer, print);
        buttons.setAlignment(Pos.CENTER_LEFT);
        form.addWide(buttons);
        return form;
    }

    // ---- the ledger

    private Node ledgerPane() {
        TextField month = FormControls.text("wasteLedgerMonth", ledger.monthProperty(), "yyyy-MM");
        month.setPrefColumnCount(8);
        month.setOnAction(e -> ledger.refresh());
        CheckBox year = new CheckBox(messages.get("waste.ui.wholeYear"));
        year.setId("wasteLedgerYear");
        year.selectedProperty().bindBidirectional(ledger.wholeYearProperty());
        year.setOnAction(e -> ledger.refresh());
        Button show = FormControls.button("wasteLedgerShow", messages.get("waste.ui.show"), Material2OutlinedMZ.REFRESH);
        show.setOnAction(e -> ledger.refresh());
        Button print = FormControls.button("wasteLedgerPrint", messages.get("waste.ui.print"), Material2OutlinedMZ.PRINT);
        print.setOnAction(e -> ledger.print(report -> new ReportPreviewWindow(context.window(), context.reportEngine(),
                report, context.background().executor(), messages).show()));
        print.disableProperty().bind(ledger.ledgerProperty().isNull());
        Button export = FormControls.button("wasteLedgerExport", messages.get("waste.ui.export"),
                Material2OutlinedMZ.SAVE_ALT);
        export.disableProperty().bind(ledger.ledgerProperty().isNull());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("waste.ui.export"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("waste.ui.excelFiles"),
                    "*.xlsx"));
            chooser.setInitialFileName(ledger.exportFileName());
            File file = chooser.showSaveDialog(context.window());
            if (file != null) {
                ledger.export(file.toPath());
            }
        });
        Button close = FormControls.button("wasteLedgerClose", messages.get("waste.ui.closeMonth"),
                Material2OutlinedAL.LOCK);
        close.setOnAction(e -> ledger.closeMonth());
        close.setVisible(context.may(Permission.MANAGE_WASTE_CATALOGUE));
        close.setManaged(close.isVisible());
        Label monthError = FormControls.formError("wasteLedgerMonthError");
        monthError.textProperty().bind(ledger.errors().of(WasteLedgerViewModel.MONTH));
        HBox top = new HBox(8, FormControls.fieldName(messages.get("waste.ui.month")), month, year, show, print, export,
                close);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("wasteLedgerStatus");
        status.getStyleClass().add(Styles.TITLE_4);
        status.textProperty().bind(ledger.statusProperty());
        Label message = FormControls.message("wasteLedgerMessage", ledger.messageProperty());

        TableView<LedgerRow> rows = new TableView<>(ledger.rows());
        rows.setId("wasteLedgerRows");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setPrefHeight(200);
        rows.setPlaceholder(new Label(messages.get("waste.ui.noKinds")));
        rows.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.kind"), r -> r.kind().name()),
                Columns.text(messages.get("waste.ui.col.code"), r -> r.kind().category() + " " + r.kind().code()),
                Columns.text(messages.get("waste.ui.col.unit"), r -> messages.of(r.kind().unit())),
                Columns.quantity(messages.get("waste.ui.col.opening"), LedgerRow::opening, formats),
                Columns.quantity(messages.get("waste.ui.col.produced"), LedgerRow::produced, formats),
                Columns.quantity(messages.get("waste.ui.col.transferred"), LedgerRow::transferred, formats),
                Columns.quantity(messages.get("waste.ui.col.closing"), LedgerRow::closing, formats)));

        TableView<WasteEntry> entries = new TableView<>(ledger.entries());
        entries.setId("wasteLedgerEntries");
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        entries.setPrefHeight(260);
        entries.setPlaceholder(new Label(messages.get("waste.ui.noEntries")));
        entries.getColumns().addAll(List.of(
                Columns.date(messages.get("waste.ui.col.day"), WasteEntry::entryDay, formats),
                Columns.text(messages.get("waste.ui.col.kind"), WasteEntry::kindName),
                Columns.status(messages.get("waste.ui.col.movement"), WasteEntry::movement, messages),
                Columns.quantity(messages.get("waste.ui.col.quantity"), WasteEntry::quantity, formats),
                Columns.text(messages.get("waste.ui.col.unit"), e -> messages.of(e.unit())),
                Columns.status(messages.get("waste.ui.col.source"), WasteEntry::source, messages),
                Columns.text(messages.get("waste.ui.col.order"), e -> e.orderNumber() == null ? "" : e.orderNumber()),
                Columns.longText(messages.get("waste.ui.col.note"), WasteEntry::note, 160),
                Columns.text(messages.get("waste.ui.col.by"), WasteEntry::recordedBy)));
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                ledger.chosenProperty().set(now));

        TableView<WasteTransfer> transfers = new TableView<>(ledger.transfers());
        transfers.setId("wasteLedgerTransfers");
        transfers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        transfers.setPrefHeight(160);
        transfers.setPlaceholder(new Label(messages.get("waste.ui.noTransfers")));
        transfers.getColumns().addAll(List.of(
                Columns.date(messages.get("waste.ui.col.day"), WasteTransfer::transferDay, formats),
                Columns.text(messages.get("waste.ui.col.manifest"), WasteTransfer::manifestNo),
                Columns.text(messages.get("waste.ui.col.kind"), WasteTransfer::kindName),
                Columns.quantity(messages.get("waste.ui.col.quantity"), WasteTransfer::quantity, formats),
                Columns.text(messages.get("waste.ui.col.unit"), t -> messages.of(t.unit())),
                Columns.text(messages.get("waste.ui.col.handler"), WasteTransfer::handlerName),
                Columns.secondary(Columns.text(messages.get("waste.ui.col.vehicle"), WasteTransfer::vehicle))));
        transfers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                ledger.chosenTransferProperty().set(now));
        Button printTransfer = FormControls.button("wasteLedgerPrintTransfer", messages.get("waste.ui.printTransfer"),
                Material2OutlinedMZ.PRINT);
        printTransfer.disableProperty().bind(ledger.chosenTransferProperty().isNull());
        printTransfer.setOnAction(e -> ledger.printTransfer(report -> new ReportPreviewWindow(context.window(),
                context.reportEngine(), report, context.background().executor(), messages).show()));
        HBox transfersTop = new HBox(10, FormControls.heading(messages.get("waste.ui.transfers")), printTransfer);
        transfersTop.setAlignment(Pos.CENTER_LEFT);

        FormGrid correction = new FormGrid();
        correction.addWide(FormControls.heading(messages.get("waste.ui.correction")));
        correction.addField(messages.get("waste.ui.correctionQuantity"), FormControls.text("wasteCorrectionQuantity",
                ledger.correctionProperty(), messages.get("waste.ui.correctionPrompt")),
                ledger.errors().of(WasteInput.QUANTITY));
        correction.addField(messages.get("waste.ui.reason"), FormControls.text("wasteCorrectionReason",
                ledger.reasonProperty()), ledger.errors().of(WasteInput.NOTE));
        Button correct = FormControls.button("wasteCorrect", messages.get("waste.ui.correct"), Material2OutlinedAL.EDIT);
        correct.disableProperty().bind(ledger.chosenProperty().isNull());
        correct.setOnAction(e -> ledger.correct());
        correction.addWide(correct);

        VBox content = new VBox(8, top, monthError, status, message, rows,
                FormControls.heading(messages.get("waste.ui.entries")), entries, correction, transfersTop, transfers);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("wasteLedgerPane");
        return scroll;
    }

    // ---- figures

    private Node figuresPane() {
        TableView<WasteMonthFigure> table = new TableView<>(ledger.figures());
        table.setId("wasteFigures");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(420);
        table.setPlaceholder(new Label(messages.get("waste.ui.noEntries")));
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.month"), f -> f.month().toString()),
                Columns.text(messages.get("waste.ui.col.kind"), WasteMonthFigure::kindName),
                Columns.quantity(messages.get("waste.ui.col.produced"), WasteMonthFigure::produced, formats),
                Columns.text(messages.get("waste.ui.col.unit"), f -> messages.of(f.unit())),
                Columns.number(messages.get("waste.ui.col.cars"), f -> formats.count(f.cars())),
                Columns.quantity(messages.get("waste.ui.col.per100"), WasteMonthFigure::per100Cars, formats)));
        TableView<WasteStock> age = new TableView<>(store.stock());
        age.setId("wasteStorageAge");
        age.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        age.setPrefHeight(200);
        age.setPlaceholder(new Label(messages.get("waste.ui.noKinds")));
        age.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.kind"), s -> s.kind().name()),
                Columns.quantity(messages.get("waste.ui.col.inStore"), WasteStock::inStore, formats),
                Columns.date(messages.get("waste.ui.col.since"), WasteStock::since, formats),
                Columns.number(messages.get("waste.ui.col.ageDays"), s -> s.daysLeft() == null ? ""
                        : formats.count(365 - s.daysLeft())),
                Columns.status(messages.get("waste.ui.col.alert"), WasteStock::alert, messages)));
        Label hint = FormControls.hint("wasteFiguresHint");
        hint.setText(messages.get("waste.ui.figuresHint"));
        VBox content = new VBox(8, FormControls.heading(messages.get("waste.ui.figures")), hint, table,
                FormControls.heading(messages.get("waste.ui.storageAge")), age);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("wasteFiguresPane");
        store.refresh();
        return scroll;
    }

    // ---- catalogue: each table with the form that adds to it (the manager's)

    private Node cataloguePane() {
        TableView<PlaceFill> places = new TableView<>(store.places());
        places.setId("wastePlaceList");
        places.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        places.setPrefHeight(140);
        places.setPlaceholder(new Label(messages.get("waste.ui.noPlaces")));
        places.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.place"), p -> p.place().name()),
                Columns.quantity(messages.get("waste.ui.col.capacity"), p -> p.place().capacity(), formats),
                Columns.text(messages.get("waste.ui.col.unit"), p -> messages.of(p.place().unit()))));
        TableView<WasteKind> kinds = new TableView<>(store.kinds());
        kinds.setId("wasteKinds");
        kinds.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        kinds.setPrefHeight(180);
        kinds.setPlaceholder(new Label(messages.get("waste.ui.noKinds")));
        kinds.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.category"), WasteKind::category),
                Columns.text(messages.get("waste.ui.col.code"), WasteKind::code),
                Columns.text(messages.get("waste.ui.col.kind"), WasteKind::name),
                Columns.text(messages.get("waste.ui.col.unit"), k -> messages.of(k.unit())),
                Columns.text(messages.get("waste.ui.col.place"), WasteKind::placeName)));
        TableView<WasteHandler> handlers = new TableView<>(store.handlers());
        handlers.setId("wasteHandlers");
        handlers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        handlers.setPrefHeight(140);
        handlers.setPlaceholder(new Label(messages.get("waste.ui.noHandlers")));
        handlers.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.handler"), WasteHandler::name),
                Columns.text(messages.get("waste.ui.col.licence"), WasteHandler::licenceNo),
                Columns.date(messages.get("waste.ui.col.expiry"), WasteHandler::licenceExpiry, formats),
                Columns.text(messages.get("waste.ui.col.categories"), h -> String.join(", ", h.categories()))));
        TableView<WasteRule> rules = new TableView<>(store.rules());
        rules.setId("wasteRules");
        rules.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rules.setPrefHeight(180);
        rules.setPlaceholder(new Label(messages.get("waste.ui.noRules")));
        rules.getColumns().addAll(List.of(
                Columns.text(messages.get("waste.ui.col.ruleSource"), r -> r.operationCode() != null
                        ? messages.get("waste.ui.rule.operation", r.operationCode())
                        : messages.get("waste.ui.rule.part", r.partNumber())),
                Columns.text(messages.get("waste.ui.col.kind"), WasteRule::kindName),
                Columns.quantity(messages.get("waste.ui.col.quantityPer"), WasteRule::quantityPer, formats),
                Columns.text(messages.get("waste.ui.col.oldPart"), r -> r.oldPart() ? messages.get("waste.ui.yes") : "")));
        boolean manages = context.may(Permission.MANAGE_WASTE_CATALOGUE);
        Label message = FormControls.message("wasteCatalogueMessage", catalogue.messageProperty());
        VBox content = new VBox(8, message,
                FormControls.heading(messages.get("waste.ui.places")), beside(places, manages ? placeForm() : null),
                FormControls.heading(messages.get("waste.ui.kinds")), beside(kinds, manages ? kindForm() : null),
                FormControls.heading(messages.get("waste.ui.handlers")), beside(handlers, manages ? handlerForm() : null),
                FormControls.heading(messages.get("waste.ui.rules")), beside(rules, manages ? ruleForm() : null));
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("wasteCataloguePane");
        return scroll;
    }

    /** A catalogue's table with its form at its right; the table gives way on a narrow screen. */
    private static Node beside(TableView<?> table, Node form) {
        table.setMinWidth(320);
        table.setPrefWidth(620);
        HBox.setHgrow(table, Priority.ALWAYS);
        if (form == null) {
            return table;
        }
        if (form instanceof FormGrid grid) {
            grid.setMinWidth(360);
            grid.setPrefWidth(400);
        }
        return new HBox(16, table, form);
    }

    private Node placeForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("waste.ui.catalogue.newPlace")));
        form.addField(messages.get("waste.ui.catalogue.name"), FormControls.text("wastePlaceName",
                catalogue.placeNameProperty()), catalogue.placeErrors().of(CatalogueInput.NAME));
        form.addField(messages.get("waste.ui.col.unit"), FormControls.choice("wastePlaceUnit",
                List.of(WasteUnit.values()), catalogue.placeUnitProperty(), messages),
                catalogue.placeErrors().of(CatalogueInput.UNIT));
        TextField capacity = FormControls.text("wastePlaceCapacity", catalogue.placeCapacityProperty());
        capacity.setOnAction(e -> catalogue.savePlace());
        form.addField(messages.get("waste.ui.col.capacity"), capacity, catalogue.placeErrors().of(CatalogueInput.CAPACITY));
        Button save = FormControls.button("wastePlaceSave", messages.get("waste.ui.catalogue.add"),
                Material2OutlinedAL.ADD);
        save.setOnAction(e -> catalogue.savePlace());
        form.addWide(save);
        return form;
    }

    private Node kindForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("waste.ui.catalogue.newKind")));
        form.addField(messages.get("waste.ui.col.category"), FormControls.text("wasteKindCategory",
                catalogue.kindCategoryProperty(), "HW08"), catalogue.kindErrors().of(CatalogueInput.CATEGORY));
        form.addField(messages.get("waste.ui.col.code"), FormControls.text("wasteKindCode",
                catalogue.kindCodeProperty(), "900-214-08"), catalogue.kindErrors().of(CatalogueInput.CODE));
        form.addField(messages.get("waste.ui.catalogue.name"), FormControls.text("wasteKindName",
                catalogue.kindNameProperty()), catalogue.kindErrors().of(CatalogueInput.NAME));
        form.addField(messages.get("waste.ui.col.unit"), FormControls.choice("wasteKindUnit",
                List.of(WasteUnit.values()), catalogue.kindUnitProperty(), messages),
                catalogue.kindErrors().of(CatalogueInput.UNIT));
        ComboBox<PlaceFill> place = FormControls.choice("wasteKindPlace", List.of(), catalogue.kindPlaceProperty(),
                catalogue::placeText);
        place.setItems(store.places());
        place.setPrefWidth(CHOICE_WIDTH);
        place.setMaxWidth(Double.MAX_VALUE);
        form.addField(messages.get("waste.ui.col.place"), place, catalogue.kindErrors().of(CatalogueInput.PLACE));
        Button save = FormControls.button("wasteKindSave", messages.get("waste.ui.catalogue.add"),
                Material2OutlinedAL.ADD);
        save.setOnAction(e -> catalogue.saveKind());
        form.addWide(save);
        return form;
    }

    private Node handlerForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("waste.ui.catalogue.newHandler")));
        form.addField(messages.get("waste.ui.catalogue.name"), FormControls.text("wasteHandlerName",
                catalogue.handlerNameProperty()), catalogue.handlerErrors().of(CatalogueInput.NAME));
        form.addField(messages.get("waste.ui.col.licence"), FormControls.text("wasteHandlerLicence",
                catalogue.handlerLicenceProperty()), catalogue.handlerErrors().of(CatalogueInput.LICENCE));
        DatePicker expiry = FormControls.datePicker("wasteHandlerExpiry");
        expiry.valueProperty().bindBidirectional(catalogue.handlerExpiryProperty());
        form.addField(messages.get("waste.ui.col.expiry"), expiry, catalogue.handlerErrors().of(CatalogueInput.EXPIRY));
        TextField categories = FormControls.text("wasteHandlerCategories", catalogue.handlerCategoriesProperty(),
                "HW08, HW31");
        categories.setOnAction(e -> catalogue.saveHandler());
        form.addField(messages.get("waste.ui.col.categories"), categories,
                catalogue.handlerErrors().of(CatalogueInput.CATEGORIES));
        Button save = FormControls.button("wasteHandlerSave", messages.get("waste.ui.catalogue.add"),
                Material2OutlinedAL.ADD);
        save.setOnAction(e -> catalogue.saveHandler());
        form.addWide(save);
        return form;
    }

    private Node ruleForm() {
        FormGrid form = new FormGrid();
        form.addWide(FormControls.heading(messages.get("waste.ui.catalogue.newRule")));
        ComboBox<WasteKind> kind = FormControls.choice("wasteRuleKind", List.of(), catalogue.ruleKindProperty(),
                store::kindText);
        kind.setItems(store.kinds());
        kind.setPrefWidth(CHOICE_WIDTH);
        kind.setMaxWidth(Double.MAX_VALUE);
        FormControls.chosenAs(kind, store::kindShortText);
        form.addField(messages.get("waste.ui.kind"), kind, catalogue.ruleErrors().of(CatalogueInput.KIND));
        CheckBox part = new CheckBox(messages.get("waste.ui.catalogue.ofPart"));
        part.setId("wasteRulePart");
        part.selectedProperty().bindBidirectional(catalogue.rulePartProperty());
        TextField source = FormControls.text("wasteRuleSource", catalogue.ruleSourceProperty(),
                messages.get("waste.ui.catalogue.sourcePrompt"));
        form.addField(messages.get("waste.ui.col.ruleSource"), source, catalogue.ruleErrors().of(CatalogueInput.SOURCE),
                part);
        TextField quantity = FormControls.text("wasteRuleQuantity", catalogue.ruleQuantityProperty());
        form.addField(messages.get("waste.ui.col.quantityPer"), quantity,
                catalogue.ruleErrors().of(CatalogueInput.QUANTITY));
        CheckBox oldPart = new CheckBox(messages.get("waste.ui.catalogue.oldPart"));
        oldPart.setId("wasteRuleOldPart");
        oldPart.setWrapText(true);
        oldPart.selectedProperty().bindBidirectional(catalogue.ruleOldPartProperty());
        form.addWide(oldPart);
        Button save = FormControls.button("wasteRuleSave", messages.get("waste.ui.catalogue.add"),
                Material2OutlinedAL.ADD);
        save.setOnAction(e -> catalogue.saveRule());
        form.addWide(save);
        return form;
    }
}
