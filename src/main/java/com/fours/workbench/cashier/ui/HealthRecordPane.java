package com.fours.workbench.cashier.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.cashier.HealthRecordExport;
import com.fours.workbench.cashier.HealthRecordPending;
import com.fours.workbench.cashier.HealthRecordVoided;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;

/**
 * The health-record pane (电子健康档案) of the Cashier tab: the settled visits the next export will
 * take, the folder the files go to, the export button, the exports so far with their files, and
 * the bills voided after their visit was exported (to correct by hand in the provincial system).
 */
public final class HealthRecordPane implements Section {

    private final CashUpContext context;
    private final Messages messages;
    private final Formats formats;
    private final HealthRecordViewModel model;

    public HealthRecordPane(CashUpContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        this.model = new HealthRecordViewModel(context);
    }

    @Override
    public String id() {
        return "cashierTab-healthRecords";
    }

    @Override
    public String title() {
        return messages.get("healthRecord.ui.tab");
    }

    @Override
    public Node build() {
        Label folderLabel = new Label(messages.get("healthRecord.ui.folder"));
        TextField folder = FormControls.text("healthRecordFolder", model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        folderLabel.setLabelFor(folder);
        Button choose = FormControls.button("healthRecordChoose", messages.get("healthRecord.ui.choose"),
                Material2OutlinedAL.FOLDER_OPEN);
        choose.setOnAction(e -> chooseFolder());
        Button export = FormControls.button("healthRecordExport", messages.get("healthRecord.ui.export"),
                Material2OutlinedAL.FILE_UPLOAD);
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.pending())));
        export.setOnAction(e -> model.export());
        Button refresh = FormControls.button("healthRecordRefresh", messages.get("cashUp.ui.refresh"),
                Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.reload());
        HBox folderRow = new HBox(8, folderLabel, folder, choose, export, refresh);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("healthRecordSummary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(model.pendingSummaryProperty());
        Label message = new Label();
        message.setId("healthRecordMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        CashUpPane.marked(message, model.refusedProperty(), Styles.DANGER, Styles.SUCCESS);

        TableView<HealthRecordPending> pending = new TableView<>(model.pending());
        pending.setId("healthRecordPending");
        pending.setPlaceholder(new Label(messages.get("healthRecord.ui.nothingPending")));
        pending.getColumns().setAll(List.of(
                Columns.text(messages.get("healthRecord.ui.column.order"), HealthRecordPending::orderNumber),
                Columns.text(messages.get("healthRecord.column.plateNumber"), HealthRecordPending::plate),
                Columns.text(messages.get("healthRecord.column.settlementListNumber"), HealthRecordPending::settlementListNumber),
                Columns.date(messages.get("healthRecord.column.settlementDate"), HealthRecordPending::settlementDay, formats)));
        pending.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(pending, Priority.ALWAYS);
        pending.setMinHeight(170);

        TableView<HealthRecordExport> exports = new TableView<>(model.exports());
        exports.setId("healthRecordExports");
        exports.setPlaceholder(new Label(messages.get("healthRecord.ui.noExports")));
        exports.getColumns().setAll(List.of(
                Columns.text(messages.get("healthRecord.ui.column.exportedAt"), model::time),
                Columns.text(messages.get("healthRecord.ui.column.exportedBy"), HealthRecordExport::exportedBy),
                Columns.number(messages.get("healthRecord.ui.column.records"), x -> formats.count(x.recordCount())),
                Columns.longText(messages.get("healthRecord.ui.column.files"), x -> String.join("  ", x.files())),
                Columns.longText(messages.get("healthRecord.ui.folder"), HealthRecordExport::folder)));
        exports.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exports.setMinHeight(110);
        exports.setPrefHeight(130);
        exports.getColumns().get(3).setPrefWidth(380);

        TableView<HealthRecordVoided> voided = new TableView<>(model.voided());
        voided.setId("healthRecordVoided");
        voided.setPlaceholder(new Label(messages.get("healthRecord.ui.noVoided")));
        voided.getColumns().setAll(List.of(
                Columns.text(messages.get("healthRecord.ui.column.order"), HealthRecordVoided::orderNumber),
                Columns.text(messages.get("cashUp.column.bill"), HealthRecordVoided::billNumber),
                Columns.text(messages.get("cashUp.column.reversal"), HealthRecordVoided::reversalNumber),
                Columns.date(messages.get("healthRecord.ui.column.voidedOn"), HealthRecordVoided::voidedOn, formats),
                Columns.text(messages.get("healthRecord.ui.column.file"), HealthRecordVoided::fileName)));
        voided.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        voided.setMinHeight(100);
        voided.setPrefHeight(110);

        Label voidedHint = new Label(messages.get("healthRecord.ui.voidedHint"));
        voidedHint.setWrapText(true);
        voidedHint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(8, folderRow, message, summary, pending,
                CashUpPane.heading(messages.get("healthRecord.ui.exports")), exports,
                CashUpPane.heading(messages.get("healthRecord.ui.voided")), voidedHint, voided);
        content.setPadding(new Insets(10));
        BorderPane root = new BorderPane(content);
        root.setId("healthRecordPane");
        model.reload();
        return root;
    }

    @Override
    public void activate() {
        model.reload();
    }

    private void chooseFolder() {
        FormControls.chooseFolder(context.window(), messages.get("healthRecord.ui.folder"), model.folderProperty());
    }

}
