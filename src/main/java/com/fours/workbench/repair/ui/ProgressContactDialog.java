package com.fours.workbench.repair.ui;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.ProgressChannel;
import com.fours.workbench.repair.ProgressContact;
import com.fours.workbench.repair.ProgressContactInput;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/** A progress call or message, with a new promised time when the car will be late; the earlier contacts below. */
final class ProgressContactDialog {

    private final ProgressContactViewModel model;
    private final Messages messages;

    ProgressContactDialog(ProgressContactViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        dialog.getDialogPane().setId("progressDialog");
        ButtonType save = new ButtonType(messages.get("repair.ui.progress.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        FormGrid form = new FormGrid();
        ComboBox<ProgressChannel> channel = FormControls.choice("progressChannel", List.of(ProgressChannel.values()),
                model.channelProperty(), messages);
        form.addField(messages.get("repair.ui.progress.channel"), channel, model.errors().of(ProgressContactInput.CHANNEL));
        CheckBox reached = new CheckBox(messages.get("repair.ui.progress.reached"));
        reached.setId("progressReached");
        reached.selectedProperty().bindBidirectional(model.reachedProperty());
        form.addField("", reached, new SimpleStringProperty(""));
        form.addField(messages.get("repair.ui.progress.whatWasSaid"),
                FormControls.area("progressWhatWasSaid", model.whatWasSaidProperty(), null),
                model.errors().of(ProgressContactInput.WHAT_WAS_SAID));
        TextField promised = FormControls.text("progressNewPromisedAt", model.newPromisedAtProperty(),
                model.promisedPrompt());
        form.addField(messages.get("repair.ui.progress.newPromisedAt"), promised,
                model.errors().of(ProgressContactInput.NEW_PROMISED_AT));
        form.addField(messages.get("repair.ui.progress.reason"),
                FormControls.text("progressReason", model.reasonProperty(), messages.get("repair.ui.progress.reasonPrompt")),
                model.errors().of(ProgressContactInput.REASON));

        ListView<ProgressContact> earlier = new ListView<>(model.contacts());
        earlier.setId("progressEarlier");
        earlier.setPrefHeight(130);
        earlier.setPlaceholder(new Label(messages.get("repair.ui.progress.none")));
        earlier.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProgressContact contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? null : model.text(contact));
                setWrapText(true);
            }
        });
        Label message = FormControls.message("progressMessage", model.messageProperty());
        message.getStyleClass().add(StyleClasses.FIELD_ERROR);
        message.setWrapText(true);
        VBox content = new VBox(10, form, message, FormControls.heading(messages.get("repair.ui.progress.earlier")),
                earlier);
        content.setPrefWidth(580);
        dialog.getDialogPane().setContent(content);

        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("progressSave");
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
