package com.fours.workbench.repair.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.ApprovalMethod;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.PhotoStrip;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/** The approval dialog: how the customer approved, and which waiting lines they declined. */
final class ApprovalDialog {

    private final ApprovalViewModel model;
    private final Messages messages;

    ApprovalDialog(ApprovalViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("repair.ui.approval.title"));
        dialog.setHeaderText(messages.get("repair.ui.approval.header"));
        dialog.getDialogPane().setId("approvalDialog");
        ButtonType save = new ButtonType(messages.get("repair.ui.approval.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        FormGrid form = new FormGrid();
        ComboBox<ApprovalMethod> method = FormControls.choice("approvalMethod", java.util.List.of(ApprovalMethod.values()),
                model.methodProperty(), messages);
        form.addField(messages.get("repair.ui.approval.method"), method, new javafx.beans.property.SimpleStringProperty(""));
        form.addField(messages.get("repair.ui.approval.customerName"),
                FormControls.text("approvalCustomerName", model.customerNameProperty()),
                model.errors().of(ApprovalInput.CUSTOMER_NAME));
        TextField calledBy = FormControls.text("approvalCalledBy", model.calledByProperty());
        TextField calledAt = FormControls.text("approvalCalledAt", model.calledAtProperty());
        calledAt.setPromptText("yyyy-MM-dd HH:mm");
        TextArea said = new TextArea();
        said.setId("approvalWhatWasSaid");
        said.setPrefRowCount(3);
        said.setWrapText(true);
        said.textProperty().bindBidirectional(model.whatWasSaidProperty());
        var phone = model.methodProperty().isEqualTo(ApprovalMethod.PHONE);
        calledBy.disableProperty().bind(phone.not());
        calledAt.disableProperty().bind(phone.not());
        said.disableProperty().bind(phone.not());
        form.addField(messages.get("repair.ui.approval.calledBy"), calledBy, model.errors().of(ApprovalInput.CALLED_BY));
        form.addField(messages.get("repair.ui.approval.calledAt"), calledAt, model.errors().of(ApprovalInput.CALLED_AT));
        form.addField(messages.get("repair.ui.approval.whatWasSaid"), said, model.errors().of(ApprovalInput.WHAT_WAS_SAID));

        VBox lines = new VBox(4);
        lines.setId("approvalLines");
        for (RepairLine line : model.pendingLines()) {
            CheckBox decline = new CheckBox(model.lineText(line));
            decline.setId("decline-" + line.lineNo());
            decline.selectedProperty().addListener((obs, old, now) -> model.setDeclined(line.id(), now));
            lines.getChildren().add(decline);
            model.evidence(line).ifPresent(finding -> {
                Label evidence = new Label(model.evidenceText(finding));
                evidence.setId("evidence-" + line.lineNo());
                evidence.setWrapText(true);
                evidence.getStyleClass().add(StyleClasses.FINDING_EVIDENCE);
                javafx.scene.layout.HBox thumbs = new javafx.scene.layout.HBox(4);
                thumbs.getStyleClass().add(StyleClasses.FINDING_EVIDENCE);
                finding.photos().forEach(p -> thumbs.getChildren().add(PhotoStrip.thumbnail(p.thumbnail(),
                        p.fileName())));
                lines.getChildren().addAll(evidence, thumbs);
            });
        }
        Label linesHeading = new Label(messages.get("repair.ui.approval.declineHint"));
        linesHeading.setWrapText(true);
        Label message = FormControls.message("approvalMessage", model.messageProperty());
        message.getStyleClass().add(StyleClasses.FIELD_ERROR);
        VBox content = new VBox(10, form, linesHeading, lines, message);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("approvalSave");
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        model.doneProperty().addListener((obs, old, now) -> {
            if (now) {
                dialog.close();
            }
        });
        dialog.show();
    }
}
