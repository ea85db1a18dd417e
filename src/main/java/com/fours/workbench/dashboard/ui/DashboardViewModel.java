package com.fours.workbench.dashboard.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.dashboard.Dashboard;
import com.fours.workbench.dashboard.DashboardChart;
import com.fours.workbench.dashboard.DashboardCharts;
import com.fours.workbench.dashboard.DashboardPeriod;
import com.fours.workbench.dashboard.DashboardService;
import com.fours.workbench.dashboard.FigureRow;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.ui.FieldErrors;

/** The chosen period, the dashboard read for it, its charts and figures; the quick picks and the commands. */
public final class DashboardViewModel {

    private final DashboardContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>(this, "dashboard");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public DashboardViewModel(DashboardContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        pick(context.dashboard().thisMonth());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty fromError() {
        return errors.of(DashboardService.FROM);
    }

    public StringProperty toError() {
        return errors.of(DashboardService.TO);
    }

    public void thisMonth() {
        pick(context.dashboard().thisMonth());
        load();
    }

    public void lastMonth() {
        pick(context.dashboard().lastMonth());
        load();
    }

    public void thisYear() {
        pick(context.dashboard().thisYear());
        load();
    }

    private void pick(DashboardPeriod period) {
        from.set(period.from());
        to.set(period.to());
    }

    /** Reads the chosen period and its comparisons in the background; a refused period shows by its field. */
    public void load() {
        errors.clear();
        message.set("");
        LocalDate start = from.get();
        LocalDate end = to.get();
        context.background().run(() -> context.dashboard().read(start, end), dashboard::set,
                error -> context.refusals().show(error, errors, message));
    }

    public List<DashboardChart> charts() {
        Dashboard d = dashboard.get();
        return d == null ? List.of() : DashboardCharts.charts(d, messages);
    }

    public List<FigureRow> figures() {
        Dashboard d = dashboard.get();
        return d == null ? List.of() : DashboardCharts.rows(d, messages);
    }

    /** A figure as written on screen: "no data" when missing. */
    public String format(FigureRow row, java.math.BigDecimal value) {
        return row.unit().format(value, formats, messages);
    }

    public String change(FigureRow row) {
        return row.change() == null ? "—" : (row.change().signum() > 0 ? "+" : "") + formats.percent(row.change());
    }

    /** The text a point shows on hover: series, category, figure. */
    public String tooltip(DashboardChart chart, int series, int category) {
        return messages.get("dashboard.tooltip", chart.series().get(series).name(), chart.categories().get(category),
                chart.unit().format(chart.series().get(series).values().get(category), formats, messages));
    }

    public void export(DashboardChart chart, Path file) {
        context.background().run(() -> context.export().export(chart, file, messages),
                rows -> message.set(messages.get("dashboard.export.done", file.getFileName().toString())),
                error -> context.refusals().show(error, message));
    }

    /** The monthly report of the period shown. */
    public void print(Consumer<RenderedReport> preview) {
        Dashboard d = dashboard.get();
        if (d == null) {
            return;
        }
        DashboardPeriod period = d.current().period();
        context.background().run(() -> context.prints().monthly(period.from(), period.to()), preview,
                error -> context.refusals().show(error, message));
    }

    public String exportFileName(DashboardChart chart) {
        Dashboard d = dashboard.get();
        return messages.get("dashboard.export.fileName", chart.title(),
                d == null ? "" : d.current().period().from() + "_" + d.current().period().to());
    }
}
