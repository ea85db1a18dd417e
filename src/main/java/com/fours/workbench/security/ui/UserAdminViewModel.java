package com.fours.workbench.security.ui;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.security.UserService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/**
 * The administrator's list of users and what can be done to the one selected: (de)activate, unlock,
 * reset the password to a temporary one. A refusal is reported as the error dialog over {@code owner}.
 */
public final class UserAdminViewModel {

    private static final String TEMPORARY_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Messages messages;
    private final UserService users;
    private final Background background;
    private final ErrorReporter errors;
    private final Window owner;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ObservableList<UserAccount> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>(this, "selected");

    public UserAdminViewModel(Messages messages, UserService users, Background background, ErrorReporter errors,
                              Window owner, Clock clock) {
        this.messages = messages;
        this.users = users;
        this.background = background;
        this.errors = errors;
        this.owner = owner;
        this.clock = clock;
    }

    /** Reads the users again; the one selected stays selected. */
    public void refresh() {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        background.run(users::listUsers, list -> {
            rows.setAll(list);
            list.stream().filter(u -> selectedId != null && u.id() == selectedId).findFirst().ifPresent(selected::set);
        }, this::fail);
    }

    public void toggleActive() {
        UserAccount user = selected.get();
        if (user != null) {
            act(() -> users.setActive(user, !user.active()));
        }
    }

    public void unlock() {
        UserAccount user = selected.get();
        if (user != null) {
            act(() -> {
                users.unlock(user);
                return user;
            });
        }
    }

    /** Gives {@code user} a new temporary password; {@code shown} gets it to tell the administrator. */
    public void resetPassword(UserAccount user, Consumer<String> shown) {
        String temporary = temporaryPassword();
        background.run(() -> {
            users.resetPassword(user, temporary.toCharArray());
            return user;
        }, done -> {
            shown.accept(temporary);
            refresh();
        }, this::fail);
    }

    /** Eight characters, letters and digits, none that are easily confused when read aloud. */
    private String temporaryPassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            out.append(TEMPORARY_PASSWORD_LETTERS.charAt(random.nextInt(23)));
        }
        for (int i = 0; i < 2; i++) {
            out.append(TEMPORARY_PASSWORD_LETTERS.charAt(23 + random.nextInt(8)));
        }
        return out.toString();
    }

    private void act(Callable<UserAccount> work) {
        background.run(work, done -> refresh(), this::fail);
    }

    private void fail(Throwable failure) {
        errors.report(owner, failure);
    }

    public String roles(UserAccount user) {
        return user.roles().stream().map(messages::of).collect(Collectors.joining("、"));
    }

    public String state(UserAccount user) {
        if (!user.active()) {
            return messages.get("user.stateInactive");
        }
        if (user.isLockedAt(clock.instant())) {
            return messages.get("user.stateLocked", Date.from(user.lockedUntil()));
        }
        return messages.get("user.stateActive");
    }

    public ObservableList<UserAccount> rows() {
        return rows;
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }
}
