package com.fours.workbench.repair.ui;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.Finding;
import com.fours.workbench.repair.FindingInput;
import com.fours.workbench.repair.FindingOutcome;
import com.fours.workbench.repair.FindingPhoto;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.PhotoStrip;

/**
 * The technician's findings (检查/诊断) of one order: what was recorded (with photo thumbnails), and
 * the form of a new finding. The dialog stays open after each finding; Close leaves it.
 */
final class FindingsDialog {

    private final FindingsViewModel model;
    private final Messages messages;
    private final Window owner;

    FindingsDialog(FindingsViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    void show() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.getDialogPane().setId("findingsDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("findingsClose");
        dialog.setResizable(true);

        ListView<Finding> found = new ListView<>(model.findings());
        found.setId("findingsList");
        found.setPlaceholder(new Label(messages.get("repair.ui.findings.none")));
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                if (empty || finding == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(model.text(finding));
                text.setWrapText(true);
                text.setMaxWidth(330);
                HBox thumbs = new HBox(4);
                for (FindingPhoto photo : finding.photos()) {
                    thumbs.getChildren().add(PhotoStrip.thumbnail(photo.thumbnail(), photo.fileName()));
                }
                setText(null);
                setGraphic(new VBox(4, text, thumbs));
            }
        });
        found.setPrefWidth(370);
        VBox left = new VBox(6, FormControls.heading(messages.get("repair.ui.findings.recorded")), found);
        VBox.setVgrow(found, Priority.ALWAYS);

        VBox content = new VBox(10);
        HBox both = new HBox(12, left, form());
        HBox.setHgrow(left, Priority.ALWAYS);
        content.getChildren().add(both);
        content.setPrefSize(900, 560);
        dialog.getDialogPane().setContent(content);
        dialog.show();
    }

    private Node form() {
        FormGrid form = new FormGrid();
        ComboBox<FindingOutcome> outcome = FormControls.choice("findingOutcome", List.of(FindingOutcome.values()),
                model.outcomeProperty(), messages);
        form.addField(messages.get("repair.ui.findings.outcome"), outcome, model.errors().of(FindingInput.OUTCOME));
        ComboBox<String> item = new ComboBox<>(model.items());
        item.setId("findingItem");
        item.valueProperty().bindBidirectional(model.itemProperty());
        item.setMaxWidth(Double.MAX_VALUE);
        item.disableProperty().bind(model.outcomeProperty().isEqualTo(FindingOutcome.OTHER_FAULT));
        form.addField(messages.get("repair.ui.findings.item"), item, model.errors().of(FindingInput.ITEM));
        form.addField(messages.get("repair.ui.findings.description"),
                FormControls.area("findingDescription", model.descriptionProperty(),
                        messages.get("repair.ui.findings.descriptionPrompt"), model::save),
                model.errors().of(FindingInput.DESCRIPTION));
        form.addField(messages.get("repair.ui.findings.faultCodes"),
                FormControls.text("findingFaultCodes", model.faultCodesProperty(),
                        messages.get("repair.ui.findings.faultCodesPrompt")),
                model.errors().of(FindingInput.FAULT_CODES));
        form.addField(messages.get("repair.ui.findings.measurementsField"),
                FormControls.text("findingMeasurements", model.measurementsProperty(),
                        messages.get("repair.ui.findings.measurementsPrompt")),
                model.errors().of(FindingInput.MEASUREMENTS));

        PhotoStrip<PhotoFile> photos = new PhotoStrip<>("finding", messages.get("repair.ui.findings.addPhotos"),
                messages, owner, model.photos(), PhotoFile::thumbnail, PhotoFile::fileName, model::attachPhotos,
                model::removePhoto);
        form.addField(messages.get("repair.ui.findings.photos"), photos.addButton(),
                model.errors().of(FindingInput.PHOTOS), photos.thumbnails());

        CheckBox extra = new CheckBox(messages.get("repair.ui.findings.extraWork"));
        extra.setId("findingExtraWork");
        extra.setWrapText(true);
        extra.selectedProperty().bindBidirectional(model.extraWorkProperty());
        extra.disableProperty().bind(model.outcomeProperty().isEqualTo(FindingOutcome.NOT_REPRODUCED));
        form.addField("", extra, new SimpleStringProperty(""));
        ComboBox<LabourOperation> operation = new ComboBox<>(model.operations());
        operation.setId("findingOperation");
        boolean chinese = "zh".equals(messages.locale().getLanguage());
        operation.setConverter(FormControls.converter(o -> o.code() + " " + o.name(chinese)));
        operation.valueProperty().bindBidirectional(model.operationProperty());
        operation.setMaxWidth(Double.MAX_VALUE);
        operation.disableProperty().bind(model.extraWorkProperty().not());
        form.addField(messages.get("repair.ui.findings.operation"), operation, model.errors().of(LineInput.ITEM));
        TextField hours = FormControls.text("findingHours", model.hoursProperty());
        hours.disableProperty().bind(model.extraWorkProperty().not());
        form.addField(messages.get("repair.ui.findings.hours"), hours, model.errors().of(LineInput.QUANTITY));

        Label message = FormControls.message("findingMessage", model.messageProperty());
        message.setWrapText(true);
        Button save = FormControls.button("findingSave", messages.get("repair.ui.findings.save"),
                Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        HBox bar = new HBox(8, save, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox right = new VBox(8, FormControls.heading(messages.get("repair.ui.findings.new")), scroll, bar);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        right.setPrefWidth(500);
        right.setPadding(new Insets(0, 0, 0, 4));
        return right;
    }
}
