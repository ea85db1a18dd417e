package com.fours.workbench.care.ui;

import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.care.CallbackFallback;
import com.fours.workbench.care.CallbackService;
import com.fours.workbench.care.CallbackSettings;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FieldErrors;

/** The store's callback rules as typed by the service manager; saved through {@link CallbackService#changeSettings}. */
public final class CallbackRulesViewModel {

    private final CareContext context;
    private final Messages messages;
    private final StringProperty dueDays = new SimpleStringProperty(this, "dueDays", "");
    private final StringProperty heavyDueDays = new SimpleStringProperty(this, "heavyDueDays", "");
    private final StringProperty maxAttempts = new SimpleStringProperty(this, "maxAttempts", "");
    private final StringProperty minAttemptDays = new SimpleStringProperty(this, "minAttemptDays", "");
    private final ObjectProperty<CallbackFallback> fallback = new SimpleObjectProperty<>(this, "fallback");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();
    private CallbackSettings shown;

    public CallbackRulesViewModel(CareContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    public StringProperty dueDaysProperty() {
        return dueDays;
    }

    public StringProperty heavyDueDaysProperty() {
        return heavyDueDays;
    }

    public StringProperty maxAttemptsProperty() {
        return maxAttempts;
    }

    public StringProperty minAttemptDaysProperty() {
        return minAttemptDays;
    }

    public ObjectProperty<CallbackFallback> fallbackProperty() {
        return fallback;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** What "heavy" means, in the screen's language: the categories that need a completion certificate. */
    public String heavyMeans() {
        return messages.get("care.rules.heavyMeans", CallbackService.heavyCategories().stream().map(messages::of)
                .collect(Collectors.joining(Formats.of(messages.locale()).chinese() ? "、" : ", ")));
    }

    public void refresh() {
        context.background().run(() -> context.callbacks().settings(), this::show,
                error -> context.refusals().show(error, message));
    }

    private void show(CallbackSettings s) {
        shown = s;
        dueDays.set(String.valueOf(s.dueDays()));
        heavyDueDays.set(String.valueOf(s.heavyDueDays()));
        maxAttempts.set(String.valueOf(s.maxAttempts()));
        minAttemptDays.set(String.valueOf(s.minAttemptDays()));
        fallback.set(s.fallback());
        errors.clear();
    }

    public void save() {
        if (shown == null) {
            return;
        }
        int version = shown.version();
        String due = dueDays.get();
        String heavy = heavyDueDays.get();
        String attempts = maxAttempts.get();
        String days = minAttemptDays.get();
        CallbackFallback by = fallback.get();
        errors.clear();
        message.set("");
        context.background().run(() -> context.callbacks().changeSettings(version, due, heavy, attempts, days, by),
                saved -> {
                    show(saved);
                    message.set(messages.get("care.rules.saved"));
                }, error -> context.refusals().show(error, errors, message));
    }
}
