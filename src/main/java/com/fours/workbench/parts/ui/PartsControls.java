package com.fours.workbench.parts.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import com.fours.workbench.core.i18n.Messages;

/** The controls of the warehouse screens, bound to their view models' properties. */
final class PartsControls {

    private PartsControls() {
    }

    static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static <E extends Enum<E>> ComboBox<E> choice(String id, List<E> values, ObjectProperty<E> value, Messages messages) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E constant) {
                return constant == null ? "" : messages.of(constant);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static Button button(String id, String text, Ikon icon) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(false);
        return button;
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static <T> TableColumn<T, String> numberColumn(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = column(title, value, width);
        column.getStyleClass().add("number-column");
        return column;
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
