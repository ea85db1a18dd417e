package com.fours.workbench.care.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.care.CareFigures;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;

/** A month's callback rate, reach rate and CSI, by advisor, technician and work group, and the CSI by month. */
public final class CareFiguresViewModel {

    /** How the month's CSI is broken down. */
    public enum CsiBreakdown {
        ADVISOR,
        TECHNICIAN,
        WORK_GROUP
    }

    private final CareContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObjectProperty<CsiBreakdown> by = new SimpleObjectProperty<>(this, "by", CsiBreakdown.ADVISOR);
    private final ObservableList<CareFigures.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<CareFigures.Line> months = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private CareFigures figures;

    public CareFiguresViewModel(CareContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        month.set(YearMonth.now(context.clock()));
        month.addListener((o, a, b) -> refresh());
        by.addListener((o, a, b) -> showLines());
    }

    public List<YearMonth> choosableMonths() {
        List<YearMonth> list = new ArrayList<>();
        YearMonth now = YearMonth.now(context.clock());
        for (int i = 0; i < 24; i++) {
            list.add(now.minusMonths(i));
        }
        return list;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<CsiBreakdown> byProperty() {
        return by;
    }

    public ObservableList<CareFigures.Line> lines() {
        return lines;
    }

    public ObservableList<CareFigures.Line> months() {
        return months;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        YearMonth m = month.get();
        if (m == null) {
            return;
        }
        context.background().run(() -> new Loaded(context.figures().month(m), context.figures().csiByMonth(m)),
                loaded -> {
                    figures = loaded.figures;
                    months.setAll(loaded.months);
                    summary.set(messages.get("care.ui.figures.summary", figures.due(), figures.reached(),
                            figures.unreachable(), percent(figures.callbackRate()), percent(figures.reachRate()),
                            csi(figures.csi().csi()), figures.csi().surveys(), figures.csi().unhappy()));
                    showLines();
                }, error -> context.refusals().show(error, message));
    }

    /** The month's satisfaction report (月度客户满意度报告), handed to {@code preview} when filled. */
    public void printMonth(Consumer<RenderedReport> preview) {
        YearMonth m = month.get();
        if (m != null) {
            message.set("");
            context.background().run(() -> context.prints().month(m), preview,
                    error -> context.refusals().show(error, message));
        }
    }

    private record Loaded(CareFigures figures, List<CareFigures.Line> months) {
    }

    private void showLines() {
        if (figures == null) {
            return;
        }
        lines.setAll(switch (by.get()) {
            case ADVISOR -> figures.byAdvisor();
            case TECHNICIAN -> figures.byTechnician();
            case WORK_GROUP -> figures.byWorkGroup();
        });
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : formats.percent(value);
    }

    public String csi(BigDecimal value) {
        return value == null ? "—" : formats.quantity(value);
    }

    public String name(CareFigures.Line line) {
        return line.name() == null || line.name().isBlank() ? "—" : line.name();
    }

}
