package com.fours.workbench.care.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.care.Callback;
import com.fours.workbench.care.CallbackComplaint;
import com.fours.workbench.care.CallbackLists;
import com.fours.workbench.care.CallbackOutcome;
import com.fours.workbench.care.CallbackService;
import com.fours.workbench.care.Complaint;
import com.fours.workbench.care.Questionnaire;
import com.fours.workbench.care.QuestionnaireQuestion;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FieldErrors;

/**
 * The caller's lists and the call pane: the chosen visit, the survey's answers, the remark, and
 * what the call came to. "Raise a complaint" is offered for an unhappy answer or a remark.
 */
public final class CallbacksViewModel {

    private final CareContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<CallbackList> list = new SimpleObjectProperty<>(this, "list", CallbackList.TODAY);
    private final ObservableList<Callback> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Callback> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Questionnaire> questionnaire = new SimpleObjectProperty<>(this, "questionnaire");
    private final ObservableList<ObjectProperty<Integer>> answers = FXCollections.observableArrayList();
    private final StringProperty remark = new SimpleStringProperty(this, "remark", "");
    private final ObjectProperty<LocalDate> callAgainDay = new SimpleObjectProperty<>(this, "callAgainDay");
    private final ObjectProperty<LocalTime> callAgainTime = new SimpleObjectProperty<>(this, "callAgainTime");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final BooleanProperty unhappy = new SimpleBooleanProperty(this, "unhappy");
    private final ObjectProperty<Complaint> raised = new SimpleObjectProperty<>(this, "raised");
    private final FieldErrors errors = new FieldErrors();
    private CallbackLists lists = new CallbackLists(List.of(), List.of(), List.of(), List.of());

    public CallbacksViewModel(CareContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        list.addListener((o, a, b) -> showList());
        selected.addListener((o, a, b) -> clearCall());
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                findRaised(b);
            }
        });
    }

    /** The complaint raised from the chosen callback: the button then opens it instead of raising another. */
    public ObjectProperty<Complaint> raisedProperty() {
        return raised;
    }

    private void findRaised(Callback cb) {
        raised.set(null);
        if (cb == null || !canRaiseComplaint()) {
            return;
        }
        context.background().run(() -> context.raiseComplaint().raisedFrom(cb.id()), found -> {
            if (selected.get() != null && selected.get().id() == cb.id()) {
                raised.set(found.orElse(null));
            }
        }, error -> context.refusals().show(error, message));
    }

    /** "Raise a complaint", or "Open complaint ..." once one was raised from this callback. */
    public javafx.beans.binding.StringBinding complaintButtonText() {
        return Bindings.createStringBinding(() -> raised.get() == null ? messages.get("care.ui.callbacks.complaint")
                : messages.get("care.ui.callbacks.openComplaint", raised.get().number()), raised);
    }

    public ObjectProperty<CallbackList> listProperty() {
        return list;
    }

    public ObservableList<Callback> rows() {
        return rows;
    }

    public ObjectProperty<Callback> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Questionnaire> questionnaireProperty() {
        return questionnaire;
    }

    public ObservableList<ObjectProperty<Integer>> answers() {
        return answers;
    }

    public StringProperty remarkProperty() {
        return remark;
    }

    public ObjectProperty<LocalDate> callAgainDayProperty() {
        return callAgainDay;
    }

    public ObjectProperty<LocalTime> callAgainTimeProperty() {
        return callAgainTime;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public FieldErrors errors() {
        return errors;
    }

    public boolean canRaiseComplaint() {
        return context.raiseComplaint() != null;
    }

    /** An unhappy answer or a remark: the customer said something a complaint can carry. */
    public BooleanBinding complaintOffered() {
        return Bindings.createBooleanBinding(() -> canRaiseComplaint() && selected.get() != null
                && (raised.get() != null || unhappy.get() || !remark.get().isBlank()), unhappy, remark, selected, raised);
    }

    public BooleanBinding callable() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().open(), selected);
    }

    public void refresh() {
        context.background().run(() -> new Loaded(context.callbacks().lists(), context.questionnaires().current()),
                loaded -> {
                    lists = loaded.lists;
                    if (questionnaire.get() == null || questionnaire.get().id() != loaded.questionnaire.id()) {
                        questionnaire.set(loaded.questionnaire);
                        clearCall();
                    }
                    counts.set(messages.get("care.ui.callbacks.counts", lists.today().size(), lists.overdue().size(),
                            lists.upcoming().size(), lists.done().size()));
                    showList();
                }, error -> context.refusals().show(error, message));
    }

    private record Loaded(CallbackLists lists, Questionnaire questionnaire) {
    }

    private void showList() {
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(switch (list.get()) {
            case TODAY -> lists.today();
            case OVERDUE -> lists.overdue();
            case UPCOMING -> lists.upcoming();
            case DONE -> lists.done();
        });
        selected.set(rows.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
    }

    private void clearCall() {
        List<ObjectProperty<Integer>> fresh = new ArrayList<>();
        Questionnaire q = questionnaire.get();
        if (q != null) {
            for (int i = 0; i < q.questions().size(); i++) {
                ObjectProperty<Integer> answer = new SimpleObjectProperty<>();
                answer.addListener((o, a, b) -> unhappy.set(anyUnhappy()));
                fresh.add(answer);
            }
        }
        answers.setAll(fresh);
        remark.set("");
        callAgainDay.set(null);
        callAgainTime.set(null);
        unhappy.set(false);
        errors.clear();
    }

    private boolean anyUnhappy() {
        Questionnaire q = questionnaire.get();
        return q != null && answers.stream().anyMatch(a -> a.get() != null && q.unhappy(a.get()));
    }

    /** The scale's answers, for each question's choice. */
    public List<Integer> scale() {
        Questionnaire q = questionnaire.get();
        List<Integer> values = new ArrayList<>();
        if (q != null) {
            for (int v = q.scaleMax(); v >= q.scaleMin(); v--) {
                values.add(v);
            }
        }
        return values;
    }

    public void reached() {
        Callback cb = selected.get();
        Questionnaire q = questionnaire.get();
        if (cb == null || q == null) {
            return;
        }
        Map<Long, Integer> given = new HashMap<>();
        for (int i = 0; i < q.questions().size(); i++) {
            QuestionnaireQuestion question = q.questions().get(i);
            Integer answer = answers.get(i).get();
            if (answer != null) {
                given.put(question.id(), answer);
            }
        }
        String words = remark.get();
        run(() -> context.callbacks().recordReached(cb.id(), cb.version(), given, words),
                done -> message.set(messages.get("care.ui.callbacks.reachedSaved", done.orderNumber(),
                        formats.quantity(done.score()))));
    }

    public void call(CallbackOutcome outcome) {
        Callback cb = selected.get();
        if (cb == null) {
            return;
        }
        Instant again = callAgainDay.get() == null || callAgainTime.get() == null ? null
                : callAgainDay.get().atTime(callAgainTime.get()).atZone(context.clock().getZone()).toInstant();
        String note = remark.get();
        run(() -> context.callbacks().recordCall(cb.id(), cb.version(), outcome, again, note),
                done -> message.set(messages.get("care.ui.callbacks.callSaved", done.orderNumber(),
                        messages.of(outcome), messages.of(done.status()))));
    }

    private void run(java.util.concurrent.Callable<Callback> work, java.util.function.Consumer<Callback> after) {
        errors.clear();
        message.set("");
        context.background().run(work, done -> {
            after.accept(done);
            refresh();
        }, error -> context.refusals().show(error, errors, message));
    }

    /**
     * Records the complaint in place: the caller stays on the call (the answers and "reached" are
     * still to be saved) and sees the complaint's number; a second press opens it.
     */
    public void raiseComplaint() {
        Callback cb = selected.get();
        if (cb == null || context.raiseComplaint() == null) {
            return;
        }
        if (raised.get() != null) {
            context.raiseComplaint().open(raised.get());
            return;
        }
        List<String> words = new ArrayList<>();
        Questionnaire q = questionnaire.get();
        if (q != null) {
            for (int i = 0; i < q.questions().size(); i++) {
                Integer a = answers.get(i).get();
                if (a != null && q.unhappy(a)) {
                    words.add(q.questions().get(i).text() + ": " + a);
                }
            }
        }
        if (!remark.get().isBlank()) {
            words.add(remark.get().strip());
        }
        CallbackComplaint from = new CallbackComplaint(cb.repairOrderId(), cb.id(), String.join("\n", words));
        errors.clear();
        message.set("");
        context.background().run(() -> context.raiseComplaint().raise(from), complaint -> {
            if (selected.get() != null && selected.get().id() == cb.id()) {
                raised.set(complaint);
            }
            message.set(messages.get("care.ui.callbacks.complaintRaised", complaint.number(), cb.orderNumber()));
        }, error -> context.refusals().show(error, errors, message));
    }

    // ---- what the list and the visit pane show ----

    public String consent(Callback cb) {
        return cb.contactConsent() ? "" : messages.get("care.ui.callbacks.serviceOnly");
    }

    public String due(Callback cb) {
        return formats.dayTime(cb.dueAt(), context.clock().getZone());
    }

    public String status(Callback cb) {
        return cb.status() == com.fours.workbench.care.CallbackStatus.UNREACHABLE && cb.fallback() != null
                ? messages.of(cb.status()) + " · " + messages.of(cb.fallback()) : messages.of(cb.status());
    }

    public String visit(Callback cb) {
        if (cb == null) {
            return messages.get("care.ui.callbacks.none");
        }
        return messages.get("care.ui.callbacks.visit", cb.orderNumber(), nz(cb.plate()), nz(cb.car()),
                cb.customerName(), nz(cb.mobile()), cb.workDone(), formats.money(cb.amount()), cb.advisor(),
                nz(cb.technician()), cb.handbackScore(), formats.date(cb.deliveredAt(), context.clock().getZone()),
                cb.noAnswers());
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
