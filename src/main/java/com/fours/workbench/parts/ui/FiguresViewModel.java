package com.fours.workbench.parts.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.parts.AbcLine;
import com.fours.workbench.parts.DeadStockLine;
import com.fours.workbench.parts.StockFigures;

/** The service manager's figures over a chosen period. */
public final class FiguresViewModel {

    private final PartsContext context;
    private final ObjectProperty<LocalDate> from;
    private final ObjectProperty<LocalDate> to;
    private final ObjectProperty<StockFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private final ObservableList<DeadStockLine> deadStock = FXCollections.observableArrayList();
    private final ObservableList<AbcLine> abc = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public FiguresViewModel(PartsContext context) {
        this.context = context;
        LocalDate today = LocalDate.now(context.clock());
        this.from = new SimpleObjectProperty<>(this, "from", today.minusMonths(3).withDayOfMonth(1));
        this.to = new SimpleObjectProperty<>(this, "to", today);
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<StockFigures> figuresProperty() { return figures; }
    public ObservableList<DeadStockLine> deadStock() { return deadStock; }
    public ObservableList<AbcLine> abc() { return abc; }
    public StringProperty messageProperty() { return message; }

    public void refresh() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null) {
            return;
        }
        record Loaded(StockFigures figures, List<DeadStockLine> dead, List<AbcLine> abc) {
        }
        context.background().run(() -> new Loaded(context.figures().figures(start, end), context.figures().deadStock(),
                context.figures().abcClasses(start, end)), loaded -> {
                    message.set("");
                    figures.set(loaded.figures());
                    deadStock.setAll(loaded.dead());
                    abc.setAll(loaded.abc());
                }, failure -> message.set(context.errors().describe(failure)));
    }
}
