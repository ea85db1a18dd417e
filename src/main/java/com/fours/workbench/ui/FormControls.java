package com.fours.workbench.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.stage.DirectoryChooser;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.core.i18n.Messages;

/** The controls of the workbench's forms, bound to their view models' properties; every feature uses these. */
public final class FormControls {

    private FormControls() {
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static TextField text(String id, StringProperty value, String prompt) {
        TextField field = text(id, value);
        field.setPromptText(prompt);
        return field;
    }

    /**
     * A date field showing and reading the day as every other date on screen (2026-12-06, also
     * 2026/12/6 or 2026年12月6日 typed), not the locale's short form. Text that is no day puts
     * back the day the field had, rather than clearing it.
     */
    public static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        Formats formats = Formats.of(Locale.ROOT);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return formats.date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return Typed.optionalDate(text);
                } catch (InvalidValueException e) {
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    /** A choice among an enum's constants, each shown in the screen's language. */
    public static <E extends Enum<E>> ComboBox<E> choice(String id, List<E> values, ObjectProperty<E> value, Messages messages) {
        ComboBox<E> box = choice(id, values, messages::of);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /**
     * A choice among {@code values}, each shown as {@code text} gives it (nothing for none). A view
     * model's observable list is shown as it is, not copied: a list read in the background after the
     * box is built (suppliers, staff) fills the box when it comes.
     */
    public static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (values instanceof ObservableList<T> live) {
            box.setItems(live);
        } else {
            box.getItems().setAll(values);
        }
        box.setConverter(converter(text));
        // the chosen value is read whole: a crowded row gives way in its free-text field instead
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A choice among {@code values}, each shown as {@code text} gives it, bound to {@code value}. */
    public static <T> ComboBox<T> choice(String id, List<T> values, ObjectProperty<T> value, Function<T, String> text) {
        ComboBox<T> box = choice(id, values, text);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /**
     * The chosen value shown in its box as {@code shortText} gives it, while the open list shows
     * each value whole: a value longer than a form's column (a handler with its licence, a trade
     * customer with its discount) is read whole when choosing and never cut once chosen.
     */
    public static <T> void chosenAs(ComboBox<T> box, Function<T, String> shortText) {
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : shortText.apply(item));
            }
        });
    }

    /** Shows a value as {@code text} gives it, null as nothing; reads nothing back (the list is picked from). */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /**
     * A text of several lines in which Tab moves on like in any other field (Ctrl+Tab would insert
     * nothing either) and Ctrl+Enter does what Enter does elsewhere in the form.
     */
    public static TextArea area(String id, StringProperty value, Runnable onControlEnter) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // the text area's own behaviour moves the focus on Ctrl+Tab
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            } else if (onControlEnter != null && e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                onControlEnter.run();
            }
        });
        return area;
    }

    /** As {@link #area(String, StringProperty, Runnable)}, with a prompt; a null {@code onControlEnter} leaves Ctrl+Enter alone. */
    public static TextArea area(String id, StringProperty value, String prompt, Runnable onControlEnter) {
        TextArea area = area(id, value, onControlEnter);
        area.setPromptText(prompt);
        return area;
    }

    /**
     * After each save attempt the form may have grown (errors under fields, the duplicates): the
     * dialog's window follows, so its buttons stay on screen.
     */
    public static void fitAfterEachAttempt(Dialog<?> dialog, ObservableBooleanValue busy) {
        busy.addListener((obs, was, now) -> {
            if (!now) {
                fit(dialog);
            }
        });
    }

    /** The dialog's window follows its content when {@code content} changes (a comparison loaded). */
    public static void fitOnChange(Dialog<?> dialog, Observable content) {
        content.addListener(change -> fit(dialog));
    }

    private static void fit(Dialog<?> dialog) {
        Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
    }

    public static Button button(String id, String text, Ikon icon) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        // labels come from the bundles as they are: an underscore is text, never a mnemonic
        button.setMnemonicParsing(false);
        // a button's label is read whole at any window size: a crowded row gives way elsewhere
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** The name of a field set in a row (not in a {@link FormGrid}), never cut short. */
    public static Label fieldName(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The heading of a section or a part of a pane. */
    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** A message line bound to a view model's text, shown only while there is something to say. */
    public static Label message(String id, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A line of text under a field: a hint about what was typed, in muted colour. */
    public static Label hint(String id) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add(StyleClasses.FIELD_HINT);
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.visibleProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        return hint;
    }

    /** The message of a refusal that belongs to no field, at the bottom of a form. */
    public static Label formError(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    /** Lets the user pick a folder for {@code folder}, starting from the one it names if it exists. */
    public static void chooseFolder(Window owner, String title, StringProperty folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File current = new File(folder.get() == null ? "" : folder.get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            folder.set(chosen.getAbsolutePath());
        }
    }
}
