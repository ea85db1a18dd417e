package com.fours.workbench.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;

/** The error text of each field of a form, filled from a refusal that names its fields. */
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

    public boolean hasAny() {
        return byField.values().stream().anyMatch(p -> !p.get().isEmpty());
    }
}
