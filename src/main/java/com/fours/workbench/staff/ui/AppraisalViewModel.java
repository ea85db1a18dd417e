package com.fours.workbench.staff.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.staff.Appraisal;
import com.fours.workbench.staff.AppraisalFigure;
import com.fours.workbench.staff.AppraisalMarks;
import com.fours.workbench.staff.AppraisalPeriodKind;
import com.fours.workbench.staff.AppraisalService;
import com.fours.workbench.staff.AppraisalStatus;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.StaffPrints;
import com.fours.workbench.ui.FieldErrors;

/**
 * Appraisals: the manager's (every employee's, filled for a period, marked, signed) or the employee's
 * own (read, signed, printed). The sheet shown is {@link #appraisalProperty()}.
 */
public final class AppraisalViewModel {

    public static final List<Integer> MARKS = List.of(1, 2, 3, 4, 5);

    private final StaffContext context;
    private final boolean manager;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<StaffMember> employee = new SimpleObjectProperty<>(this, "employee");
    private final ObjectProperty<AppraisalPeriodKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Appraisal> appraisal = new SimpleObjectProperty<>(this, "appraisal");
    private final ObjectProperty<Integer> ability = new SimpleObjectProperty<>(this, "ability");
    private final ObjectProperty<Integer> attitude = new SimpleObjectProperty<>(this, "attitude");
    private final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>(this, "satisfaction");
    private final StringProperty comments = new SimpleStringProperty(this, "comments", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty sheetMessage = new SimpleStringProperty(this, "sheetMessage", "");
    private final FieldErrors errors = new FieldErrors();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObservableList<Appraisal> appraisals = FXCollections.observableArrayList();

    public AppraisalViewModel(StaffContext context, boolean manager) {
        this.context = context;
        this.manager = manager;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        kind.addListener((obs, old, now) -> {
            if (now != null) {
                from.set(context.appraisals().lastWholeStart(now));
            }
        });
        from.addListener((obs, old, now) -> {
            if (now != null && kind.get() != null) {
                to.set(kind.get().end(now));
            }
        });
        kind.set(AppraisalPeriodKind.MONTH);
        appraisal.addListener((obs, old, now) -> {
            AppraisalMarks marks = now == null ? new AppraisalMarks(null, null, null, null) : now.marks();
            ability.set(marks.ability());
            attitude.set(marks.attitude());
            satisfaction.set(marks.satisfaction());
            comments.set(marks.comments() == null ? "" : marks.comments());
        });
    }

    public boolean manager() {
        return manager;
    }

    public ObjectProperty<StaffMember> employeeProperty() {
        return employee;
    }

    public ObjectProperty<AppraisalPeriodKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Appraisal> appraisalProperty() {
        return appraisal;
    }

    public ObjectProperty<Integer> abilityProperty() {
        return ability;
    }

    public ObjectProperty<Integer> attitudeProperty() {
        return attitude;
    }

    public ObjectProperty<Integer> satisfactionProperty() {
        return satisfaction;
    }

    public StringProperty commentsProperty() {
        return comments;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty sheetMessageProperty() {
        return sheetMessage;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public ObservableList<Appraisal> appraisals() {
        return appraisals;
    }

    /** True while the sheet shown may still be marked and signed by the manager. */
    public BooleanBinding draft() {
        return Bindings.createBooleanBinding(() -> manager && appraisal.get() != null
                && appraisal.get().status() == AppraisalStatus.DRAFT, appraisal);
    }

    /** True while the sheet shown waits for the employee's own signature. */
    public BooleanBinding awaitingEmployee() {
        return Bindings.createBooleanBinding(() -> !manager && appraisal.get() != null
                && appraisal.get().status() == AppraisalStatus.MANAGER_SIGNED, appraisal);
    }

    public void refresh() {
        record Read(List<StaffMember> staff, List<Appraisal> appraisals) {
        }
        AppraisalService service = context.appraisals();
        context.background().run(() -> manager ? new Read(service.staff(), service.appraisals())
                        : new Read(List.of(), service.mine()),
                read -> {
                    staff.setAll(read.staff());
                    appraisals.setAll(read.appraisals());
                    Appraisal shown = appraisal.get();
                    if (shown != null) {
                        read.appraisals().stream().filter(a -> a.id() == shown.id()).findFirst().ifPresent(appraisal::set);
                    }
                },
                error -> context.refusals().show(error, message));
    }

    /** The manager opens (filling or reading again) the chosen employee's appraisal of the chosen period. */
    public void fill() {
        errors.clear();
        message.set("");
        StaffMember who = employee.get();
        AppraisalPeriodKind k = kind.get();
        LocalDate start = from.get();
        LocalDate end = to.get();
        context.background().run(() -> context.appraisals().fill(who == null ? null : who.id(), k, start, end),
                filled -> {
                    appraisal.set(filled);
                    refresh();
                },
                error -> context.refusals().show(error, errors, message));
    }

    public void save() {
        act(a -> context.appraisals().mark(a.id(), a.version(), marks()), "staff.appraisal.saved");
    }

    public void signAsManager() {
        act(a -> context.appraisals().signAsManager(a.id(), a.version(), marks()), "staff.appraisal.signedByManager");
    }

    public void signAsEmployee() {
        act(a -> context.appraisals().signAsEmployee(a.id(), a.version()), "staff.appraisal.signedByEmployee");
    }

    private AppraisalMarks marks() {
        return new AppraisalMarks(ability.get(), attitude.get(), satisfaction.get(), comments.get());
    }

    private void act(java.util.function.Function<Appraisal, Appraisal> call, String doneKey) {
        Appraisal a = appraisal.get();
        if (a == null) {
            return;
        }
        errors.clear();
        sheetMessage.set("");
        context.background().run(() -> call.apply(a), done -> {
            appraisal.set(done);
            sheetMessage.set(messages.get(doneKey));
            refresh();
        }, error -> context.refusals().show(error, errors, sheetMessage));
    }

    public void print(Consumer<RenderedReport> preview) {
        Appraisal a = appraisal.get();
        if (a == null) {
            return;
        }
        StaffPrints prints = context.prints();
        context.background().run(() -> prints.sheet(a.id()), preview, error -> context.refusals().show(error, sheetMessage));
    }

    public String period(Appraisal a) {
        return StaffPrints.periodText(a, messages, formats);
    }

    public String value(AppraisalFigure f) {
        return f.unit().format(f.value(), formats, messages);
    }

    /** "张伟 · 技师 · 2026年11月 · 草稿" */
    public String heading(Appraisal a) {
        return messages.get("staff.sheet.heading", a.employeeName(), messages.of(a.role()), period(a), messages.of(a.status()));
    }

    public String signatures(Appraisal a) {
        String managerLine = a.managerSignedAt() == null ? messages.get("staff.sheet.notSigned")
                : a.managerName() + " " + formats.dateTime(a.managerSignedAt(), context.zone());
        String employeeLine = a.employeeSignedAt() == null ? messages.get("staff.sheet.notSigned")
                : a.employeeName() + " " + formats.dateTime(a.employeeSignedAt(), context.zone());
        return messages.get("staff.sheet.signatures", managerLine, employeeLine);
    }
}
