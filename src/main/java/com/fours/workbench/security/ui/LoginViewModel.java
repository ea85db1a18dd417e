package com.fours.workbench.security.ui;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/** The login form's state and its one command. */
public final class LoginViewModel {

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    private final AuthenticationService authentication;
    private final Background background;
    private final ErrorReporter errors;
    private final Consumer<AuthenticatedUser> onLoggedIn;

    public LoginViewModel(AuthenticationService authentication, Background background, ErrorReporter errors,
                          Consumer<AuthenticatedUser> onLoggedIn) {
        this.authentication = authentication;
        this.background = background;
        this.errors = errors;
        this.onLoggedIn = onLoggedIn;
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get();
        char[] secret = password.get().toCharArray();
        background.run(() -> authentication.login(name, secret), user -> {
            busy.set(false);
            password.set("");
            onLoggedIn.accept(user);
        }, failure -> {
            busy.set(false);
            if (failure instanceof BusinessRuleException) {
                password.set("");
            }
            error.set(errors.describe(failure));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
