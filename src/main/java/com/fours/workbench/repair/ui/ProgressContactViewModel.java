package com.fours.workbench.repair.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.TypedMoment;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.ProgressChannel;
import com.fours.workbench.repair.ProgressContact;
import com.fours.workbench.repair.ProgressContactInput;
import com.fours.workbench.repair.ProgressContacts;
import com.fours.workbench.ui.FieldErrors;

/**
 * A progress call or message about one car, from the job board or the order: reached or not, what
 * was said, and when the car will be late a new promised time with its reason. Shows the earlier
 * contacts of the order.
 */
public final class ProgressContactViewModel {

    private final RepairContext context;
    private final Messages messages;
    private final long orderId;
    private final String orderName;
    private final Runnable onSaved;
    private final ObservableList<ProgressContact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<ProgressChannel> channel = new SimpleObjectProperty<>(this, "channel",
            ProgressChannel.CALL);
    private final BooleanProperty reached = new SimpleBooleanProperty(this, "reached", true);
    private final StringProperty whatWasSaid = new SimpleStringProperty(this, "whatWasSaid", "");
    private final StringProperty newPromisedAt = new SimpleStringProperty(this, "newPromisedAt", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final FieldErrors errors = new FieldErrors();

    ProgressContactViewModel(RepairContext context, long orderId, String orderName, Runnable onSaved) {
        this.context = context;
        this.messages = context.messages();
        this.orderId = orderId;
        this.orderName = orderName;
        this.onSaved = onSaved;
        context.background().run(() -> context.progress().contacts(orderId), contacts::setAll,
                error -> context.refusals().show(error, message));
    }

    public String title() {
        return messages.get("repair.ui.progress.title", orderName);
    }

    public ObservableList<ProgressContact> contacts() {
        return contacts;
    }

    public String text(ProgressContact c) {
        Formats formats = Formats.of(messages.locale());
        String when = formats.dayTime(c.recordedAt(), context.clock().getZone());
        String line = messages.get("repair.ui.progress.line", when, messages.of(c.channel()),
                messages.get(c.reached() ? "care.contact.reached" : "care.contact.notReached"), c.whatWasSaid(),
                c.recordedBy());
        return c.newPromisedAt() == null ? line : line + "\n" + messages.get("repair.ui.progress.newPromise",
                formats.dayTime(c.newPromisedAt(), context.clock().getZone()), c.reason());
    }

    public ObjectProperty<ProgressChannel> channelProperty() {
        return channel;
    }

    public BooleanProperty reachedProperty() {
        return reached;
    }

    public StringProperty whatWasSaidProperty() {
        return whatWasSaid;
    }

    public StringProperty newPromisedAtProperty() {
        return newPromisedAt;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public FieldErrors errors() {
        return errors;
    }

    public void save() {
        errors.clear();
        message.set("");
        ProgressContactInput input;
        try {
            input = input();
        } catch (InvalidFieldsException refused) {
            errors.show(refused, messages);
            return;
        }
        ProgressContacts progress = context.progress();
        context.background().run(() -> progress.record(orderId, input), saved -> {
            done.set(true);
            onSaved.run();
        }, error -> context.refusals().show(error, errors, message));
    }

    ProgressContactInput input() {
        Instant promised = null;
        String typed = newPromisedAt.get() == null ? "" : newPromisedAt.get().strip();
        if (!typed.isEmpty()) {
            InvalidFieldsException.Collector collector = new InvalidFieldsException.Collector();
            promised = collector.check(ProgressContactInput.NEW_PROMISED_AT, () -> {
                try {
                    return TypedMoment.parse(typed, LocalDate.now(context.clock())).atZone(context.clock().getZone())
                            .toInstant();
                } catch (DateTimeException e) {
                    throw new InvalidValueException("progressContact.invalid.promisedAt");
                }
            });
            collector.throwIfAny();
        }
        return new ProgressContactInput(channel.get(), reached.get(), whatWasSaid.get(), promised, reason.get());
    }

    /** For the form's prompt: the time format, with today's date. */
    public String promisedPrompt() {
        return Formats.of(messages.locale()).dateTime(LocalDateTime.ofInstant(context.clock().instant(),
                context.clock().getZone()).withHour(17).withMinute(30));
    }

    List<ProgressContact> shown() {
        return List.copyOf(contacts);
    }
}
