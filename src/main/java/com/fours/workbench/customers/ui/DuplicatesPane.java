package com.fours.workbench.customers.ui;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.PossibleDuplicate;
import com.fours.workbench.ui.StyleClasses;

/**
 * Inside a form: the records the new one looks like, with "Open existing" and "Save anyway".
 * Shown only while there are such records; nothing typed in the form is touched.
 */
final class DuplicatesPane extends VBox {

    private static final double ROW = 30;

    DuplicatesPane(Messages messages, ObservableList<PossibleDuplicate> duplicates,
                   Consumer<PossibleDuplicate> openExisting,
                   Runnable saveAnyway) {
        setId("duplicatesPane");
        getStyleClass().add(StyleClasses.DUPLICATES_PANE);
        setSpacing(8);
        Label heading = new Label();
        heading.setGraphic(new FontIcon(Material2OutlinedMZ.WARNING));
        heading.setWrapText(true);
        heading.getStyleClass().add(StyleClasses.DUPLICATES_HEADING);
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("archive.duplicatesFound", duplicates.size()), duplicates));

        ListView<PossibleDuplicate> list = new ListView<>(duplicates);
        list.setId("duplicatesList");
        list.setFixedCellSize(ROW);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PossibleDuplicate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("customers.ui.duplicates.line", item.label(),
                        messages.of(item.reason())));
            }
        });
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(4, Math.max(1, duplicates.size())) * ROW + 4, duplicates));
        duplicates.addListener((ListChangeListener<PossibleDuplicate>) change -> {
            if (!duplicates.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });

        Button open = new Button(messages.get("customers.ui.duplicates.open"));
        open.setId("openExisting");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openExisting.accept(list.getSelectionModel().getSelectedItem()));
        Button anyway = new Button(messages.get("customers.ui.duplicates.saveAnyway"));
        anyway.setId("saveAnyway");
        anyway.setOnAction(e -> saveAnyway.run());
        HBox buttons = new HBox(8, open, anyway);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().setAll(heading, list, buttons);
        visibleProperty().bind(Bindings.isNotEmpty(duplicates));
        managedProperty().bind(visibleProperty());
    }
}
