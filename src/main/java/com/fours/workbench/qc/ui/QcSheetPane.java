package com.fours.workbench.qc.ui;

import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.ItemResult;
import com.fours.workbench.qc.QcOrderRow;
import com.fours.workbench.qc.RoadTests;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ConfirmStep;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** The orders in QC on the left; the chosen order's checklist, signatures and commands on the right. */
final class QcSheetPane implements Section {

    /** Chooses this order in the list (and reads its sheet) once the list is read again. */
    void open(long orderId) {
        model.open(orderId);
    }

    private final QcContext context;
    private final Messages messages;
    private final QcSheetViewModel model;
    private final GridPane checklist = new GridPane();

    QcSheetPane(QcContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new QcSheetViewModel(context);
    }

    QcSheetViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "qcTab-sheet";
    }

    @Override
    public String title() {
        return messages.get("qc.ui.tab.sheet");
    }

    @Override
    public Node build() {
        TableView<QcOrderRow> table = new TableView<>(model.orders());
        table.setId("qcOrders");
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.order"), QcOrderRow::orderNumber));
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.plate"), r -> r.plate() == null ? "" : r.plate()));
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.waiting"), model::level));
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.round"), model::round));
        table.getColumns().add(Columns.text(messages.get("qc.ui.list.certificate"), model::certificate));
        table.setPlaceholder(new Label(messages.get("qc.ui.list.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        Button refresh = FormControls.button("qcRefresh", messages.get("qc.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        VBox left = new VBox(8, refresh, table);
        left.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label();
        title.setId("qcTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.titleProperty());
        Label details = label("qcDetails", model.detailsProperty());
        Label waiting = label("qcWaiting", model.waitingProperty());
        waiting.getStyleClass().add(Styles.TEXT_BOLD);
        // told before the first answer: this user cannot sign the level waiting, and who can
        Label whoSigns = label("qcWhoSigns", model.whoSignsProperty());
        whoSigns.getStyleClass().add(Styles.WARNING);
        whoSigns.visibleProperty().bind(model.whoSignsProperty().isNotEmpty());
        whoSigns.managedProperty().bind(whoSigns.visibleProperty());

        checklist.setId("qcChecklist");
        checklist.setHgap(8);
        checklist.setVgap(6);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setMinWidth(180);
        checklist.getColumnConstraints().setAll(text, new ColumnConstraints(), new ColumnConstraints());
        model.rows().addListener((ListChangeListener<CheckRow>) change -> fillChecklist());
        Button allPass = FormControls.button("qcAllPass", messages.get("qc.ui.sheet.allPass"), Material2OutlinedAL.DONE_ALL);
        allPass.setOnAction(e -> model.allPass());
        allPass.disableProperty().bind(model.canSignProperty().not());

        FormGrid form = new FormGrid();
        TextField reason = FormControls.text("qcReason", model.reasonProperty(), messages.get("qc.ui.sheet.reasonPrompt"));
        reason.disableProperty().bind(model.canSignProperty().not());
        form.addField(messages.get("qc.ui.sheet.reason"), reason, model.errorOf(QcSheetViewModel.REASON));
        TextField mileage = FormControls.text("qcExitMileage", model.exitMileageProperty(),
                messages.get("qc.ui.sheet.exitMileagePrompt"));
        mileage.disableProperty().bind(model.finalLevelProperty().not().or(model.canSignProperty().not()));
        form.addField(messages.get("qc.ui.sheet.exitMileage"), mileage, model.errorOf(QcSheetViewModel.EXIT_MILEAGE));

        Button pass = FormControls.button("qcPass", messages.get("qc.ui.sheet.pass"), Material2OutlinedAL.CHECK_CIRCLE);
        pass.getStyleClass().add(Styles.SUCCESS);
        pass.disableProperty().bind(model.canSignProperty().not());
        pass.setOnAction(e -> model.pass());
        Button fail = FormControls.button("qcFail", messages.get("qc.ui.sheet.fail"), Material2OutlinedAL.CANCEL);
        fail.getStyleClass().add(Styles.DANGER);
        fail.disableProperty().bind(model.canSignProperty().not());
        fail.setOnAction(e -> {
            if (model.startFail()) {
                // the car goes back to rework and the round starts again: asked first, with the reason kept
                new ConfirmStep("qcFail", messages.get("qc.ui.fail.title"), model.failQuestion(),
                        messages.get("qc.ui.fail.confirm"), messages.get("qc.ui.fail.keep"))
                        .reason("qcFailReason", messages.get("qc.ui.fail.reason"),
                                messages.get("qc.ui.sheet.reasonPrompt"), model.reasonProperty(),
                                model.errorOf(QcSheetViewModel.REASON))
                        .until(model.failSentProperty(), model.messageProperty())
                        .show(context.window(), model::fail);
            }
        });
        HBox sign = new HBox(8, allPass, pass, fail);
        sign.setAlignment(Pos.CENTER_LEFT);

        Button report = FormControls.button("qcPrintReport", messages.get("qc.ui.sheet.printReport"),
                Material2OutlinedMZ.PRINT);
        report.disableProperty().bind(model.sheetProperty().isNull());
        report.setOnAction(e -> model.printReport(this::preview));
        Button issue = FormControls.button("qcIssueCertificate", messages.get("qc.ui.sheet.issueCertificate"),
                Material2OutlinedAL.ASSIGNMENT_TURNED_IN);
        issue.disableProperty().bind(model.canIssueProperty().not());
        issue.setOnAction(e -> model.issueCertificate());
        Button certificate = FormControls.button("qcPrintCertificate", messages.get("qc.ui.sheet.printCertificate"),
                Material2OutlinedMZ.PRINT);
        certificate.disableProperty().bind(model.canPrintCertificateProperty().not());
        certificate.setOnAction(e -> model.printCertificate(this::preview));
        HBox prints = new HBox(8, report, issue, certificate);
        prints.setAlignment(Pos.CENTER_LEFT);

        Label message = FormControls.formError("qcMessage");
        message.textProperty().bind(model.messageProperty());
        // a message wraps to as many lines as it needs, never cut at the bottom
        message.setMinHeight(Region.USE_PREF_SIZE);
        model.confirmedProperty().addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(StyleClasses.FIELD_ERROR, Styles.SUCCESS);
            message.getStyleClass().add(now ? Styles.SUCCESS : StyleClasses.FIELD_ERROR);
        });
        Label next = label("qcNext", model.nextProperty());
        Hyperlink openReport = new Hyperlink(messages.get("qc.ui.done.report"));
        openReport.setId("qcOutcomeReport");
        openReport.setOnAction(e -> model.printReport(this::preview));
        VBox outcome = new VBox(4, message, next, openReport);
        outcome.setId("qcOutcome");
        next.visibleProperty().bind(model.nextProperty().isNotEmpty());
        next.managedProperty().bind(next.visibleProperty());
        openReport.visibleProperty().bind(model.nextProperty().isNotEmpty());
        openReport.managedProperty().bind(openReport.visibleProperty());
        Label signatures = label("qcSignatures", model.signaturesProperty());
        Label release = label("qcRelease", model.releaseProperty());
        release.getStyleClass().add(Styles.TEXT_BOLD);
        release.visibleProperty().bind(model.releaseProperty().isNotEmpty());
        release.managedProperty().bind(release.visibleProperty());

        Label signaturesTitle = new Label(messages.get("qc.ui.sheet.signatures"));
        signaturesTitle.getStyleClass().add(Styles.TEXT_MUTED);
        signaturesTitle.visibleProperty().bind(model.signaturesProperty().isNotEmpty());
        signaturesTitle.managedProperty().bind(signaturesTitle.visibleProperty());
        signatures.managedProperty().bind(signatures.visibleProperty());
        signatures.visibleProperty().bind(model.signaturesProperty().isNotEmpty());
        VBox right = new VBox(10, title, details, release, signaturesTitle, signatures, waiting, whoSigns, checklist,
                roadTest(), form, sign, outcome, prints);
        right.setPadding(new Insets(10, 16, 10, 16));
        right.visibleProperty().bind(model.sheetProperty().isNotNull());
        ScrollPane scroller = new ScrollPane(right);
        scroller.setFitToWidth(true);
        // the message and, below it, the buttons of the next step (issue the certificate, print)
        model.messageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                reveal(scroller, prints);
            }
        });

        SplitPane split = new SplitPane(left, scroller);
        split.setDividerPositions(0.4);
        model.refresh();
        return split;
    }

    /**
     * The road test (路试): whether the work needs one and the one that counts, and while the order
     * is in QC the form that records one before the final check.
     */
    private Node roadTest() {
        Label heading = FormControls.heading(messages.get("qc.ui.roadTest.title"));
        Label status = label("qcRoadTestStatus", model.roadTestProperty());
        model.roadTestMissingProperty().addListener((obs, was, now) -> {
            status.getStyleClass().removeAll(Styles.WARNING, Styles.SUCCESS);
            status.getStyleClass().add(now ? Styles.WARNING : Styles.SUCCESS);
        });
        FormGrid form = new FormGrid();
        form.setId("qcRoadTestForm");
        form.addField(messages.get("qc.ui.roadTest.by"), FormControls.text("qcRoadTestBy", model.roadTestByProperty()),
                model.errorOf(RoadTests.TESTED_BY));
        form.addField(messages.get("qc.ui.roadTest.start"),
                FormControls.text("qcRoadTestStart", model.roadTestStartProperty()), model.errorOf(RoadTests.START_MILEAGE));
        form.addField(messages.get("qc.ui.roadTest.end"), FormControls.text("qcRoadTestEnd", model.roadTestEndProperty(),
                messages.get("qc.ui.roadTest.endPrompt")), model.errorOf(RoadTests.END_MILEAGE));
        CheckBox passed = new CheckBox(messages.get("qc.ui.roadTest.passed"));
        passed.setId("qcRoadTestPassed");
        passed.selectedProperty().bindBidirectional(model.roadTestPassedProperty());
        form.addWide(passed);
        form.addField(messages.get("qc.ui.roadTest.remarks"), FormControls.text("qcRoadTestRemarks",
                model.roadTestRemarksProperty(), messages.get("qc.ui.roadTest.remarksPrompt")),
                model.errorOf(RoadTests.REMARKS));
        Button record = FormControls.button("qcRoadTestRecord", messages.get("qc.ui.roadTest.record"),
                Material2OutlinedMZ.SPEED);
        record.setOnAction(e -> model.recordRoadTest());
        form.addWide(record);
        form.visibleProperty().bind(model.canRecordRoadTestProperty());
        form.managedProperty().bind(form.visibleProperty());
        VBox box = new VBox(6, heading, status, form);
        box.setId("qcRoadTest");
        box.visibleProperty().bind(model.roadTestShownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Scrolls the sheet so that {@code node} is in view once laid out: a message below the fold is not seen. */
    private static void reveal(ScrollPane scroller, Node node) {
        Platform.runLater(() -> {
            scroller.applyCss();
            scroller.layout();
            Node content = scroller.getContent();
            double extra = content.getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
            if (extra <= 0) {
                return;
            }
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double top = scroller.getVvalue() * extra;
            double height = scroller.getViewportBounds().getHeight();
            if (inContent.getMaxY() > top + height) {
                scroller.setVvalue(Math.min(1, (inContent.getMaxY() - height) / extra));
            } else if (inContent.getMinY() < top) {
                scroller.setVvalue(Math.max(0, inContent.getMinY() / extra));
            }
        });
    }

    private static Label label(String id, javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    private void fillChecklist() {
        checklist.getChildren().clear();
        List<CheckRow> rows = List.copyOf(model.rows());
        for (int i = 0; i < rows.size(); i++) {
            CheckRow row = rows.get(i);
            Label text = new Label(row.item().text(Messages.CHINESE.equals(messages.locale())));
            text.setWrapText(true);
            ComboBox<ItemResult> result = FormControls.choice("qcResult-" + i, List.of(ItemResult.values()),
                    row.resultProperty(), messages);
            result.setPromptText(messages.get("qc.ui.sheet.resultPrompt"));
            TextField note = FormControls.text("qcNote-" + i, row.noteProperty(), messages.get("qc.ui.sheet.notePrompt"));
            // a level this user may not sign is read, not filled
            result.disableProperty().bind(model.canSignProperty().not());
            note.disableProperty().bind(model.canSignProperty().not());
            note.setPrefColumnCount(16);
            checklist.addRow(i, text, result, note);
        }
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(), messages)
                .show();
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
