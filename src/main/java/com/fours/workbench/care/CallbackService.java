package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.qc.CompletionCertificates;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * Callbacks (回访): one per delivered visit, made in the delivery's transaction; the caller's lists;
 * each call recorded; a reached callback takes the survey, an unreached one closes with the store's
 * fallback after its number of unanswered calls on at least its number of days (decision 0080).
 */
public final class CallbackService {

    public static final String ANSWERS = "answers";
    public static final String CALL_AGAIN_AT = "callAgainAt";
    public static final String NOTE = "note";
    public static final String OUTCOME = "outcome";
    public static final int MAX_NOTE = 500;
    public static final int MAX_WORK_DONE = 300;
    static final int LIST_LIMIT = 300;
    static final int DONE_DAYS = 7;

    private static final List<String> HEAVY = CompletionCertificates.CERTIFIED.stream().map(Enum::name).toList();

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final QuestionnaireService questionnaires;

    public CallbackService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                           QuestionnaireService questionnaires) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.questionnaires = questionnaires;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /**
     * The callback of a visit just delivered, in the delivery's transaction: due the store's number
     * of days after the hand-back, fewer after a heavy repair (one needing a completion certificate).
     * A second call for the same order is refused by the database's one-per-visit constraint.
     */
    public static void schedule(Handle handle, long orderId) {
        CallbackDao dao = handle.attach(CallbackDao.class);
        Instant deliveredAt = dao.deliveredAt(orderId)
                .orElseThrow(() -> new BusinessRuleException("care.callback.notDelivered"));
        CallbackSettings settings = dao.settings();
        boolean heavy = dao.linesIn(orderId, HEAVY) > 0;
        Instant due = deliveredAt.plus(Duration.ofDays(heavy ? settings.heavyDueDays() : settings.dueDays()));
        if (dao.insertFor(orderId, workDone(dao.lineDescriptions(orderId)), due) != 1) {
            throw new BusinessRuleException("care.callback.notDelivered");
        }
    }

    private static String workDone(List<String> descriptions) {
        String work = String.join("、", descriptions);
        return work.length() > MAX_WORK_DONE ? work.substring(0, MAX_WORK_DONE - 1) + "…" : work;
    }

    /**
     * The callbacks of every delivered visit that has none (visits delivered before customer care, or
     * written by a demo), in a few round trips; returns how many were made.
     */
    public static int scheduleMissing(Handle handle) {
        CallbackDao dao = handle.attach(CallbackDao.class);
        CallbackSettings settings = dao.settings();
        Map<Long, List<String>> lines = new HashMap<>();
        dao.pendingLines().forEach(l -> lines.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l.description()));
        List<Long> orders = new ArrayList<>();
        List<String> work = new ArrayList<>();
        List<Instant> due = new ArrayList<>();
        for (CallbackDao.Pending p : dao.pending(HEAVY)) {
            orders.add(p.orderId());
            work.add(workDone(lines.getOrDefault(p.orderId(), List.of())));
            due.add(p.deliveredAt().plus(Duration.ofDays(p.heavyLines() > 0 ? settings.heavyDueDays()
                    : settings.dueDays())));
        }
        if (!orders.isEmpty()) {
            dao.insertAll(orders, work, due);
        }
        return orders.size();
    }

    public CallbackLists lists() {
        session.require(Permission.USE_CUSTOMER_CARE);
        LocalDate today = LocalDate.now(clock);
        Instant start = today.atStartOfDay(zone()).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone()).toInstant();
        return transactions.read(handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            return new CallbackLists(dao.openDue(start, end, LIST_LIMIT), dao.openDue(Instant.EPOCH, start, LIST_LIMIT),
                    dao.openDue(end, end.plus(Duration.ofDays(60)), LIST_LIMIT),
                    dao.closedSince(today.minusDays(DONE_DAYS).atStartOfDay(zone()).toInstant(), LIST_LIMIT));
        });
    }

    public Callback callback(long id) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> callback(handle, id));
    }

    public List<CallbackAttempt> attempts(long callbackId) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(CallbackDao.class).attempts(callbackId));
    }

    /** The answers of a reached callback, question id to answer. */
    public Map<Long, Integer> answers(long callbackId) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(CallbackDao.class).answers(callbackId).stream()
                .collect(Collectors.toMap(CallbackDao.Answer::questionId, CallbackDao.Answer::answer)));
    }

    private static Callback callback(Handle handle, long id) {
        return handle.attach(CallbackDao.class).callback(id)
                .orElseThrow(() -> new BusinessRuleException("care.callback.notFound"));
    }

    /**
     * A call that did not reach the customer for the survey: no answer, a wrong number, or asked to
     * call later (then {@code callAgainAt}, in the future, is the new due time).
     */
    public Callback recordCall(long id, int expectedVersion, CallbackOutcome outcome, Instant callAgainAt, String note) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        Instant now = clock.instant();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (outcome == null || outcome == CallbackOutcome.REACHED) {
            errors.reject(OUTCOME, new InvalidValueException("care.callback.outcomeRequired"));
        }
        if (outcome == CallbackOutcome.CALL_LATER && (callAgainAt == null || !callAgainAt.isAfter(now))) {
            errors.reject(CALL_AGAIN_AT, new InvalidValueException("care.callback.callAgainInFuture"));
        }
        String text = errors.check(NOTE, () -> Typed.optionalText(note, MAX_NOTE));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            Callback before = openCallback(handle, id, expectedVersion);
            CallbackDao dao = handle.attach(CallbackDao.class);
            dao.insertAttempt(id, outcome.name(), outcome == CallbackOutcome.CALL_LATER ? callAgainAt : null, text,
                    user.username(), now);
            CallbackSettings settings = dao.settings();
            int noAnswers = before.noAnswers() + (outcome == CallbackOutcome.NO_ANSWER ? 1 : 0);
            int changed;
            if (outcome == CallbackOutcome.WRONG_NUMBER) {
                // no number to call again: closed at once, by letter (a text to a wrong number reaches nobody)
                changed = dao.closeUnreachable(id, expectedVersion, noAnswers, CallbackFallback.LETTER.name(), now,
                        user.username());
                audit.record(handle, CallbackAuditAction.CALLBACK_UNREACHABLE, "callback", id, null,
                        "order=" + before.orderNumber() + ", wrongNumber, fallback=LETTER");
            } else if (outcome == CallbackOutcome.NO_ANSWER && giveUp(settings, dao.unansweredCalls(id), noAnswers)) {
                changed = dao.closeUnreachable(id, expectedVersion, noAnswers, settings.fallback().name(), now,
                        user.username());
                audit.record(handle, CallbackAuditAction.CALLBACK_UNREACHABLE, "callback", id, null,
                        "order=" + before.orderNumber() + ", noAnswers=" + noAnswers + ", fallback="
                                + settings.fallback());
            } else {
                Instant due = outcome == CallbackOutcome.CALL_LATER ? callAgainAt
                        : noAnswers >= settings.maxAttempts() ? nextMorning(now) : before.dueAt();
                changed = dao.stillOpen(id, expectedVersion, noAnswers, due, now);
                audit.record(handle, CallbackAuditAction.CALLBACK_ATTEMPT_RECORDED, "callback", id, null,
                        "order=" + before.orderNumber() + ", outcome=" + outcome + ", due=" + due);
            }
            if (changed != 1) {
                throw new BusinessRuleException("care.callback.changed", before.orderNumber());
            }
            return callback(handle, id);
        });
    }

    /** Enough unanswered calls, made on enough different days. */
    private boolean giveUp(CallbackSettings settings, List<Instant> unanswered, int noAnswers) {
        Set<LocalDate> days = unanswered.stream().map(t -> LocalDate.ofInstant(t, zone())).collect(Collectors.toSet());
        return noAnswers >= settings.maxAttempts() && days.size() >= settings.minAttemptDays();
    }

    /** Nine in the morning of the next day: the last calls must fall on another day. */
    private Instant nextMorning(Instant now) {
        return LocalDate.ofInstant(now, zone()).plusDays(1).atTime(9, 0).atZone(zone()).toInstant();
    }

    /**
     * The customer was reached and answered the survey: every question of the current questionnaire
     * answered within its scale. The visit's score comes from the answers (CsiScore); an answer under
     * the threshold marks the callback unhappy.
     */
    public Callback recordReached(long id, int expectedVersion, Map<Long, Integer> answers, String remark) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String text = errors.check(NOTE, () -> Typed.optionalText(remark, MAX_NOTE));
        errors.throwIfAny();
        Instant now = clock.instant();
        return transactions.inTransaction(handle -> {
            Callback before = openCallback(handle, id, expectedVersion);
            Questionnaire version = QuestionnaireService.current(handle);
            Map<Long, Integer> given = answers == null ? Map.of() : new HashMap<>(answers);
            List<Long> questionIds = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            boolean unhappy = false;
            for (QuestionnaireQuestion q : version.questions()) {
                Integer a = given.remove(q.id());
                if (a == null) {
                    throw new InvalidFieldsException(Map.of(ANSWERS,
                            new InvalidValueException("care.survey.unanswered", q.position())));
                }
                if (a < version.scaleMin() || a > version.scaleMax()) {
                    throw new InvalidFieldsException(Map.of(ANSWERS, new InvalidValueException(
                            "care.survey.outsideScale", q.position(), version.scaleMin(), version.scaleMax())));
                }
                unhappy |= version.unhappy(a);
                questionIds.add(q.id());
                values.add(a);
            }
            if (!given.isEmpty()) {
                throw new InvalidFieldsException(Map.of(ANSWERS, new InvalidValueException("care.survey.unknownQuestion")));
            }
            BigDecimal score = CsiScore.visit(version, answers);
            CallbackDao dao = handle.attach(CallbackDao.class);
            dao.insertAttempt(id, CallbackOutcome.REACHED.name(), null, text, user.username(), now);
            if (dao.closeReached(id, expectedVersion, version.id(), score, unhappy, text, now, user.username()) != 1) {
                throw new BusinessRuleException("care.callback.changed", before.orderNumber());
            }
            dao.insertAnswers(id, questionIds, values);
            audit.record(handle, CallbackAuditAction.CALLBACK_REACHED, "callback", id, null,
                    "order=" + before.orderNumber() + ", questionnaire=v" + version.versionNo() + ", answers="
                            + values + ", score=" + score + (unhappy ? ", unhappy" : ""));
            return callback(handle, id);
        });
    }

    private static Callback openCallback(Handle handle, long id, int expectedVersion) {
        Callback before = callback(handle, id);
        if (!before.open()) {
            throw new BusinessRuleException("care.callback.alreadyClosed", before.orderNumber());
        }
        if (before.version() != expectedVersion) {
            throw new BusinessRuleException("care.callback.changed", before.orderNumber());
        }
        return before;
    }

    public CallbackSettings settings() {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(CallbackDao.class).settings());
    }

    public static final String DUE_DAYS = "dueDays";
    public static final String HEAVY_DUE_DAYS = "heavyDueDays";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String MIN_ATTEMPT_DAYS = "minAttemptDays";
    public static final String FALLBACK = "fallback";

    /**
     * The store's callback rules, as typed; the new ones apply to visits delivered from now on. Only
     * the service manager sets them. A heavy repair is called back no later than the others, and the
     * unanswered calls cannot be spread over more days than there are calls.
     */
    public CallbackSettings changeSettings(int expectedVersion, String dueDays, String heavyDueDays,
                                           String maxAttempts, String minAttemptDays, CallbackFallback fallback) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        if (!user.roles().contains(Role.SERVICE_MANAGER)) {
            throw new BusinessRuleException("care.complaint.managerOnly");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer due = errors.check(DUE_DAYS, () -> within(dueDays, 1, MAX_DUE_DAYS));
        Integer heavy = errors.check(HEAVY_DUE_DAYS, () -> within(heavyDueDays, 1, MAX_DUE_DAYS));
        Integer attempts = errors.check(MAX_ATTEMPTS, () -> within(maxAttempts, 1, MAX_CALLS));
        Integer days = errors.check(MIN_ATTEMPT_DAYS, () -> within(minAttemptDays, 1, MAX_CALLS));
        if (due != null && heavy != null && heavy > due) {
            errors.reject(HEAVY_DUE_DAYS, new InvalidValueException("care.settings.heavyNotLater", due));
        }
        if (attempts != null && days != null && days > attempts) {
            errors.reject(MIN_ATTEMPT_DAYS, new InvalidValueException("care.settings.daysNotMoreThanCalls", attempts));
        }
        if (fallback == null) {
            errors.reject(FALLBACK, new InvalidValueException("care.settings.fallbackRequired"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            CallbackSettings before = dao.settings();
            if (dao.updateSettings(due, heavy, attempts, days, fallback.name(), expectedVersion) != 1) {
                throw new BusinessRuleException("care.settings.changed");
            }
            CallbackSettings after = dao.settings();
            audit.record(handle, CallbackAuditAction.CALLBACK_SETTINGS_CHANGED, "care_settings", 1,
                    before.toString(), after.toString());
            return after;
        });
    }

    /** The most days after the hand-back a callback may be set to, and the most calls. */
    public static final int MAX_DUE_DAYS = 30;
    public static final int MAX_CALLS = 10;

    /** What counts as a heavy repair: a line of a category that needs a completion certificate. */
    public static Set<RepairCategory> heavyCategories() {
        return CompletionCertificates.CERTIFIED;
    }

    private static Integer within(String typed, int min, int max) {
        Integer value = Typed.optionalWholeNumber(typed, 1000);
        if (value == null || value < min || value > max) {
            throw new InvalidValueException("care.settings.range", min, max);
        }
        return value;
    }
}
