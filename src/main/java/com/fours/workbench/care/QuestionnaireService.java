package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The store's satisfaction questionnaire, versioned: a version nobody has answered yet is changed in
 * place; a change to one with answers makes the next version, and the answers keep theirs.
 */
public final class QuestionnaireService {

    public static final String SCALE_MIN = "scaleMin";
    public static final String SCALE_MAX = "scaleMax";
    public static final String UNHAPPY_BELOW = "unhappyBelow";
    public static final String QUESTIONS = "questions";
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_TEXT = 200;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public QuestionnaireService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public Questionnaire current() {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(QuestionnaireService::current);
    }

    /** Every version, newest first, with whether it has answers. */
    public List<Questionnaire> versions() {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> {
            QuestionnaireDao dao = handle.attach(QuestionnaireDao.class);
            return dao.heads().stream().map(h -> of(dao, h)).toList();
        });
    }

    public Questionnaire version(long id) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> version(handle, id));
    }

    static Questionnaire version(Handle handle, long id) {
        QuestionnaireDao dao = handle.attach(QuestionnaireDao.class);
        return of(dao, dao.head(id).orElseThrow(() -> new BusinessRuleException("care.questionnaire.notFound")));
    }

    public boolean answered(long id) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(QuestionnaireDao.class).answerCount(id) > 0);
    }

    public static Questionnaire current(Handle handle) {
        QuestionnaireDao dao = handle.attach(QuestionnaireDao.class);
        return of(dao, dao.current().orElseThrow(() -> new BusinessRuleException("care.questionnaire.none")));
    }

    private static Questionnaire of(QuestionnaireDao dao, QuestionnaireDao.Head h) {
        return new Questionnaire(h.id(), h.versionNo(), h.scaleMin(), h.scaleMax(), h.unhappyBelow(),
                h.currentVersion(), h.createdBy(), h.createdAt(), dao.questions(h.id()));
    }

    /**
     * Saves a change to the current version {@code basedOnId}. Changed in place while nobody has
     * answered it; otherwise the next version is made current. A stale {@code basedOnId} is refused.
     */
    public Questionnaire save(long basedOnId, QuestionnaireInput input) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        Checked in = check(input);
        return transactions.inTransaction(handle -> {
            QuestionnaireDao dao = handle.attach(QuestionnaireDao.class);
            Questionnaire before = current(handle);
            if (before.id() != basedOnId) {
                throw new BusinessRuleException("care.questionnaire.changed", before.versionNo());
            }
            long id;
            if (dao.answerCount(before.id()) > 0) {
                dao.retire(before.id());
                id = dao.insert(dao.lastVersionNo() + 1, in.min, in.max, in.unhappyBelow, user.username(),
                        clock.instant());
                audit.record(handle, CallbackAuditAction.QUESTIONNAIRE_VERSION_CREATED, "questionnaire", id,
                        describe(before), describe(in));
            } else {
                id = before.id();
                dao.updateScale(id, in.min, in.max, in.unhappyBelow);
                dao.deleteQuestions(id);
                audit.record(handle, CallbackAuditAction.QUESTIONNAIRE_CHANGED, "questionnaire", id,
                        describe(before), describe(in));
            }
            List<Integer> positions = new ArrayList<>();
            for (int i = 1; i <= in.texts.size(); i++) {
                positions.add(i);
            }
            dao.insertQuestions(id, positions, in.texts, in.weights);
            return version(handle, id);
        });
    }

    private record Checked(int min, int max, int unhappyBelow, List<String> texts, List<BigDecimal> weights) {
    }

    private static Checked check(QuestionnaireInput input) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer min = errors.check(SCALE_MIN, () -> whole(input.scaleMin()));
        Integer max = errors.check(SCALE_MAX, () -> whole(input.scaleMax()));
        Integer unhappy = errors.check(UNHAPPY_BELOW, () -> whole(input.unhappyBelow()));
        if (min != null && max != null && (min < 0 || max > 10 || max <= min)) {
            errors.reject(SCALE_MAX, new InvalidValueException("care.questionnaire.scale"));
        } else if (min != null && max != null && unhappy != null && (unhappy <= min || unhappy > max)) {
            errors.reject(UNHAPPY_BELOW, new InvalidValueException("care.questionnaire.threshold", min + 1, max));
        }
        List<String> texts = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        List<QuestionnaireInput.Question> questions = input.questions() == null ? List.of() : input.questions();
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            errors.reject(QUESTIONS, new InvalidValueException("care.questionnaire.count", MAX_QUESTIONS));
        }
        int n = 0;
        for (QuestionnaireInput.Question q : questions) {
            n++;
            int position = n;
            String text = errors.check(QUESTIONS, () -> {
                try {
                    return Typed.requiredText(q.text(), MAX_TEXT);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("care.questionnaire.questionText", position);
                }
            });
            BigDecimal weight = errors.check(QUESTIONS, () -> weight(q.weight(), position));
            texts.add(text);
            weights.add(weight);
        }
        errors.throwIfAny();
        return new Checked(min, max, unhappy, texts, weights);
    }

    private static Integer whole(String typed) {
        Integer value = Typed.optionalWholeNumber(typed, 10);
        if (value == null) {
            throw new InvalidValueException("care.questionnaire.required");
        }
        return value;
    }

    private static BigDecimal weight(String typed, int position) {
        try {
            BigDecimal w = new BigDecimal(Typed.clean(typed)).setScale(2, java.math.RoundingMode.UNNECESSARY);
            if (w.signum() <= 0 || w.compareTo(MAX_WEIGHT) > 0) {
                throw new InvalidValueException("care.questionnaire.weight", position);
            }
            return w;
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            throw new InvalidValueException("care.questionnaire.weight", position);
        }
    }

    private static String describe(Questionnaire q) {
        return "v" + q.versionNo() + " " + q.scaleMin() + "-" + q.scaleMax() + " unhappy<" + q.unhappyBelow() + " "
                + q.questions().stream().map(x -> x.text() + "×" + x.weight()).toList();
    }

    private static String describe(Checked c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.texts.size(); i++) {
            parts.add(c.texts.get(i) + "×" + c.weights.get(i));
        }
        return c.min + "-" + c.max + " unhappy<" + c.unhappyBelow + " " + parts;
    }
}
