package com.fours.workbench.inspection.ui;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.inspection.ActionOwner;
import com.fours.workbench.inspection.FiveSArea;
import com.fours.workbench.inspection.FiveSChecklist;
import com.fours.workbench.inspection.FiveSChecklists;
import com.fours.workbench.inspection.FiveSFinding;
import com.fours.workbench.inspection.FiveSInspection;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.inspection.FiveSItem;
import com.fours.workbench.inspection.FiveSPillar;
import com.fours.workbench.inspection.InspectionInput;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.ChartCard;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.PhotoStrip;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/**
 * The 5S section of the Environment and safety tab (5S检查): an inspection of an area scored on its
 * checklist, with photos, remarks, findings that become corrective actions, and the area's actions
 * a re-inspection verifies; beside it the scores over time, the print, and the corrective actions
 * with the form that closes one.
 */
public final class FiveSView {

    public static final String SECTION_ID = "environmentTab-fiveS";

    private final FiveSContext context;
    private final Messages messages;
    private final Formats formats;
    private final FiveSViewModel model;
    private final VBox items = new VBox(4);
    private final VBox chart = new VBox();
    private final FiveSChecklistViewModel editing;

    public FiveSView(FiveSContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new FiveSViewModel(context);
        this.editing = new FiveSChecklistViewModel(context, model::refresh);
    }

    public Section section() {
        return Section.refreshed(SECTION_ID, messages.get("fiveS.ui.tab"), this::build, model::refresh);
    }

    Node build() {
        ComboBox<FiveSArea> area = FormControls.choice("fiveSArea", List.of(FiveSArea.values()), model.areaProperty(),
                model::areaText);
        Label version = new Label();
        version.setId("fiveSVersion");
        version.textProperty().bind(model.versionProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(10, FormControls.fieldName(messages.get("fiveS.ui.area")), area, version, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = FormControls.message("fiveSMessage", model.messageProperty());

        VBox form = inspectionForm();
        form.setMinWidth(380);
        form.setPrefWidth(460);
        VBox right = overview();
        right.setMinWidth(360);
        right.setPrefWidth(560);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(16, form, right);
        VBox content = new VBox(8, top, message, columns);
        if (context.may(Permission.MANAGE_WASTE_CATALOGUE)) {
            content.getChildren().add(checklistEditor());
        }
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("fiveSPane");
        model.checklistProperty().addListener((obs, old, now) -> {
            showItems(now);
            editing.show(model.areaProperty().get(), now);
        });
        // an area without a checklist after another without one: the checklist stays null, the line changes
        model.versionProperty().addListener((obs, old, now) -> editing.show(model.areaProperty().get(),
                model.checklistProperty().get()));
        model.scoreChartProperty().addListener((obs, old, now) -> showChart(now));
        return scroll;
    }

    private VBox inspectionForm() {
        FormGrid head = new FormGrid();
        head.addWide(FormControls.heading(messages.get("fiveS.ui.newInspection")));
        DatePicker day = FormControls.datePicker("fiveSDay");
        day.valueProperty().bindBidirectional(model.dayProperty());
        head.addField(messages.get("fiveS.ui.day"), day, model.errors().of(InspectionInput.DAY));
        head.addField(messages.get("fiveS.ui.inspector"), FormControls.text("fiveSInspector",
                model.inspectorProperty()), model.errors().of(InspectionInput.INSPECTOR));
        Label areaError = FormControls.formError("fiveSAreaError");
        areaError.textProperty().bind(model.errors().of(InspectionInput.AREA));
        items.setId("fiveSItems");

        FormGrid tail = new FormGrid();
        TextArea remarks = FormControls.area("fiveSRemarks", model.remarksProperty(), model::save);
        remarks.setPrefRowCount(2);
        tail.addField(messages.get("fiveS.ui.remarks"), remarks, model.errors().of(InspectionInput.REMARKS));
        PhotoStrip<PhotoFile> photos = new PhotoStrip<>("fiveS", messages.get("fiveS.ui.addPhotos"), messages,
                context.window(), model.photos(), PhotoFile::thumbnail, PhotoFile::fileName, model::attachPhotos,
                model::removePhoto);
        tail.addField(messages.get("fiveS.ui.photos"), photos.addButton(), model.errors().of("photos"),
                photos.thumbnails());

        tail.addWide(FormControls.heading(messages.get("fiveS.ui.findings")));
        TextField finding = FormControls.text("fiveSFindingText", model.findingTextProperty(),
                messages.get("fiveS.ui.findingPrompt"));
        tail.addField(messages.get("fiveS.ui.finding"), finding, model.errors().of(InspectionInput.FINDINGS));
        ComboBox<ActionOwner> owner = FormControls.choice("fiveSFindingOwner", List.of(), model.findingOwnerProperty(),
                model::ownerText);
        owner.setItems(model.owners());
        tail.addField(messages.get("fiveS.ui.owner"), owner, model.errors().of("findingOwner"));
        DatePicker due = FormControls.datePicker("fiveSFindingDue");
        due.valueProperty().bindBidirectional(model.findingDueProperty());
        tail.addField(messages.get("fiveS.ui.due"), due, model.errors().of("findingDue"));
        Button add = FormControls.button("fiveSAddFinding", messages.get("fiveS.ui.addFinding"), Material2OutlinedAL.ADD);
        add.setOnAction(e -> model.addFinding());
        finding.setOnAction(e -> model.addFinding());
        tail.addWide(add);
        ListView<FiveSViewModel.Pending> pending = new ListView<>(model.findings());
        pending.setId("fiveSFindings");
        pending.setPrefHeight(90);
        pending.setPlaceholder(new Label(messages.get("fiveS.ui.noFindings")));
        pending.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FiveSViewModel.Pending item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.pendingText(item));
                setWrapText(true);
            }
        });
        pending.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE
                    && pending.getSelectionModel().getSelectedItem() != null) {
                model.removeFinding(pending.getSelectionModel().getSelectedItem());
            }
        });
        tail.addWide(pending);

        VBox check = new VBox(4);
        check.setId("fiveSToCheck");
        Label checkHeading = FormControls.heading(messages.get("fiveS.ui.toCheck"));
        Label noneToCheck = FormControls.hint("fiveSNoneToCheck");
        noneToCheck.setText(messages.get("fiveS.ui.noneToCheck"));
        model.toCheck().addListener((ListChangeListener<FiveSFinding>) change -> {
            check.getChildren().setAll(model.toCheck().stream().map(this::checkBox).toList());
            // the hint shows while it has text (FormControls.hint binds its visibility)
            noneToCheck.setText(model.toCheck().isEmpty() ? messages.get("fiveS.ui.noneToCheck") : "");
        });
        tail.addWide(checkHeading);
        tail.addWide(noneToCheck);
        tail.addWide(check);

        Button save = FormControls.button("fiveSSave", messages.get("fiveS.ui.save"), Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.checklistProperty().isNull());
        tail.addWide(save);
        return new VBox(8, head, areaError, items, tail);
    }

    private Node checkBox(FiveSFinding action) {
        CheckBox box = new CheckBox(model.checkText(action));
        box.setId("fiveSVerify-" + action.id());
        box.setWrapText(true);
        box.setSelected(model.verified().contains(action.id()));
        box.setDisable(action.state() != com.fours.workbench.inspection.ActionState.DONE);
        box.selectedProperty().addListener((obs, old, now) -> model.toggleVerified(action, now));
        return box;
    }

    /** The checklist's items, each a score field under its heading with its text and scale beneath. */
    private void showItems(FiveSChecklist checklist) {
        FormGrid grid = new FormGrid();
        if (checklist != null) {
            grid.addWide(FormControls.heading(messages.get("fiveS.ui.scores")));
            for (FiveSItem item : checklist.items()) {
                TextField score = FormControls.text("fiveSScore-" + item.position(), model.score(item),
                        messages.get("fiveS.ui.scorePrompt", item.scaleMax()));
                score.setPrefColumnCount(4);
                Label text = new Label(model.itemText(item));
                text.setWrapText(true);
                text.setMinWidth(0);
                text.getStyleClass().add(Styles.TEXT_MUTED);
                grid.addField(messages.of(item.pillar()), score, model.errors().of(InspectionInput.score(item.id())),
                        text);
            }
        }
        items.getChildren().setAll(grid);
    }

    /** The scores over time, drawn again when they change. */
    private void showChart(ChartCard.Spec spec) {
        if (spec == null) {
            return;
        }
        ChartCard card = ChartCard.of(spec, (s, c) -> model.scoreTip(spec, s, c),
                new ChartCard.Export("fiveSScoreExport", model::exportFileName, model::export), messages,
                context.window());
        card.chart().setMinSize(340, 260);
        card.chart().setPrefSize(540, 280);
        chart.getChildren().setAll(card.box());
    }

    /**
     * The area's checklist as the manager edits it: a line per item (heading, text, scale, weight,
     * remove), each field with its refusal beneath; saved as the next version once the one shown was used.
     */
    private Node checklistEditor() {
        Label heading = FormControls.heading("");
        heading.textProperty().bind(editing.headingProperty());
        Label hint = FormControls.hint("fiveSEditHint");
        hint.setText(messages.get("fiveS.edit.hint"));
        GridPane lines = new GridPane();
        lines.setId("fiveSEditItems");
        lines.setHgap(8);
        lines.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(200);
        lines.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), grow,
                new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        editing.rows().addListener((ListChangeListener<FiveSChecklistViewModel.Row>) change -> showLines(lines));
        showLines(lines);
        Label countError = FormControls.formError("fiveSEditCountError");
        countError.textProperty().bind(editing.errors().of(FiveSChecklists.ITEMS));
        Button add = FormControls.button("fiveSEditAdd", messages.get("fiveS.edit.add"), Material2OutlinedAL.ADD);
        add.setOnAction(e -> editing.addRow());
        Button save = FormControls.button("fiveSEditSave", messages.get("fiveS.edit.save"), Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> editing.save());
        save.disableProperty().bind(editing.busyProperty());
        HBox buttons = new HBox(8, add, save);
        Label message = FormControls.message("fiveSEditMessage", editing.messageProperty());
        VBox editor = new VBox(6, heading, hint, lines, countError, buttons, message);
        editor.setId("fiveSEditor");
        editor.getStyleClass().add(StyleClasses.FIGURE_CARD);
        return editor;
    }

    private void showLines(GridPane lines) {
        lines.getChildren().clear();
        lines.addRow(0, FormControls.fieldName("#"), FormControls.fieldName(messages.get("fiveS.edit.pillar")),
                FormControls.fieldName(messages.get("fiveS.edit.text")),
                FormControls.fieldName(messages.get("fiveS.edit.scale")),
                FormControls.fieldName(messages.get("fiveS.edit.weight")));
        List<FiveSChecklistViewModel.Row> rows = editing.rows();
        for (int i = 0; i < rows.size(); i++) {
            FiveSChecklistViewModel.Row row = rows.get(i);
            int n = i + 1;
            Label number = FormControls.fieldName(String.valueOf(n));
            ComboBox<FiveSPillar> pillar = FormControls.choice("fiveSEditPillar-" + n, List.of(FiveSPillar.values()),
                    row.pillarProperty(), editing::pillarText);
            TextField text = FormControls.text("fiveSEditText-" + n, row.textProperty(),
                    messages.get("fiveS.edit.textPrompt"));
            TextField scale = FormControls.text("fiveSEditScale-" + n, row.scaleProperty(), "5");
            scale.setPrefColumnCount(4);
            TextField weight = FormControls.text("fiveSEditWeight-" + n, row.weightProperty(), "10");
            weight.setPrefColumnCount(4);
            Button remove = FormControls.button("fiveSEditRemove-" + n, messages.get("fiveS.edit.remove"),
                    Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE);
            remove.setOnAction(e -> editing.removeRow(row));
            number.setPadding(new Insets(6, 0, 0, 0));
            lines.addRow(n, number, withError(pillar, editing.error(i, FiveSChecklists.PILLAR)),
                    withError(text, editing.error(i, FiveSChecklists.TEXT)),
                    withError(scale, editing.error(i, FiveSChecklists.SCALE)),
                    withError(weight, editing.error(i, FiveSChecklists.WEIGHT)), remove);
            GridPane.setValignment(remove, javafx.geometry.VPos.TOP);
            GridPane.setValignment(number, javafx.geometry.VPos.TOP);
        }
    }

    /** A field of an item's line with its refusal beneath, gone once the field is edited. */
    private static Node withError(javafx.scene.control.Control field, javafx.beans.property.StringProperty error) {
        Label label = FormControls.formError(field.getId() + "Error");
        label.textProperty().bind(error);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        FieldErrors.clearWhenEdited(field, error);
        field.setMaxWidth(Double.MAX_VALUE);
        VBox cell = new VBox(2, field, label);
        GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
        return cell;
    }

    private VBox overview() {
        Label figures = new Label();
        figures.setId("fiveSFigures");
        figures.setWrapText(true);
        figures.getStyleClass().add(Styles.TITLE_4);
        figures.textProperty().bind(model.figuresProperty());

        TableView<FiveSInspection> inspections = new TableView<>(model.inspections());
        inspections.setId("fiveSInspections");
        inspections.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        inspections.setPrefHeight(200);
        inspections.setPlaceholder(new Label(messages.get("fiveS.ui.noInspections")));
        inspections.getColumns().addAll(List.of(
                Columns.date(messages.get("fiveS.ui.col.day"), FiveSInspection::inspectionDay, formats),
                Columns.status(messages.get("fiveS.ui.col.area"), FiveSInspection::area, messages),
                Columns.number(messages.get("fiveS.ui.col.total"), i -> i.total().toPlainString() + "%"),
                Columns.text(messages.get("fiveS.ui.col.inspector"), FiveSInspection::inspector),
                Columns.number(messages.get("fiveS.ui.col.version"), i -> "v" + i.versionNo())));
        inspections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosenInspectionProperty().set(now);
            }
        });
        Label chosen = new Label();
        chosen.setId("fiveSChosen");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            FiveSInspection i = model.chosenInspectionProperty().get();
            return i == null ? "" : messages.get("fiveS.ui.chosen", model.areaText(i.area()),
                    formats.date(i.inspectionDay()), i.total().toPlainString());
        }, model.chosenInspectionProperty()));
        Button print = FormControls.button("fiveSPrint", messages.get("fiveS.ui.print"), Material2OutlinedMZ.PRINT);
        print.disableProperty().bind(model.chosenInspectionProperty().isNull());
        print.setOnAction(e -> model.print(report -> new ReportPreviewWindow(context.window(), context.reportEngine(),
                report, context.background().executor(), messages).show()));
        HBox printBar = new HBox(8, print, chosen);
        printBar.setAlignment(Pos.CENTER_LEFT);

        TableView<FiveSFinding> actions = new TableView<>(model.actions());
        actions.setId("fiveSActions");
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actions.setPrefHeight(200);
        actions.setPlaceholder(new Label(messages.get("fiveS.ui.noActions")));
        actions.getColumns().addAll(List.of(
                Columns.longText(messages.get("fiveS.ui.col.finding"), FiveSFinding::text, 180),
                Columns.status(messages.get("fiveS.ui.col.area"), FiveSFinding::area, messages),
                Columns.text(messages.get("fiveS.ui.col.owner"), a -> a.ownerName() == null ? "" : a.ownerName()),
                Columns.date(messages.get("fiveS.ui.col.due"), FiveSFinding::dueDay, formats),
                Columns.text(messages.get("fiveS.ui.col.state"), a -> messages.of(a.state())
                        + (model.overdue(a) ? " · " + messages.get("fiveS.ui.overdue") : "")),
                Columns.longText(messages.get("fiveS.ui.col.done"), a -> a.doneNote() == null ? "" : a.doneNote(),
                        140)));
        actions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.chosenActionProperty().set(now));

        FormGrid done = new FormGrid();
        done.addWide(FormControls.heading(messages.get("fiveS.ui.closeAction")));
        TextField note = FormControls.text("fiveSDoneNote", model.doneNoteProperty(),
                messages.get("fiveS.ui.donePrompt"));
        done.addField(messages.get("fiveS.ui.doneNote"), note, model.actionErrors().of(FiveSInspections.DONE_NOTE));
        Button markDone = FormControls.button("fiveSMarkDone", messages.get("fiveS.ui.markDone"),
                Material2OutlinedAL.CHECK);
        markDone.disableProperty().bind(model.chosenActionProperty().isNull());
        markDone.setOnAction(e -> model.markDone());
        note.setOnAction(e -> model.markDone());
        done.addWide(markDone);

        chart.setId("fiveSScoreChartBox");
        Label noScores = FormControls.hint("fiveSNoScores");
        noScores.textProperty().bind(model.noScoresProperty());
        return new VBox(8, FormControls.heading(messages.get("fiveS.ui.overTime")), figures, chart, noScores,
                inspections, printBar,
                FormControls.heading(messages.get("fiveS.ui.actions")), actions, done);
    }

    /** For the tests: the view model behind the section. */
    FiveSViewModel model() {
        return model;
    }
}
