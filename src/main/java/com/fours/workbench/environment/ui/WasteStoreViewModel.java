package com.fours.workbench.environment.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.environment.PlaceFill;
import com.fours.workbench.environment.StorageAlert;
import com.fours.workbench.environment.TransferInput;
import com.fours.workbench.environment.WasteHandler;
import com.fours.workbench.environment.WasteInput;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.environment.WasteRule;
import com.fours.workbench.environment.WasteStock;
import com.fours.workbench.environment.WasteTransfer;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.ui.FieldErrors;

/**
 * The store of hazardous waste and the catalogue: what is in store per kind and since when, with
 * the one-year and capacity warnings; waste entered by weight; a hand-over to a licensed handler.
 * Never touches a control.
 */
public final class WasteStoreViewModel {

    private final EnvironmentContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<WasteStock> stock = FXCollections.observableArrayList();
    private final ObservableList<PlaceFill> places = FXCollections.observableArrayList();
    private final ObservableList<WasteKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<WasteHandler> handlers = FXCollections.observableArrayList();
    private final ObservableList<WasteRule> rules = FXCollections.observableArrayList();
    private final StringProperty warnings = new SimpleStringProperty(this, "warnings", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors entryErrors = new FieldErrors();
    private final FieldErrors transferErrors = new FieldErrors();

    private final ObjectProperty<WasteKind> entryKind = new SimpleObjectProperty<>(this, "entryKind");
    private final StringProperty entryQuantity = new SimpleStringProperty(this, "entryQuantity", "");
    private final ObjectProperty<LocalDate> entryDay = new SimpleObjectProperty<>(this, "entryDay");
    private final StringProperty entryNote = new SimpleStringProperty(this, "entryNote", "");

    private final ObjectProperty<WasteKind> transferKind = new SimpleObjectProperty<>(this, "transferKind");
    private final ObjectProperty<WasteHandler> handler = new SimpleObjectProperty<>(this, "handler");
    private final StringProperty manifest = new SimpleStringProperty(this, "manifest", "");
    private final StringProperty transferQuantity = new SimpleStringProperty(this, "transferQuantity", "");
    private final StringProperty vehicle = new SimpleStringProperty(this, "vehicle", "");
    private final ObjectProperty<LocalDate> transferDay = new SimpleObjectProperty<>(this, "transferDay");
    private final StringProperty handedBy = new SimpleStringProperty(this, "handedBy", "");
    private final StringProperty receivedBy = new SimpleStringProperty(this, "receivedBy", "");
    private final ObjectProperty<WasteTransfer> lastTransfer = new SimpleObjectProperty<>(this, "lastTransfer");

    public WasteStoreViewModel(EnvironmentContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        entryDay.set(LocalDate.now(context.clock()));
        transferDay.set(LocalDate.now(context.clock()));
        context.session().user().ifPresent(u -> handedBy.set(u.displayName()));
    }

    public ObservableList<WasteStock> stock() { return stock; }
    public ObservableList<PlaceFill> places() { return places; }
    public ObservableList<WasteKind> kinds() { return kinds; }
    public ObservableList<WasteHandler> handlers() { return handlers; }
    public ObservableList<WasteRule> rules() { return rules; }
    public StringProperty warningsProperty() { return warnings; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors entryErrors() { return entryErrors; }
    public FieldErrors transferErrors() { return transferErrors; }
    public ObjectProperty<WasteKind> entryKindProperty() { return entryKind; }
    public StringProperty entryQuantityProperty() { return entryQuantity; }
    public ObjectProperty<LocalDate> entryDayProperty() { return entryDay; }
    public StringProperty entryNoteProperty() { return entryNote; }
    public ObjectProperty<WasteKind> transferKindProperty() { return transferKind; }
    public ObjectProperty<WasteHandler> handlerProperty() { return handler; }
    public StringProperty manifestProperty() { return manifest; }
    public StringProperty transferQuantityProperty() { return transferQuantity; }
    public StringProperty vehicleProperty() { return vehicle; }
    public ObjectProperty<LocalDate> transferDayProperty() { return transferDay; }
    public StringProperty handedByProperty() { return handedBy; }
    public StringProperty receivedByProperty() { return receivedBy; }
    /** The hand-over just recorded here, whose transfer record can be printed. */
    public ObjectProperty<WasteTransfer> lastTransferProperty() { return lastTransfer; }

    private record Loaded(List<WasteStock> stock, List<PlaceFill> places, List<WasteKind> kinds,
                          List<WasteHandler> handlers, List<WasteRule> rules) {
    }

    public void refresh() {
        busy.set(true);
        context.background().run(() -> new Loaded(context.reports().stock(), context.reports().places(),
                context.catalogue().kinds(), context.catalogue().handlers(), context.catalogue().rules()), loaded -> {
                    busy.set(false);
                    stock.setAll(loaded.stock());
                    places.setAll(loaded.places());
                    keepChoice(kinds, loaded.kinds(), entryKind);
                    keepChoice(kinds, loaded.kinds(), transferKind);
                    kinds.setAll(loaded.kinds());
                    handlers.setAll(loaded.handlers());
                    rules.setAll(loaded.rules());
                    warnings.set(warningsOf(loaded.stock(), loaded.places()));
                }, this::fail);
    }

    private static void keepChoice(List<WasteKind> before, List<WasteKind> after, ObjectProperty<WasteKind> chosen) {
        if (chosen.get() != null) {
            chosen.set(after.stream().filter(k -> k.id() == chosen.get().id()).findFirst().orElse(null));
        }
    }

    String warningsOf(List<WasteStock> loadedStock, List<PlaceFill> loadedPlaces) {
        StringBuilder text = new StringBuilder();
        for (WasteStock s : loadedStock) {
            if (s.alert() == StorageAlert.OVERDUE) {
                line(text, messages.get("waste.ui.warn.overdue", s.kind().name(), formats.date(s.since()),
                        formats.date(s.mustLeaveBy())));
            } else if (s.alert() == StorageAlert.DUE_SOON) {
                line(text, messages.get("waste.ui.warn.dueSoon", s.kind().name(), formats.date(s.since()),
                        formats.date(s.mustLeaveBy()), s.daysLeft()));
            }
        }
        for (PlaceFill p : loadedPlaces) {
            if (p.nearFull()) {
                line(text, messages.get("waste.ui.warn.nearFull", p.place().name(), p.percent(),
                        formats.quantity(p.stored()), formats.quantity(p.place().capacity()),
                        messages.of(p.place().unit())));
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }

    /** Records the waste entered by weight. */
    public void record() {
        if (busy.get()) {
            return;
        }
        message.set("");
        entryErrors.clear();
        WasteInput input = new WasteInput(entryKind.get() == null ? null : entryKind.get().id(), entryQuantity.get(),
                entryDay.get() == null ? "" : entryDay.get().toString(), entryNote.get());
        busy.set(true);
        context.background().run(() -> context.ledger().record(input), done -> {
            busy.set(false);
            message.set(messages.get("waste.ui.recorded", done.kindName(), formats.quantity(done.quantity()),
                    messages.of(done.unit())));
            entryQuantity.set("");
            entryNote.set("");
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, entryErrors, message);
        });
    }

    /** Hands the quantity over to the chosen handler under the manifest. */
    public void transfer() {
        if (busy.get()) {
            return;
        }
        message.set("");
        transferErrors.clear();
        TransferInput input = new TransferInput(transferKind.get() == null ? null : transferKind.get().id(),
                handler.get() == null ? null : handler.get().id(), manifest.get(), transferQuantity.get(), vehicle.get(),
                transferDay.get() == null ? "" : transferDay.get().toString(), handedBy.get(), receivedBy.get());
        busy.set(true);
        context.background().run(() -> context.ledger().transfer(input), done -> {
            busy.set(false);
            message.set(messages.get("waste.ui.transferred", done.manifestNo(), done.kindName(),
                    formats.quantity(done.quantity()), messages.of(done.unit()), done.handlerName()));
            lastTransfer.set(done);
            manifest.set("");
            transferQuantity.set("");
            vehicle.set("");
            receivedBy.set("");
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, transferErrors, message);
        });
    }

    /** Renders the transfer record of the last hand-over for the preview. */
    public void printTransfer(Consumer<RenderedReport> show) {
        WasteTransfer transfer = lastTransfer.get();
        if (transfer == null) {
            return;
        }
        context.background().run(() -> context.prints().renderTransfer(transfer.id(), messages), show,
                error -> context.refusals().show(error, transferErrors, message));
    }

    public String handlerText(WasteHandler h) {
        return h == null ? "" : messages.get("waste.ui.handlerChoice", h.name(), String.join("/", h.categories()),
                formats.date(h.licenceExpiry()));
    }

    public String kindText(WasteKind k) {
        return k == null ? "" : k.label() + " (" + messages.of(k.unit()) + ")";
    }

    /** The kind as its chosen box shows it: its category and name without the name's explanation. */
    public String kindShortText(WasteKind k) {
        String name = k.name().split("[(（]", 2)[0].strip();
        return k.category() + " " + name + " (" + messages.of(k.unit()) + ")";
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, entryErrors, message);
    }
}
