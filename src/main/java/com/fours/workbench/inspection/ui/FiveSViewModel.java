package com.fours.workbench.inspection.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.inspection.ActionFigures;
import com.fours.workbench.inspection.ActionOwner;
import com.fours.workbench.inspection.FiveSArea;
import com.fours.workbench.inspection.FiveSChecklist;
import com.fours.workbench.inspection.FiveSFinding;
import com.fours.workbench.inspection.FiveSInspection;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.inspection.FiveSItem;
import com.fours.workbench.inspection.FiveSScoreMonth;
import com.fours.workbench.inspection.FiveSScores;
import com.fours.workbench.inspection.InspectionInput;
import com.fours.workbench.reporting.ChartTable;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.ui.ChartCard;
import com.fours.workbench.ui.FieldErrors;

/**
 * A 5S inspection being scored (the area's checklist, a score per item, photos, remarks, findings
 * that may become corrective actions, the area's actions a re-inspection verifies), the inspections
 * over time, the corrective actions and their closing. Never touches a control.
 */
public final class FiveSViewModel {

    static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    /** A finding typed, not yet saved: with an owner and a due day it becomes a corrective action. */
    public record Pending(String text, ActionOwner owner, LocalDate due) {
    }

    private record Loaded(FiveSChecklist checklist, List<FiveSFinding> toCheck, List<FiveSInspection> inspections,
                          List<FiveSFinding> actions, ActionFigures figures, List<ActionOwner> owners,
                          List<FiveSScoreMonth> scores) {
    }

    /** The months the chart of scores shows: this one and the eleven before. */
    static final int CHART_MONTHS = 12;

    private final FiveSContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<FiveSArea> area = new SimpleObjectProperty<>(this, "area", FiveSArea.WORKSHOP);
    private final ObjectProperty<FiveSChecklist> checklist = new SimpleObjectProperty<>(this, "checklist");
    private final Map<Long, StringProperty> scores = new LinkedHashMap<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty inspector = new SimpleStringProperty(this, "inspector", "");
    private final StringProperty remarks = new SimpleStringProperty(this, "remarks", "");
    private final ObservableList<PhotoFile> photos = FXCollections.observableArrayList();
    private final StringProperty findingText = new SimpleStringProperty(this, "findingText", "");
    private final ObjectProperty<ActionOwner> findingOwner = new SimpleObjectProperty<>(this, "findingOwner");
    private final ObjectProperty<LocalDate> findingDue = new SimpleObjectProperty<>(this, "findingDue");
    private final ObservableList<Pending> findings = FXCollections.observableArrayList();
    private final ObservableList<FiveSFinding> toCheck = FXCollections.observableArrayList();
    private final ObservableSet<Long> verified = FXCollections.observableSet();
    private final ObservableList<FiveSInspection> inspections = FXCollections.observableArrayList();
    private final ObservableList<FiveSFinding> actions = FXCollections.observableArrayList();
    private final ObservableList<ActionOwner> owners = FXCollections.observableArrayList();
    private final ObjectProperty<FiveSInspection> chosenInspection = new SimpleObjectProperty<>(this, "chosenInspection");
    private final ObjectProperty<FiveSFinding> chosenAction = new SimpleObjectProperty<>(this, "chosenAction");
    private final StringProperty doneNote = new SimpleStringProperty(this, "doneNote", "");
    private final StringProperty figures = new SimpleStringProperty(this, "figures", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final ObjectProperty<ChartCard.Spec> scoreChart = new SimpleObjectProperty<>(this, "scoreChart");
    private final StringProperty noScores = new SimpleStringProperty(this, "noScores", "");
    private List<FiveSScoreMonth> chartScores = List.of();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors actionErrors = new FieldErrors();

    public FiveSViewModel(FiveSContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        day.set(LocalDate.now(context.clock()));
        inspector.set(context.session().user().map(u -> u.displayName()).orElse(""));
        area.addListener((obs, old, now) -> refresh());
    }

    public ObjectProperty<FiveSArea> areaProperty() { return area; }
    public ObjectProperty<FiveSChecklist> checklistProperty() { return checklist; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public StringProperty inspectorProperty() { return inspector; }
    public StringProperty remarksProperty() { return remarks; }
    public ObservableList<PhotoFile> photos() { return photos; }
    public StringProperty findingTextProperty() { return findingText; }
    public ObjectProperty<ActionOwner> findingOwnerProperty() { return findingOwner; }
    public ObjectProperty<LocalDate> findingDueProperty() { return findingDue; }
    public ObservableList<Pending> findings() { return findings; }
    public ObservableList<FiveSFinding> toCheck() { return toCheck; }
    public ObservableSet<Long> verified() { return verified; }
    public ObservableList<FiveSInspection> inspections() { return inspections; }
    public ObservableList<FiveSFinding> actions() { return actions; }
    public ObservableList<ActionOwner> owners() { return owners; }
    public ObjectProperty<FiveSInspection> chosenInspectionProperty() { return chosenInspection; }
    public ObjectProperty<FiveSFinding> chosenActionProperty() { return chosenAction; }
    public StringProperty doneNoteProperty() { return doneNote; }
    public StringProperty figuresProperty() { return figures; }
    public StringProperty versionProperty() { return version; }
    public ObjectProperty<ChartCard.Spec> scoreChartProperty() { return scoreChart; }
    public StringProperty noScoresProperty() { return noScores; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }
    public FieldErrors actionErrors() { return actionErrors; }

    /** The score typed for an item (made when the checklist is read). */
    public StringProperty score(FiveSItem item) {
        return scores.computeIfAbsent(item.id(), id -> new SimpleStringProperty(this, "score" + id, ""));
    }

    public String areaText(FiveSArea value) {
        return value == null ? "" : messages.of(value);
    }

    public String ownerText(ActionOwner owner) {
        return owner == null ? "" : owner.name();
    }

    public String itemText(FiveSItem item) {
        return messages.get("fiveS.ui.itemLine", item.text(), item.scaleMax(), formats.quantity(item.weight()));
    }

    public String pendingText(Pending p) {
        return p.owner() == null ? p.text() : messages.get("fiveS.ui.pendingAction", p.text(), p.owner().name(),
                p.due() == null ? "" : formats.date(p.due()));
    }

    public String checkText(FiveSFinding a) {
        return messages.get("fiveS.ui.checkLine", a.text(), a.ownerName() == null ? "" : a.ownerName(),
                messages.of(a.state()), a.doneNote() == null ? "" : a.doneNote());
    }

    public boolean overdue(FiveSFinding action) {
        return action.overdue(LocalDate.now(context.clock()));
    }

    /** Reads the area's checklist, the actions it will check, the inspections, the actions and the owners. */
    public void refresh() {
        FiveSArea wanted = area.get();
        busy.set(true);
        context.background().run(() -> new Loaded(context.checklists().current(wanted).orElse(null),
                context.inspections().actionsToCheck(wanted), context.inspections().inspections(),
                context.inspections().actions(), context.inspections().figures(), context.inspections().owners(),
                context.scores().byMonth(chartFrom(), chartTo())),
                loaded -> {
                    busy.set(false);
                    FiveSChecklist now = loaded.checklist();
                    if (now == null || checklist.get() == null || now.id() != checklist.get().id()) {
                        scores.clear();
                    }
                    checklist.set(now);
                    version.set(now == null ? messages.get("fiveS.ui.noChecklist", areaText(wanted))
                            : messages.get("fiveS.ui.version", now.versionNo(), now.items().size()));
                    toCheck.setAll(loaded.toCheck());
                    verified.retainAll(loaded.toCheck().stream().map(FiveSFinding::id).toList());
                    inspections.setAll(loaded.inspections());
                    actions.setAll(loaded.actions());
                    if (owners.isEmpty() || !owners.equals(loaded.owners())) {
                        owners.setAll(loaded.owners());
                    }
                    ActionFigures f = loaded.figures();
                    figures.set(messages.get("fiveS.ui.figures", f.open(), f.overdue(), f.done()));
                    if (scoreChart.get() == null || !chartScores.equals(loaded.scores())) {
                        chartScores = loaded.scores();
                        scoreChart.set(scoreChart(chartScores));
                        noScores.set(noScores(chartScores));
                    }
                }, this::fail);
    }

    private YearMonth chartTo() {
        return YearMonth.now(context.clock());
    }

    private YearMonth chartFrom() {
        return chartTo().minusMonths(CHART_MONTHS - 1);
    }

    /**
     * The scores over time: a line per area inspected in the period, a point per month it was
     * inspected (the mean of that month's totals); a month without an inspection has no point.
     * The same table the Excel export writes ({@link FiveSScores#chart}).
     */
    ChartCard.Spec scoreChart(List<FiveSScoreMonth> scores) {
        ChartTable table = FiveSScores.chart(chartFrom(), chartTo(), scores, messages);
        return new ChartCard.Spec("fiveSScoreChart", table.title(), ChartCard.Kind.LINE,
                messages.get("fiveS.chart.score"), table.categoryTitle(), table.categories(),
                table.series().stream().map(x -> new ChartCard.Series(x.name(), x.values())).toList(),
                new ChartCard.WholeAxis(100, 20));
    }

    /** The file name offered for the chart's export: its title and months; null before the chart is read. */
    public String exportFileName() {
        if (scoreChart.get() == null) {
            return null;
        }
        return messages.get("dashboard.export.fileName", scoreChart.get().title(), chartFrom() + "_" + chartTo());
    }

    /** Writes the chart's months to {@code file} in the background; says where when done. */
    public void export(Path file) {
        YearMonth from = chartFrom();
        YearMonth to = chartTo();
        context.background().run(() -> context.scores().export(from, to, file, messages),
                rows -> message.set(messages.get("dashboard.export.done", file.getFileName().toString())),
                this::fail);
    }

    /**
     * The chart's months without any inspection, said in words ("no data: 2025-12 – 2026-09"): the
     * line has no point there, and a line drawn across a gap must not read as a score.
     */
    String noScores(List<FiveSScoreMonth> scores) {
        List<String> runs = new ArrayList<>();
        YearMonth start = null;
        YearMonth last = null;
        for (YearMonth m = chartFrom(); !m.isAfter(chartTo()); m = m.plusMonths(1)) {
            YearMonth month = m;
            if (scores.stream().noneMatch(s -> s.month().equals(month))) {
                start = start == null ? m : start;
                last = m;
            } else if (start != null) {
                runs.add(run(start, last));
                start = null;
            }
        }
        if (start != null) {
            runs.add(run(start, last));
        }
        return runs.isEmpty() ? "" : messages.get("fiveS.chart.noData", String.join(", ", runs));
    }

    private static String run(YearMonth from, YearMonth to) {
        return from.equals(to) ? from.toString() : from + " – " + to;
    }

    /** The text on hover over a point: the area, the month, its score and how many inspections made it. */
    public String scoreTip(ChartCard.Spec chart, int series, int category) {
        String areaName = chart.series().get(series).name();
        String month = chart.categories().get(category);
        BigDecimal value = chart.series().get(series).values().get(category);
        if (value == null) {
            return messages.get("fiveS.chart.tip", areaName, month, messages.get("dashboard.noData"), 0);
        }
        long count = chartScores.stream().filter(s -> areaText(s.area()).equals(areaName)
                && s.month().toString().equals(month)).mapToInt(FiveSScoreMonth::inspections).sum();
        return messages.get("fiveS.chart.tip", areaName, month, value.toPlainString() + " %", count);
    }

    /** Adds the typed finding to the inspection being scored; an owner and a due day make it an action. */
    public void addFinding() {
        if (findingText.get() == null || findingText.get().isBlank()) {
            errors.of(InspectionInput.FINDINGS).set(messages.get("fiveS.ui.findingEmpty"));
            return;
        }
        findings.add(new Pending(findingText.get().strip(), findingOwner.get(), findingDue.get()));
        findingText.set("");
        findingOwner.set(null);
        findingDue.set(null);
    }

    public void removeFinding(Pending p) {
        findings.remove(p);
    }

    public void toggleVerified(FiveSFinding action, boolean on) {
        if (on) {
            verified.add(action.id());
        } else {
            verified.remove(action.id());
        }
    }

    /** Reads and shrinks the picked files in the background; a refused one says why in the message line. */
    public void attachPhotos(List<Path> files) {
        busy.set(true);
        message.set("");
        record Attached(List<PhotoFile> prepared, List<String> refusals) {
        }
        context.background().run(() -> {
            List<PhotoFile> prepared = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                try {
                    if (Files.size(file) > MAX_FILE_BYTES) {
                        throw new BusinessRuleException("intake.photo.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
                    }
                    prepared.add(context.inspections().preparePhoto(name, Files.readAllBytes(file)));
                } catch (BusinessRuleException e) {
                    refusals.add(messages.of(e));
                } catch (IOException e) {
                    refusals.add(messages.get("intake.ui.photoUnreadable", name));
                }
            }
            return new Attached(prepared, refusals);
        }, attached -> {
            busy.set(false);
            photos.addAll(attached.prepared());
            message.set(String.join("\n", attached.refusals()));
        }, this::fail);
    }

    public void removePhoto(PhotoFile photo) {
        photos.remove(photo);
    }

    /** Saves the inspection; refused scores show under their fields. */
    public void save() {
        FiveSChecklist shown = checklist.get();
        if (busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        Map<Long, String> typed = new LinkedHashMap<>();
        if (shown != null) {
            shown.items().forEach(i -> typed.put(i.id(), score(i).get()));
        }
        List<InspectionInput.Finding> typedFindings = findings.stream().map(p -> new InspectionInput.Finding(p.text(),
                p.owner() == null ? null : p.owner().id(), p.due() == null ? null : p.due().toString())).toList();
        InspectionInput input = new InspectionInput(area.get(), day.get() == null ? "" : day.get().toString(),
                inspector.get(), typed, remarks.get(), typedFindings, List.copyOf(verified));
        List<PhotoFile> chosen = List.copyOf(photos);
        busy.set(true);
        context.background().run(() -> context.inspections().record(input, chosen), saved -> {
            busy.set(false);
            message.set(messages.get("fiveS.ui.saved", areaText(saved.area()), formats.date(saved.inspectionDay()),
                    saved.total().toPlainString()));
            scores.values().forEach(s -> s.set(""));
            remarks.set("");
            photos.clear();
            findings.clear();
            verified.clear();
            refresh();
            chosenInspection.set(saved);
        }, this::fail);
    }

    /** Marks the chosen action done with what was done. */
    public void markDone() {
        FiveSFinding action = chosenAction.get();
        if (action == null || busy.get()) {
            return;
        }
        actionErrors.clear();
        message.set("");
        String note = doneNote.get();
        busy.set(true);
        context.background().run(() -> context.inspections().markDone(action.id(), note), done -> {
            busy.set(false);
            doneNote.set("");
            message.set(messages.get("fiveS.ui.done", done.text()));
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, actionErrors, message);
        });
    }

    /** Renders the sheet of the chosen inspection (the one just saved, or picked in the list). */
    public void print(Consumer<RenderedReport> show) {
        FiveSInspection shown = chosenInspection.get();
        if (shown == null) {
            return;
        }
        context.background().run(() -> context.prints().render(shown.id(), messages), show, this::fail);
    }

    private void fail(Throwable error) {
        busy.set(false);
        context.refusals().show(error, errors, message);
    }

    /** The number of photos an inspection keeps at most. */
    public int maxPhotos() {
        return FiveSInspections.MAX_PHOTOS;
    }
}
