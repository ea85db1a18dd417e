package com.fours.workbench.care;

import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedUnchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.testing.MutableClock;

class CallbackServiceTest {

    private static final List<String> CALLBACK_TABLES = List.of("callback", "callback_attempt", "survey_answer",
            "questionnaire", "questionnaire_question");

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private CareFixture f;
    private CallbackService callbacks;

    @BeforeEach
    void setUp() {
        f = new CareFixture(clock);
        callbacks = f.services.callbacks();
    }

    private Callback callbackOf(long order) {
        return f.services.transactions().read(h -> h.attach(CallbackDao.class).ofOrder(order)).orElseThrow();
    }

    private int callbacksOf(long order) {
        return f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM callback WHERE repair_order_id = :o").bind("o", order).mapTo(Integer.class).one());
    }

    private Map<Long, Integer> answers(Questionnaire q, int... values) {
        Map<Long, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(q.questions().get(i).id(), values[i]);
        }
        return answers;
    }

    @Test
    void everyDeliveredVisitGetsExactlyOneCallbackDueThreeDaysLaterWithTheVisitAtAGlance() {
        long order = f.delivered(CareFixture.oilChange(), 4);
        Instant deliveredAt = clock.instant();

        Callback cb = callbackOf(order);
        assertThat(callbacksOf(order)).isEqualTo(1);
        assertThat(cb.status()).isEqualTo(CallbackStatus.OPEN);
        assertThat(cb.dueAt()).isEqualTo(deliveredAt.plus(Duration.ofDays(3)));
        assertThat(cb.workDone()).isEqualTo("机油更换");
        assertThat(cb.amount()).isEqualTo(Money.of("380.00"));
        assertThat(cb.handbackScore()).isEqualTo(4);
        assertThat(cb.orderNumber()).startsWith("RO");
        assertThat(cb.plate()).isEqualTo(f.cashier.repair.services.transactions().read(h -> h.createQuery(
                "SELECT v.plate FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id WHERE o.id = :o")
                .bind("o", order).mapTo(String.class).one()));
        assertThat(cb.advisor()).doesNotMatch("\\d+").isNotBlank();

        // never two: the database refuses a second one, and the hand-back with it
        assertThatThrownBy(() -> f.services.transactions().useTransaction(h -> CallbackService.schedule(h, order)))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("callback_one_per_visit"));
        assertThat(callbacksOf(order)).isEqualTo(1);

        f.as("huangli");
        clock.advance(Duration.ofDays(3));
        assertThat(callbacks.lists().today()).extracting(Callback::repairOrderId).containsExactly(order);
        clock.advance(Duration.ofDays(1));
        CallbackLists lists = callbacks.lists();
        assertThat(lists.today()).isEmpty();
        assertThat(lists.overdue()).extracting(Callback::repairOrderId).containsExactly(order);
    }

    @Test
    void aHeavyRepairIsCalledBackSooner() {
        long order = f.cashier.anotherReadyOrder(List.of(new LineInput(LineKind.LABOUR, null, null, "二级维护",
                RepairCategory.SECOND_LEVEL_MAINTENANCE, new BigDecimal("2"), Money.of("300.00"), Payer.CUSTOMER, null)));
        f.as("sunli");
        f.services.certificates().issueCertificate(order);
        f.handBack(order, 5);
        assertThat(callbackOf(order).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));

        f.as("zhoujie");                                          // the rules are the service manager's
        CallbackSettings rules = callbacks.settings();
        refusedUnchanged("care.settings.range", f.services.transactions(), List.of("care_settings"),
                () -> callbacks.changeSettings(rules.version(), "5", "2", "0", "1", CallbackFallback.LETTER));
        CallbackSettings changed = callbacks.changeSettings(rules.version(), "5", "2", "2", "1", CallbackFallback.LETTER);
        assertThat(changed.dueDays()).isEqualTo(5);
        refused("care.settings.changed",
                () -> callbacks.changeSettings(rules.version(), "4", "2", "2", "1", CallbackFallback.SMS));
        long plain = f.delivered(CareFixture.oilChange(), 5);
        assertThat(callbackOf(plain).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(5)));
    }

    @Test
    void aReachedCallbackRecordsTheSurveyItsScoreAndIsRefusedASecondTime() {
        long order = f.delivered(CareFixture.oilChange(), 5);
        f.as("huangli");
        Questionnaire q = f.services.questionnaires().current();
        Callback cb = callbackOf(order);

        refusedUnchanged("care.survey.outsideScale", f.services.transactions(), CALLBACK_TABLES,
                () -> callbacks.recordReached(cb.id(), cb.version(), answers(q, 5, 6, 5, 5), null));
        refusedUnchanged("care.survey.unanswered", f.services.transactions(), CALLBACK_TABLES,
                () -> callbacks.recordReached(cb.id(), cb.version(), answers(q, 5, 5, 5), null));

        // weights 1,2,1,1 on 1-5: (1·4 + 2·1 + 1·3 + 1·4) / (5·4) = 13/20 = 65.00
        Callback done = callbacks.recordReached(cb.id(), cb.version(), answers(q, 5, 2, 4, 5), "修得不太好");
        assertThat(done.status()).isEqualTo(CallbackStatus.REACHED);
        assertThat(done.score()).isEqualByComparingTo("65.00");
        assertThat(done.unhappy()).as("2 is under the threshold 3").isTrue();
        assertThat(callbacks.answers(cb.id())).hasSize(4);

        refusedUnchanged("care.callback.alreadyClosed", f.services.transactions(), CALLBACK_TABLES,
                () -> callbacks.recordReached(cb.id(), done.version(), answers(q, 5, 5, 5, 5), null));
        refusedUnchanged("care.callback.alreadyClosed", f.services.transactions(), CALLBACK_TABLES,
                () -> callbacks.recordCall(cb.id(), done.version(), CallbackOutcome.NO_ANSWER, null, null));
        int audited = f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'CALLBACK_REACHED'").mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void unansweredCallsCloseTheCallbackOnlyAfterTheStoresNumberOverTwoDaysWithTheFallback() {
        long order = f.delivered(CareFixture.oilChange(), 3);
        f.as("huangli");
        Callback cb = callbackOf(order);
        clock.advance(Duration.ofDays(3));
        for (int i = 0; i < 3; i++) {
            cb = callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.NO_ANSWER, null, null);
            clock.advance(Duration.ofMinutes(30));
        }
        assertThat(cb.status()).as("three calls on one day are not enough").isEqualTo(CallbackStatus.OPEN);
        assertThat(cb.noAnswers()).isEqualTo(3);
        assertThat(callbacks.lists().upcoming()).extracting(Callback::id).contains(cb.id());

        clock.advance(Duration.ofDays(1));
        Callback closed = callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.NO_ANSWER, null, "关机");
        assertThat(closed.status()).isEqualTo(CallbackStatus.UNREACHABLE);
        assertThat(closed.fallback()).isEqualTo(CallbackFallback.SMS);
        assertThat(callbacks.attempts(cb.id())).hasSize(4);

        CareFigures month = f.services.careFigures().month(YearMonth.of(2026, 11));
        assertThat(month.due()).isEqualTo(1);
        assertThat(month.unreachable()).isEqualTo(1);
        assertThat(month.callbackRate()).as("could not reach counts against the 100%").isEqualByComparingTo("0");
    }

    @Test
    void callLaterMovesTheDueTimeAndAWrongNumberClosesByLetter() {
        long first = f.delivered(CareFixture.oilChange(), 5);
        long second = f.delivered(CareFixture.oilChange(), 5);
        f.as("huangli");
        Callback cb = callbackOf(first);
        refused("care.callback.callAgainInFuture",
                () -> callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.CALL_LATER, clock.instant(), null));
        Instant later = clock.instant().plus(Duration.ofDays(5));
        Callback moved = callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.CALL_LATER, later, "出差");
        assertThat(moved.dueAt()).isEqualTo(later);
        assertThat(moved.noAnswers()).isZero();
        refused("care.callback.changed",
                () -> callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.NO_ANSWER, null, null));

        Callback other = callbackOf(second);
        Callback wrong = callbacks.recordCall(other.id(), other.version(), CallbackOutcome.WRONG_NUMBER, null, null);
        assertThat(wrong.status()).isEqualTo(CallbackStatus.UNREACHABLE);
        assertThat(wrong.fallback()).isEqualTo(CallbackFallback.LETTER);
    }

    @Test
    void aCustomerWithoutConsentIsMarkedForAServiceCallbackOnly() {
        long order = f.delivered(CareFixture.oilChange(), 5);
        f.as("huangli");
        clock.advance(Duration.ofDays(3));
        setConsent(order, false);
        assertThat(callbacks.lists().today()).extracting(Callback::contactConsent).containsExactly(false);
        setConsent(order, true);
        assertThat(callbacks.lists().today()).extracting(Callback::contactConsent).containsExactly(true);
    }

    private void setConsent(long order, boolean consent) {
        f.services.transactions().useTransaction(h -> h.execute("UPDATE customer SET contact_consent = ? "
                + "WHERE id = (SELECT customer_id FROM repair_order WHERE id = ?)", consent, order));
    }

    @Test
    void aUserWithoutCustomerCareIsRefused() {
        long order = f.delivered(CareFixture.oilChange(), 5);
        Callback cb = callbackOf(order);
        f.as("chenjing");
        refused("security.accessDenied", () -> callbacks.lists());
        refusedUnchanged("security.accessDenied", f.services.transactions(), CALLBACK_TABLES,
                () -> callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.NO_ANSWER, null, null));
        refused("security.accessDenied", () -> f.services.questionnaires().current());
        refused("security.accessDenied", () -> f.services.careFigures().month(YearMonth.of(2026, 11)));
    }

    @Test
    void aQuestionnaireWithAnswersChangesIntoANewVersionAndTheOldAnswersKeepTheirs() {
        long order = f.delivered(CareFixture.oilChange(), 5);
        long later = f.delivered(CareFixture.oilChange(), 5);
        f.as("huangli");
        QuestionnaireService questionnaires = f.services.questionnaires();
        Questionnaire v1 = questionnaires.current();

        refusedUnchanged("care.questionnaire.scale", f.services.transactions(), CALLBACK_TABLES,
                () -> questionnaires.save(v1.id(), new QuestionnaireInput("5", "1", "3",
                        List.of(new QuestionnaireInput.Question("服务", "1")))));
        refusedUnchanged("care.questionnaire.weight", f.services.transactions(), CALLBACK_TABLES,
                () -> questionnaires.save(v1.id(), new QuestionnaireInput("1", "5", "3",
                        List.of(new QuestionnaireInput.Question("服务", "abc")))));
        refusedUnchanged("care.questionnaire.threshold", f.services.transactions(), CALLBACK_TABLES,
                () -> questionnaires.save(v1.id(), new QuestionnaireInput("1", "5", "1",
                        List.of(new QuestionnaireInput.Question("服务", "1")))));

        // nobody has answered version 1: changed in place
        Questionnaire edited = questionnaires.save(v1.id(), new QuestionnaireInput("1", "5", "3", List.of(
                new QuestionnaireInput.Question("接待", "1"), new QuestionnaireInput.Question("质量", "3"))));
        assertThat(edited.id()).isEqualTo(v1.id());
        assertThat(edited.versionNo()).isEqualTo(1);
        assertThat(edited.questions()).extracting(QuestionnaireQuestion::text).containsExactly("接待", "质量");

        Callback first = callbackOf(order);
        // (1·(4-1) + 3·(3-1)) / (4·(1+3)) = 9/16 = 56.25
        assertThat(callbacks.recordReached(first.id(), first.version(), answers(edited, 4, 3), null).score())
                .isEqualByComparingTo("56.25");

        Questionnaire v2 = questionnaires.save(v1.id(), new QuestionnaireInput("0", "10", "7", List.of(
                new QuestionnaireInput.Question("总体满意度", "1"), new QuestionnaireInput.Question("是否推荐", "0.5"))));
        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(questionnaires.versions()).extracting(Questionnaire::versionNo, Questionnaire::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(questionnaires.version(v1.id()).questions()).extracting(QuestionnaireQuestion::text)
                .containsExactly("接待", "质量");
        assertThat(callbacks.answers(first.id())).containsOnlyKeys(
                edited.questions().stream().map(QuestionnaireQuestion::id).toArray(Long[]::new));
        refused("care.questionnaire.changed", () -> questionnaires.save(v1.id(), new QuestionnaireInput("1", "5", "3",
                List.of(new QuestionnaireInput.Question("服务", "1")))));

        Callback second = callbackOf(later);
        refused("care.survey.outsideScale",
                () -> callbacks.recordReached(second.id(), second.version(), answers(v2, 11, 5), null));
        // (1·9 + 0.5·6) / (10·1.5) = 12/15 = 80.00; CSI of the month: (56.25 + 80.00) / 2 = 68.125 -> 68.13
        assertThat(callbacks.recordReached(second.id(), second.version(), answers(v2, 9, 6), null).score())
                .isEqualByComparingTo("80.00");
        CareFigures month = f.services.careFigures().month(YearMonth.of(2026, 11));
        assertThat(month.csi().csi()).isEqualByComparingTo("68.13");
        assertThat(month.csi().surveys()).isEqualTo(2);
        assertThat(month.csi().unhappy()).as("6 is under 7 on version 2").isEqualTo(1);
        assertThat(month.reachRate()).isEqualByComparingTo("100.0");
    }

    @Test
    void theMonthsCsiSplitsByAdvisorTechnicianAndWorkGroupFromTheSameSurveys() {
        long[] orders = {f.delivered(CareFixture.oilChange(), 5), f.delivered(CareFixture.oilChange(), 5),
                f.delivered(CareFixture.oilChange(), 5)};
        String[][] who = {{"李娜", "王强", "机电一组"}, {"李娜", "赵磊", "机电二组"}, {"周敏", "赵磊", "机电二组"}};
        f.services.transactions().useTransaction(h -> {
            for (int i = 0; i < orders.length; i++) {
                h.execute("UPDATE callback SET advisor = ?, technician = ?, work_group = ? WHERE repair_order_id = ?",
                        who[i][0], who[i][1], who[i][2], orders[i]);
            }
        });
        f.as("huangli");
        Questionnaire q = f.services.questionnaires().current();
        int[][] given = {{5, 5, 5, 5, 5}, {3, 3, 3, 3, 3}, {4, 4, 4, 4, 4}};
        BigDecimal[] scores = new BigDecimal[3];
        for (int i = 0; i < orders.length; i++) {
            Callback cb = callbackOf(orders[i]);
            scores[i] = callbacks.recordReached(cb.id(), cb.version(),
                    answers(q, java.util.Arrays.copyOf(given[i], q.questions().size())), null).score();
        }
        CareFigures month = f.services.careFigures().month(YearMonth.now(clock));

        assertThat(month.csi().surveys()).isEqualTo(3);
        assertThat(month.csi().csi()).isEqualByComparingTo(CsiScore.mean(scores[0].add(scores[1]).add(scores[2]), 3));
        assertThat(month.byAdvisor()).extracting(CareFigures.Line::name, CareFigures.Line::surveys)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("周敏", 1), org.assertj.core.groups.Tuple.tuple("李娜", 2));
        assertThat(month.byAdvisor().get(1).csi()).isEqualByComparingTo(CsiScore.mean(scores[0].add(scores[1]), 2));
        assertThat(month.byAdvisor().get(0).csi()).isEqualByComparingTo(scores[2]);
        assertThat(month.byTechnician()).extracting(CareFigures.Line::name, CareFigures.Line::surveys)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王强", 1), org.assertj.core.groups.Tuple.tuple("赵磊", 2));
        assertThat(month.byTechnician().get(1).csi()).isEqualByComparingTo(CsiScore.mean(scores[1].add(scores[2]), 2));
        assertThat(month.byWorkGroup()).extracting(CareFigures.Line::name, CareFigures.Line::surveys)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("机电一组", 1), org.assertj.core.groups.Tuple.tuple("机电二组", 2));
        assertThat(month.byWorkGroup().get(0).csi()).isEqualByComparingTo(scores[0]);
        assertThat(month.byWorkGroup().stream().mapToInt(CareFigures.Line::unhappy).sum())
                .isEqualTo(month.csi().unhappy());
    }
}
