package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.care.Callback;
import com.fours.workbench.care.CallbackDao;
import com.fours.workbench.care.CallbackFallback;
import com.fours.workbench.care.CallbackOutcome;
import com.fours.workbench.care.CallbackService;
import com.fours.workbench.care.CsiScore;
import com.fours.workbench.care.Questionnaire;
import com.fours.workbench.care.QuestionnaireQuestion;
import com.fours.workbench.care.QuestionnaireService;

/**
 * The demo's callbacks: one for every delivered demo visit (the cashier's demo delivers the past
 * five days), with calls in every state. Of those due before today, one in five is still open
 * (overdue, some after an unanswered call), one in five closed unreached (three unanswered calls on
 * two days, by SMS; a wrong number, by letter), the rest done with their survey, one in five of
 * them unhappy with the customer's words. Today's and later ones wait. Written in a few batches.
 */
public final class CustomerCareDemoData implements DemoDataContributor {

    static final String DEMO_CALLER = "care";
    private static final List<String> UNHAPPY_WORDS = List.of("等了一个多小时才交车，说好的时间没做到。",
            "保养后发动机还有异响，希望再检查一下。", "结算时多收了一项检测费，没有提前说明。");

    private final Clock clock;

    public CustomerCareDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.customerCare";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        CallbackService.scheduleMissing(handle);
        Random random = new Random(17);
        Questionnaire q = QuestionnaireService.current(handle);
        CallbackDao dao = handle.attach(CallbackDao.class);
        Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        Batch batch = new Batch();
        int unhappyWords = 0;
        int n = 0;
        for (Callback cb : dao.openDue(Instant.EPOCH, startOfToday, 100_000)) {
            Instant called = cb.dueAt().plus(Duration.ofMinutes(30 + random.nextInt(300)));
            if (!called.isBefore(startOfToday)) { // a call on a past day was made that day
                called = startOfToday.minus(Duration.ofMinutes(10));
            }
            int kind = n++ % 5;
            if (kind == 0) { // still open, overdue; every other one after an unanswered call
                if (n % 2 == 1) {
                    batch.attempt(cb.id(), CallbackOutcome.NO_ANSWER, called);
                    batch.unanswered(cb.id(), 1, called);
                }
                continue;
            }
            if (kind == 2) {
                Instant third = called.plus(Duration.ofDays(1));
                if (third.isBefore(startOfToday)) { // three unanswered calls on two days: closed, by SMS
                    batch.attempt(cb.id(), CallbackOutcome.NO_ANSWER, called);
                    batch.attempt(cb.id(), CallbackOutcome.NO_ANSWER, called.plus(Duration.ofHours(3)));
                    batch.attempt(cb.id(), CallbackOutcome.NO_ANSWER, third);
                    batch.unreachable(cb.id(), 3, CallbackFallback.SMS, called, third);
                } else { // a wrong number closes at once, by letter
                    batch.attempt(cb.id(), CallbackOutcome.WRONG_NUMBER, called);
                    batch.unreachable(cb.id(), 0, CallbackFallback.LETTER, called, called);
                }
                continue;
            }
            boolean unhappy = kind == 1;
            Map<Long, Integer> answers = new HashMap<>();
            for (QuestionnaireQuestion question : q.questions()) {
                int answer = q.scaleMax() - (random.nextInt(4) == 0 ? 1 : 0);
                answers.put(question.id(), answer);
            }
            String words = null;
            if (unhappy) {
                QuestionnaireQuestion low = q.questions().get(random.nextInt(q.questions().size()));
                answers.put(low.id(), q.unhappyBelow() - 1);
                words = UNHAPPY_WORDS.get(unhappyWords++ % UNHAPPY_WORDS.size());
            }
            batch.attempt(cb.id(), CallbackOutcome.REACHED, called);
            batch.reached(cb.id(), CsiScore.visit(q, answers), unhappy, words, called, answers);
        }
        batch.write(dao, q.id());
    }

    /** Rows gathered per table, written in one batch each. */
    private static final class Batch {
        final List<Long> attemptIds = new ArrayList<>();
        final List<String> outcomes = new ArrayList<>();
        final List<Instant> calledAt = new ArrayList<>();
        final List<Long> reachedIds = new ArrayList<>();
        final List<BigDecimal> scores = new ArrayList<>();
        final List<Boolean> unhappy = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();
        final List<Instant> reachedAt = new ArrayList<>();
        final List<Long> answerIds = new ArrayList<>();
        final List<Long> questionIds = new ArrayList<>();
        final List<Integer> answers = new ArrayList<>();
        final List<Long> unreachableIds = new ArrayList<>();
        final List<Integer> unreachableNoAnswers = new ArrayList<>();
        final List<String> fallbacks = new ArrayList<>();
        final List<Instant> firstAt = new ArrayList<>();
        final List<Instant> closedAt = new ArrayList<>();
        final List<Long> openIds = new ArrayList<>();
        final List<Integer> openNoAnswers = new ArrayList<>();
        final List<Instant> openFirstAt = new ArrayList<>();

        void attempt(long id, CallbackOutcome outcome, Instant at) {
            attemptIds.add(id);
            outcomes.add(outcome.name());
            calledAt.add(at);
        }

        void unanswered(long id, int count, Instant at) {
            openIds.add(id);
            openNoAnswers.add(count);
            openFirstAt.add(at);
        }

        void unreachable(long id, int noAnswers, CallbackFallback fallback, Instant first, Instant last) {
            unreachableIds.add(id);
            unreachableNoAnswers.add(noAnswers);
            fallbacks.add(fallback.name());
            firstAt.add(first);
            closedAt.add(last);
        }

        void reached(long id, BigDecimal score, boolean sad, String words, Instant at, Map<Long, Integer> given) {
            reachedIds.add(id);
            scores.add(score);
            unhappy.add(sad);
            remarks.add(words);
            reachedAt.add(at);
            given.forEach((question, answer) -> {
                answerIds.add(id);
                questionIds.add(question);
                answers.add(answer);
            });
        }

        void write(CallbackDao dao, long questionnaireId) {
            if (!attemptIds.isEmpty()) {
                List<Instant> none = new ArrayList<>();
                List<String> noNotes = new ArrayList<>();
                List<String> callers = new ArrayList<>();
                for (int i = 0; i < attemptIds.size(); i++) {
                    none.add(null);
                    noNotes.add(null);
                    callers.add(DEMO_CALLER);
                }
                dao.insertAttempts(attemptIds, outcomes, none, noNotes, callers, calledAt);
            }
            if (!reachedIds.isEmpty()) {
                dao.closeReachedAll(reachedIds, questionnaireId, scores, unhappy, remarks, reachedAt, DEMO_CALLER);
                dao.insertAnswersAll(answerIds, questionIds, answers);
            }
            if (!unreachableIds.isEmpty()) {
                dao.closeUnreachableAll(unreachableIds, unreachableNoAnswers, fallbacks, firstAt, closedAt, DEMO_CALLER);
            }
            if (!openIds.isEmpty()) {
                dao.unansweredAll(openIds, openNoAnswers, openFirstAt);
            }
        }
    }
}
