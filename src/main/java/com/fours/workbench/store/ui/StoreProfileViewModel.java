package com.fours.workbench.store.ui;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.store.StoreProfileInput;
import com.fours.workbench.store.StoreProfileService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.Refusals;

/** The store profile screen's state: the profile as saved (with its version), the errors under its fields, the status line. */
public final class StoreProfileViewModel {

    private final Messages messages;
    private final StoreProfileService profiles;
    private final Background background;
    private final Refusals refusals;
    private final FieldErrors fieldErrors = new FieldErrors();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private int version;

    public StoreProfileViewModel(Messages messages, StoreProfileService profiles, Background background,
                                 ErrorReporter errors) {
        this.messages = messages;
        this.profiles = profiles;
        this.background = background;
        this.refusals = new Refusals(messages, errors, null);
    }

    /** Reads the profile; {@code show} gets it to fill the form (nothing while the store has none). */
    public void load(Consumer<StoreProfileInput> show) {
        background.run(profiles::find, found -> found.ifPresent(profile -> {
            version = profile.version();
            show.accept(StoreProfileInput.of(profile));
        }), failure -> status.set(refusals.text(failure, null)));
    }

    /** Saves what the form holds over the version read; {@code show} gets the profile as saved. */
    public void save(StoreProfileInput input, Consumer<StoreProfileInput> show) {
        fieldErrors.clear();
        status.set("");
        background.run(() -> profiles.save(input, version), saved -> {
            version = saved.version();
            show.accept(StoreProfileInput.of(saved));
            status.set(messages.get("store.saved"));
        }, failure -> refusals.showInLine(failure, fieldErrors, status));
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
