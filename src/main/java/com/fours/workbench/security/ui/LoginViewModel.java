package com.fours.workbench.security.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/**
 * The login form's state and its one command. The form shows before the database is ready
 * (decision 0084): a log-in asked for earlier says it waits, and runs once the database is there.
 */
public final class LoginViewModel {

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty storeName = new SimpleStringProperty(this, "storeName", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty unavailable = new SimpleBooleanProperty(this, "unavailable");

    private final CompletableFuture<AuthenticationService> authentication;
    private final Background background;
    private final ErrorReporter errors;
    private final Consumer<AuthenticatedUser> onLoggedIn;
    private final String waitingMessage;
    private boolean closed;

    /**
     * @param authentication complete once the database is open, checked and migrated
     * @param waitingMessage what the status line says while a log-in waits for it
     */
    public LoginViewModel(CompletableFuture<AuthenticationService> authentication, Background background,
                          ErrorReporter errors, Consumer<AuthenticatedUser> onLoggedIn, String waitingMessage) {
        this.authentication = authentication;
        this.background = background;
        this.errors = errors;
        this.onLoggedIn = onLoggedIn;
        this.waitingMessage = waitingMessage;
    }

    public void login() {
        if (busy.get() || unavailable.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get();
        char[] secret = password.get().toCharArray();
        if (authentication.isDone()) {
            authenticate(authentication.join(), name, secret);
            return;
        }
        status.set(waitingMessage);
        authentication.thenAccept(ready -> Platform.runLater(() -> {
            if (!unavailable.get() && !closed) {
                status.set("");
                authenticate(ready, name, secret);
            }
        }));
    }

    private void authenticate(AuthenticationService service, String name, char[] secret) {
        background.run(() -> service.login(name, secret), user -> {
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

    /** The database could not be opened: the form says why, in place of any waiting, and logs nobody in. */
    public void databaseUnavailable(String reason) {
        unavailable.set(true);
        busy.set(false);
        status.set(reason);
    }

    /** The form has left the screen: a log-in still waiting for the database is not made. */
    public void close() {
        closed = true;
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

    /** The store's name, filled in when the database has been read. */
    public StringProperty storeNameProperty() {
        return storeName;
    }

    /** The status line: a log-in waiting for the database, or why the database cannot be used. */
    public StringProperty statusProperty() {
        return status;
    }

    /** True once the database is known to be unusable: nothing can log in. */
    public BooleanProperty unavailableProperty() {
        return unavailable;
    }
}
