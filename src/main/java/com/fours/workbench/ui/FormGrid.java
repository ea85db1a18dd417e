package com.fours.workbench.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form laid out as label, field, and the field's own error message right under it. A field
 * with an error is marked with the theme's danger state.
 */
public final class FormGrid extends GridPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private int row;

    public FormGrid() {
        getStyleClass().add(StyleClasses.FORM_GRID);
        setHgap(12);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut to "..."
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A field whose error, when not empty, shows beneath it. */
    public void addField(String labelText, Control field, ObservableStringValue error) {
        addField(labelText, field, error, null);
    }

    /**
     * A field with its error beneath and, under that, something of its own: a hint about what was
     * typed (a decoded VIN) or an action the error offers (a manager's confirmation).
     */
    public void addField(String labelText, Control field, ObservableStringValue error, Node below) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        Label errorLabel = new Label();
        errorLabel.getStyleClass().add(StyleClasses.FIELD_ERROR);
        errorLabel.setWrapText(true);
        // a long message wraps at the field's width instead of widening the form (which then cut the labels)
        errorLabel.setMinWidth(0);
        errorLabel.prefWidthProperty().bind(field.widthProperty());
        errorLabel.setMinHeight(Region.USE_PREF_SIZE);
        if (field.getId() != null) {
            errorLabel.setId(field.getId() + "Error");
        }
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(Bindings.isNotEmpty(error));
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(
                DANGER, now != null && !now.isEmpty()));
        FieldErrors.clearWhenEdited(field, error);
        field.setMaxWidth(Double.MAX_VALUE);
        VBox cell = new VBox(2, field, errorLabel);
        if (below != null) {
            cell.getChildren().add(below);
        }
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        addRow(row++, label, cell);
    }

    /** A line across both columns: a heading, a hint, a row of buttons. */
    public void addWide(Node node) {
        GridPane.setHalignment(node, HPos.LEFT);
        add(node, 0, row++, 2, 1);
    }
}
