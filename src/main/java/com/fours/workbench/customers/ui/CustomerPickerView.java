package com.fours.workbench.customers.ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.controls.CustomTextField;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.StyleClasses;

/** A search field and the customers it finds, one line each; Down moves into the list. */
final class CustomerPickerView extends VBox {

    private final CustomTextField field = new CustomTextField();

    CustomerPickerView(CustomerPickerViewModel model, Messages messages, String fieldId, String listId) {
        setSpacing(6);
        field.setId(fieldId);
        field.getStyleClass().add(StyleClasses.PICKER_SEARCH);
        field.setPromptText(messages.get("customers.ui.picker.prompt"));
        field.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        field.textProperty().bindBidirectional(model.search().queryProperty());

        ListView<CustomerPickerViewModel.Choice> list = new ListView<>(model.choices());
        list.setId(listId);
        list.setPrefHeight(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerPickerViewModel.Choice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add(StyleClasses.PICKER_NAME);
                Label phone = new Label(item.phone());
                phone.getStyleClass().add(StyleClasses.PICKER_DETAIL);
                Label vehicles = new Label(item.vehicles());
                vehicles.getStyleClass().add(StyleClasses.PICKER_DETAIL);
                HBox line = new HBox(12, name, phone, vehicles);
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(StyleClasses.FIELD_HINT);
        placeholder.textProperty().bind(model.search().statusProperty());
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        VBox.setVgrow(list, Priority.ALWAYS);

        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                model.search().clear();
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                field.requestFocus();
                e.consume();
            }
        });
        Label more = new Label(messages.get("customers.ui.search.moreHint"));
        more.getStyleClass().add(StyleClasses.FIELD_HINT);
        more.visibleProperty().bind(model.search().moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        getChildren().setAll(field, list, more);
    }

    void focusSearch() {
        Platform.runLater(field::requestFocus);
    }
}
