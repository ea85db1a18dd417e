package com.fours.workbench.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.WritableStringValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;

/**
 * The error text of each field of a form, filled from a refusal that names its fields, and gone as
 * soon as the field is edited: it described what was typed before, so it must not outlive it. Every
 * form gets this through {@link FormGrid#addField}; a field laid out otherwise calls
 * {@link #clearWhenEdited} itself.
 */
public final class FieldErrors {

    private final Map<String, StringProperty> byField = new LinkedHashMap<>();

    public StringProperty of(String field) {
        return byField.computeIfAbsent(field, f -> new SimpleStringProperty(this, f, ""));
    }

    public void clear() {
        byField.values().forEach(p -> p.set(""));
    }

    /** Shows each refused field's reason; false if the refusal names a field this form lacks. */
    public boolean show(InvalidFieldsException refusal, Messages messages) {
        clear();
        boolean allShown = true;
        for (var entry : refusal.byField().entrySet()) {
            StringProperty property = byField.get(entry.getKey());
            if (property == null) {
                allShown = false;
            } else {
                property.set(messages.of(entry.getValue()));
            }
        }
        return allShown;
    }

    /**
     * Empties {@code error} when the user changes {@code field}. The next attempt (or a recompute)
     * says again what is still wrong; until then the screen shows nothing that is no longer true.
     */
    public static void clearWhenEdited(Control field, ObservableStringValue error) {
        if (!(error instanceof WritableStringValue writable)) {
            return;
        }
        Observable value = valueOf(field);
        if (value != null) {
            value.addListener(change -> {
                if (writable.get() != null && !writable.get().isEmpty()) {
                    writable.set("");
                }
            });
        }
    }

    private static Observable valueOf(Control field) {
        if (field instanceof TextInputControl text) {
            return text.textProperty();
        }
        if (field instanceof ComboBoxBase<?> choice) {
            return choice.valueProperty();
        }
        if (field instanceof CheckBox box) {
            return box.selectedProperty();
        }
        return null;
    }

    public boolean hasAny() {
        return byField.values().stream().anyMatch(p -> !p.get().isEmpty());
    }
}
