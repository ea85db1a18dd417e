package com.fours.workbench.care;

import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedUnchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.testing.MutableClock;

/**
 * The store's callback rules as the service manager sets them (each field refused next to itself,
 * nothing saved, an audit row for a change, the next delivered visit called back by the new rules),
 * and the callbacks in the contact time line of the car and the customer, on a real H2 database.
 */
class CallbackRulesAndHistoryTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private CareFixture f;
    private CallbackService callbacks;

    @BeforeEach
    void setUp() {
        f = new CareFixture(clock);
        callbacks = f.services.callbacks();
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @ParameterizedTest(name = "due {0}, heavy {1}, calls {2}, days {3}: {4} at {5}")
    @CsvSource({
            "-1, 1, 3, 2, number.invalid.whole, dueDays",
            "0, 0, 3, 2, care.settings.range, dueDays",
            "365, 1, 3, 2, care.settings.range, dueDays",
            "三, 1, 3, 2, number.invalid.whole, dueDays",
            "'', 1, 3, 2, care.settings.range, dueDays",
            "3, 0, 3, 2, care.settings.range, heavyDueDays",
            "3, 5, 3, 2, care.settings.heavyNotLater, heavyDueDays",
            "3, 1, 0, 1, care.settings.range, maxAttempts",
            "3, 1, 99, 2, care.settings.range, maxAttempts",
            "3, 1, 3, -2, number.invalid.whole, minAttemptDays",
            "3, 1, 2, 3, care.settings.daysNotMoreThanCalls, minAttemptDays"})
    void badRulesAreRefusedAtTheirFieldAndNothingIsSaved(String due, String heavy, String calls, String days,
                                                          String key, String field) {
        f.as("zhoujie");
        CallbackSettings rules = callbacks.settings();
        var refusal = refusedUnchanged(key, f.services.transactions(), List.of("care_settings", "audit_log"),
                () -> callbacks.changeSettings(rules.version(), due, heavy, calls, days, CallbackFallback.SMS));
        assertThat(refusal).isInstanceOfSatisfying(InvalidFieldsException.class,
                fields -> assertThat(fields.byField()).containsKey(field));
    }

    @Test
    void onlyTheManagerSetsTheRulesAndTheNextDeliveredVisitIsCalledBackByThem() {
        f.as("huangli");
        CallbackSettings rules = callbacks.settings();
        assertThat(rules.dueDays()).isEqualTo(3);
        refusedUnchanged("care.complaint.managerOnly", f.services.transactions(), List.of("care_settings"),
                () -> callbacks.changeSettings(rules.version(), "5", "2", "4", "2", CallbackFallback.LETTER));
        f.as("zhoujie");
        refusedUnchanged("care.settings.fallbackRequired", f.services.transactions(), List.of("care_settings"),
                () -> callbacks.changeSettings(rules.version(), "5", "2", "4", "2", null));
        CallbackSettings changed = callbacks.changeSettings(rules.version(), " 5 ", "2", "4", "2", CallbackFallback.LETTER);
        assertThat(changed).extracting(CallbackSettings::dueDays, CallbackSettings::heavyDueDays,
                CallbackSettings::maxAttempts, CallbackSettings::minAttemptDays, CallbackSettings::fallback)
                .containsExactly(5, 2, 4, 2, CallbackFallback.LETTER);
        int audited = f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'CALLBACK_SETTINGS_CHANGED'").mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
        refused("care.settings.changed",
                () -> callbacks.changeSettings(rules.version(), "4", "2", "4", "2", CallbackFallback.SMS));

        long plain = f.delivered(CareFixture.oilChange(), 5);
        assertThat(callbackOf(plain).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(5)));
        long heavy = f.cashier.anotherReadyOrder(List.of(new LineInput(LineKind.LABOUR, null, null, "二级维护",
                RepairCategory.SECOND_LEVEL_MAINTENANCE, new BigDecimal("2"), Money.of("300.00"), Payer.CUSTOMER, null)));
        f.as("sunli");
        f.services.certificates().issueCertificate(heavy);
        f.handBack(heavy, 5);
        assertThat(callbackOf(heavy).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(2)));

        // four unanswered calls over two days now close it, with the letter the store chose
        f.as("huangli");
        Callback cb = callbackOf(plain);
        for (int i = 0; i < 3; i++) {
            cb = callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.NO_ANSWER, null, null);
        }
        assertThat(cb.status()).isEqualTo(CallbackStatus.OPEN);
        clock.advance(Duration.ofDays(1));
        cb = callbacks.recordCall(cb.id(), cb.version(), CallbackOutcome.NO_ANSWER, null, null);
        assertThat(cb.status()).isEqualTo(CallbackStatus.UNREACHABLE);
        assertThat(cb.fallback()).isEqualTo(CallbackFallback.LETTER);
    }

    @Test
    void everyCallOfACallbackIsInTheContactHistoryWithWhoCalledTheOutcomeAndTheScore() {
        long reached = f.delivered(CareFixture.oilChange(), 5);
        long unreached = f.delivered(CareFixture.oilChange(), 4);
        clock.advance(Duration.ofDays(3));
        f.as("huangli");
        Callback a = callbackOf(reached);
        Instant firstCall = clock.instant();
        a = callbacks.recordCall(a.id(), a.version(), CallbackOutcome.CALL_LATER, clock.instant().plus(Duration.ofHours(2)),
                "客户在开会");
        clock.advance(Duration.ofHours(2));
        Questionnaire q = f.services.questionnaires().current();
        Map<Long, Integer> answers = new HashMap<>();
        int[] values = {5, 2, 4, 5};
        for (int i = 0; i < values.length; i++) {
            answers.put(q.questions().get(i).id(), values[i]);
        }
        callbacks.recordReached(a.id(), a.version(), answers, "刹车有点响");
        clock.advance(Duration.ofMinutes(5));
        Callback b = callbackOf(unreached);
        callbacks.recordCall(b.id(), b.version(), CallbackOutcome.WRONG_NUMBER, null, null);

        long car = f.services.transactions().read(h -> h.attach(ComplaintDao.class).orderVehicle(reached)).orElseThrow();
        List<ContactEntry> ofCar = callbackEntries(ContactScope.vehicle(car));
        assertThat(ofCar).extracting(ContactEntry::kindKey, ContactEntry::detailKey).containsExactly(
                tuple("enum.ContactKind.CALLBACK", "enum.CallbackOutcome.REACHED"),
                tuple("enum.ContactKind.CALLBACK", "enum.CallbackOutcome.CALL_LATER"));
        ContactEntry survey = ofCar.get(0);
        assertThat(survey.text()).isEqualTo(a.orderNumber() + " · 65.00/100 · 刹车有点响");
        assertThat(survey.byName()).isEqualTo(f.services.session().user().orElseThrow().displayName());
        assertThat(survey.vehicleId()).isEqualTo(car);
        assertThat(ofCar.get(1).at()).isEqualTo(firstCall);
        assertThat(ofCar.get(1).text()).isEqualTo(a.orderNumber() + " · 客户在开会");

        // the customer's time line holds the calls about both cars, and the letter sent for the wrong number
        long customer = f.services.transactions().read(h -> h.attach(ComplaintDao.class).orderCustomer(reached));
        List<ContactEntry> ofCustomer = callbackEntries(ContactScope.customer(customer));
        assertThat(ofCustomer).extracting(ContactEntry::kindKey, ContactEntry::detailKey).containsExactly(
                tuple("enum.ContactKind.CALLBACK", "enum.CallbackOutcome.WRONG_NUMBER"),
                tuple("enum.ContactKind.CALLBACK_UNREACHABLE", "enum.CallbackFallback.LETTER"),
                tuple("enum.ContactKind.CALLBACK", "enum.CallbackOutcome.REACHED"),
                tuple("enum.ContactKind.CALLBACK", "enum.CallbackOutcome.CALL_LATER"));
        assertThat(ofCustomer.get(1).text()).isEqualTo(b.orderNumber());
        assertThat(ofCustomer.get(1).plate()).isNotBlank().isNotEqualTo(survey.plate());
    }

    private List<ContactEntry> callbackEntries(ContactScope scope) {
        return f.services.contactHistory().of(scope).stream()
                .filter(e -> e.kindKey().startsWith("enum.ContactKind.CALLBACK")).toList();
    }

    private Callback callbackOf(long order) {
        return f.services.transactions().read(h -> h.attach(CallbackDao.class).ofOrder(order)).orElseThrow();
    }
}
