package com.fours.workbench.parts.ui;


import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.kordamp.ikonli.Ikon;

import com.fours.workbench.ui.FormControls;

/**
 * The controls only the warehouse screens use (tables, headings, messages); text fields and
 * choices come from the shared {@link FormControls}.
 */
final class PartsControls {

    private PartsControls() {
    }

    static Button button(String id, String text, Ikon icon) {
        Button button = FormControls.button(id, text, icon);
        button.setMnemonicParsing(false);
        return button;
    }



    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("title-4", "parts-heading");
        return label;
    }

    static Label message(String id, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
