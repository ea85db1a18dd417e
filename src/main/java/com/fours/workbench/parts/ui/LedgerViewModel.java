package com.fours.workbench.parts.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.StockMovement;
import com.fours.workbench.parts.TraceLine;

/** The stock ledger of one part (库存流水), newest first, and where a chosen outgoing movement came from. */
public final class LedgerViewModel {

    public static final int ROWS = 500;

    private final PartsContext context;
    private final Messages messages;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(this, "part");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<StockMovement> movements = FXCollections.observableArrayList();
    private final ObservableList<TraceLine> trace = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public LedgerViewModel(PartsContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    public StringProperty codeProperty() { return code; }
    public ObjectProperty<Part> partProperty() { return part; }
    public StringProperty summaryProperty() { return summary; }
    public ObservableList<StockMovement> movements() { return movements; }
    public ObservableList<TraceLine> trace() { return trace; }
    public StringProperty messageProperty() { return message; }

    public void show() {
        String typed = code.get();
        record Loaded(Part part, List<StockMovement> movements, String onHand) {
        }
        context.background().run(() -> {
            Part found = context.parts().lookup(typed)
                    .orElseThrow(() -> new BusinessRuleException("issue.unknownCode", typed.strip()));
            return new Loaded(found, context.parts().history(found.id(), ROWS),
                    Formats.of(messages.locale()).quantity(context.parts().onHand(found.id())));
        }, loaded -> {
            message.set("");
            part.set(loaded.part());
            movements.setAll(loaded.movements());
            trace.clear();
            summary.set(messages.get("parts.ui.ledger.summary", loaded.part().partNumber(),
                    loaded.part().name(Formats.of(messages.locale())), loaded.onHand(), messages.of(loaded.part().unit()),
                    Formats.of(messages.locale()).money(loaded.part().averageCost())));
        }, failure -> message.set(context.errors().describe(failure)));
    }

    public void traceOf(StockMovement movement) {
        if (movement == null || movement.quantity().signum() >= 0) {
            trace.clear();
            return;
        }
        context.background().run(() -> context.reservations().trace(movement.id()), trace::setAll,
                failure -> message.set(context.errors().describe(failure)));
    }
}
