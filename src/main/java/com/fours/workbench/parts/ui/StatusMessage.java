package com.fours.workbench.parts.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The line under a warehouse pane saying what the last command did, and whether it was a refusal
 * (shown loud). The view models of the catalog, purchasing and issue panes share it.
 */
final class StatusMessage {

    private final StringProperty message;
    private final BooleanProperty refused;

    StatusMessage(Object bean) {
        message = new SimpleStringProperty(bean, "message", "");
        refused = new SimpleBooleanProperty(bean, "refused");
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty refusedProperty() {
        return refused;
    }

    /** Says what was done. */
    void done(String text) {
        refused.set(false);
        message.set(text);
    }

    /** Says why the command was refused. */
    void refuse(String text) {
        refused.set(true);
        message.set(text);
    }
}
