package com.fours.workbench.repair.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import com.fours.workbench.core.i18n.Messages;

/** The controls of the repair-order screens, bound to their view models' properties. */
public final class RepairControls {

    private RepairControls() {
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static <E extends Enum<E>> ComboBox<E> choice(String id, List<E> values, ObjectProperty<E> value,
                                                         Messages messages) {
        return choice(id, values, value, constant -> messages.of(constant));
    }

    public static <T> ComboBox<T> choice(String id, List<T> values, ObjectProperty<T> value, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    public static Button button(String id, String text, Ikon icon) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(false);
        return button;
    }



    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    public static Label message(String id, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
