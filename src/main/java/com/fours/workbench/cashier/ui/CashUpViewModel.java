package com.fours.workbench.cashier.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.cashier.CashDayClosed;
import com.fours.workbench.cashier.CashDayCount;
import com.fours.workbench.cashier.CashUpFigures;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.ui.FieldErrors;

/**
 * The cash-up of one business day: its figures, the float and the cash counted as typed, the
 * expected cash and the difference as the cashier types, and closing the day. Never touches a control.
 */
public final class CashUpViewModel {

    private final CashUpContext context;
    private final Messages messages;
    private final ObjectProperty<LocalDate> day;
    private final ObjectProperty<CashUpFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private final ObservableList<CashUpFigures.MethodLine> methods = FXCollections.observableArrayList();
    private final ObservableList<CashUpFigures.PayerLine> payers = FXCollections.observableArrayList();
    private final StringProperty openingFloat = new SimpleStringProperty(this, "openingFloat", "");
    private final StringProperty counted = new SimpleStringProperty(this, "counted", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();
    private final StringBinding expectedText;
    private final StringBinding differenceText;
    private final BooleanBinding differs;
    private final BooleanBinding closed;

    public CashUpViewModel(CashUpContext context) {
        this.context = context;
        this.messages = context.messages();
        this.day = new SimpleObjectProperty<>(this, "day", LocalDate.now(context.clock()));
        this.closed = Bindings.createBooleanBinding(() -> figures.get() != null && figures.get().isClosed(), figures);
        this.expectedText = Bindings.createStringBinding(() -> expected() == null ? "" : format(expected()), figures,
                openingFloat);
        this.differenceText = Bindings.createStringBinding(() -> {
            Money difference = difference();
            return difference == null ? "" : format(difference);
        }, figures, openingFloat, counted);
        this.differs = Bindings.createBooleanBinding(() -> difference() != null && !difference().isZero(), figures,
                openingFloat, counted);
        day.addListener((obs, old, now) -> reload());
    }

    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public ObjectProperty<CashUpFigures> figuresProperty() { return figures; }
    public ObservableList<CashUpFigures.MethodLine> methods() { return methods; }
    public ObservableList<CashUpFigures.PayerLine> payers() { return payers; }
    public StringProperty openingFloatProperty() { return openingFloat; }
    public StringProperty countedProperty() { return counted; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty refusedProperty() { return refused; }
    public BooleanProperty busyProperty() { return busy; }
    public StringBinding expectedTextProperty() { return expectedText; }
    public StringBinding differenceTextProperty() { return differenceText; }
    /** The count differs from the expected cash: the reason is needed. */
    public BooleanBinding differsProperty() { return differs; }
    public BooleanBinding closedProperty() { return closed; }

    public StringProperty errorOf(String field) {
        return errors.of(field);
    }

    /** Reads the day's figures again (another workstation may have taken money meanwhile). */
    public void reload() {
        message.set("");
        errors.clear();
        reloadKeepingMessage();
    }

    private void reloadKeepingMessage() {
        LocalDate wanted = day.get();
        if (wanted == null) {
            return;
        }
        busy.set(true);
        context.background().run(() -> context.cashUp().figures(wanted), loaded -> {
            busy.set(false);
            if (!wanted.equals(day.get())) {
                return;
            }
            show(loaded);
        }, failure -> {
            busy.set(false);
            refuse(context.errors().describe(failure));
        });
    }

    private void show(CashUpFigures loaded) {
        figures.set(loaded);
        methods.setAll(loaded.methods());
        payers.setAll(loaded.payers());
        CashDayClosed close = loaded.closed();
        if (close != null) {
            openingFloat.set(close.openingFloat() == null ? "" : close.openingFloat().toPlainString());
            counted.set(close.countedCash() == null ? "" : close.countedCash().toPlainString());
            reason.set(close.differenceReason() == null ? "" : close.differenceReason());
        }
    }

    /** Closes the day with what was typed; a refusal shows under its field or as the message. */
    public void close() {
        LocalDate closing = day.get();
        if (closing == null || busy.get()) {
            return;
        }
        errors.clear();
        CashDayCount count = new CashDayCount(openingFloat.get(), counted.get(), reason.get());
        busy.set(true);
        context.background().run(() -> {
            CashDayClosed done = context.cashUp().close(closing, count);
            return new Closing(done, context.cashUp().figures(closing));
        }, result -> {
            busy.set(false);
            CashDayClosed done = result.done();
            show(result.figures());
            message.set(messages.get("cashUp.ui.closedNow", Formats.of(messages.locale()).date(done.businessDay()), format(done.countedCash()),
                    format(done.difference())));
            refused.set(false);
        }, failure -> {
            busy.set(false);
            String why = context.refusals().text(failure, errors);
            refuse(why.isEmpty() ? messages.get("cashUp.ui.checkFields") : why);
            // money may have moved on another workstation meanwhile (or the day been closed there):
            // show the figures the refusal was computed on; what was typed stays
            reloadKeepingMessage();
        });
    }

    /** The confirmation's question: the day, its payments, the cash expected and counted, the difference. */
    public String closeQuestion() {
        CashUpFigures f = figures.get();
        if (f == null) {
            return "";
        }
        Money countedCash = typed(counted.get(), null);
        Money difference = difference();
        return messages.get("cashUp.ui.closeStep.question", f.businessDay().toString(), f.payments().count(),
                format(f.paymentsNet()), expected() == null ? "—" : format(expected()),
                countedCash == null ? "—" : format(countedCash), difference == null ? "—" : format(difference));
    }

    private record Closing(CashDayClosed done, CashUpFigures figures) {
    }

    /** The printed cash-up of the day shown, with the float and count as typed for an open day. */
    public void print(Consumer<RenderedReport> show) {
        CashUpFigures shown = figures.get();
        if (shown == null) {
            return;
        }
        Money cashFloat = typed(openingFloat.get(), Money.ZERO);
        Money countedCash = typed(counted.get(), null);
        context.background().run(() -> context.cashUpPrint().render(shown, cashFloat, countedCash, messages), show,
                failure -> refuse(context.errors().describe(failure)));
    }

    private void refuse(String text) {
        refused.set(true);
        message.set(text);
    }

    /** The expected cash with the float as typed (a float not yet readable counts as none). */
    private Money expected() {
        CashUpFigures f = figures.get();
        if (f == null) {
            return null;
        }
        if (f.closed() != null && f.closed().expectedCash() != null) {
            return f.closed().expectedCash();
        }
        return f.expectedCash(typed(openingFloat.get(), Money.ZERO));
    }

    private Money difference() {
        Money expected = expected();
        Money countedCash = typed(counted.get(), null);
        return expected == null || countedCash == null ? null : countedCash.minus(expected);
    }

    private static Money typed(String text, Money whenUnreadable) {
        if (text == null || text.isBlank()) {
            return whenUnreadable;
        }
        try {
            return Money.parse(text);
        } catch (RuntimeException unreadable) {
            return whenUnreadable;
        }
    }

    public String format(Money amount) {
        return Formats.of(messages.locale()).money(amount);
    }

    /** The line saying whether the day is open or who closed it. */
    public String status(CashUpFigures f) {
        if (f == null) {
            return "";
        }
        CashDayClosed close = f.closed();
        Formats formats = Formats.of(messages.locale());
        return close == null ? messages.get("cashUp.ui.open", formats.date(f.businessDay()))
                : messages.get("cashUp.ui.closed", formats.date(f.businessDay()), close.closedBy(),
                        formats.time(close.closedAt().toLocalTime()));
    }
}
