package com.fours.workbench.customers.ui;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/**
 * A manager confirms a step at the counter with their own user name and password; the advisor
 * stays logged in. A wrong password counts towards the manager's lock-out like a login.
 */
public final class ApprovalViewModel {

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    private final CustomersContext context;
    private final Permission needed;

    public ApprovalViewModel(CustomersContext context, Permission needed) {
        this.context = context;
        this.needed = needed;
    }

    public void approve(Consumer<AuthenticatedUser> onApproved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get();
        char[] secret = password.get().toCharArray();
        context.background().run(() -> context.authentication().approve(name, secret, needed), approver -> {
            busy.set(false);
            password.set("");
            onApproved.accept(approver);
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(context.errors().describe(failure));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
