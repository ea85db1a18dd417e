package com.fours.workbench.store;

import static com.fours.workbench.testing.HostileInput.CONTROL;
import static com.fours.workbench.testing.HostileInput.EMOJI;
import static com.fours.workbench.testing.HostileInput.HOSTILE_NUMBERS_AS_TYPED;
import static com.fours.workbench.testing.HostileInput.RIGHT_TO_LEFT_OVERRIDE;
import static com.fours.workbench.testing.HostileInput.SQL;
import static com.fours.workbench.testing.HostileInput.TEN_THOUSAND;
import static com.fours.workbench.testing.Refusals.keyOf;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedWith;
import static com.fours.workbench.testing.Refusals.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The store profile and the first set-up fed what a hostile or careless user types. */
class StoreHostileInputTest {

    private static final Set<String> COVERED = Set.of(
            "SetupService.complete(SetupInput)",
            "StoreProfileService.save(StoreProfileInput, int)",
            "StoreProfileService.check(StoreProfileInput, int)",
            // writes a profile that check() made, for the set-up and the demo
            "StoreProfileService.insert(Handle, StoreProfile, Clock)");
    private static final Set<String> TABLES = Set.of("store_profile", "app_user", "user_role");
    private static final char[] PASSWORD = "Admin2026".toCharArray();

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void everyInputMethodIsCovered() {
        services = TestWorkbench.inMemory(clock);
        Set<String> inputMethods = new TreeSet<>();
        for (Class<?> service : List.of(SetupService.class, StoreProfileService.class)) {
            HostileInput.inputMethods(service).forEach(m -> inputMethods.add(service.getSimpleName() + "." + m));
        }
        assertThat(new TreeSet<>(COVERED)).isEqualTo(inputMethods);
    }

    @Test
    void setUpWithHostileTextsIsRefusedFieldByFieldAndWritesNothing() {
        services = TestWorkbench.inMemory(clock);
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : HostileInput.REFUSED_TEXTS) {
            String key = text.length() > 300 ? "field.tooLong" : "field.invalidCharacter";
            StoreProfileInput store = new StoreProfileInput(text, text, "020-38861234",
                    TestWorkbench.storeInput().creditCode(), "380", "13");
            var refusal = refused(() -> services.setup().complete(new SetupInput(store, "admin", text, PASSWORD, PASSWORD)));
            assertThat(keyOf(refusal, StoreProfileInput.NAME)).isEqualTo(key);
            assertThat(keyOf(refusal, StoreProfileInput.ADDRESS)).isEqualTo(key);
            assertThat(keyOf(refusal, SetupInput.ADMIN_DISPLAY_NAME)).isEqualTo(text.length() > 100 ? "field.tooLong" : key);
        }
        refusedWith("field.required", StoreProfileInput.NAME, () -> services.setup().complete(null));
        refusedWith("field.required", StoreProfileInput.NAME,
                () -> services.setup().complete(new SetupInput(null, null, null, null, null)));
        refusedWith("user.invalid.username", SetupInput.ADMIN_USERNAME, () -> services.setup().complete(
                new SetupInput(TestWorkbench.storeInput(), SQL, "吴刚", PASSWORD, PASSWORD)));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
        assertThat(services.setup().isNeeded()).isTrue();
    }

    @Test
    void hostileRatesAndPhonesAreRefusedUnderTheirFields() {
        services = TestWorkbench.inMemory(clock);
        StoreProfileInput good = TestWorkbench.storeInput();
        for (String number : HOSTILE_NUMBERS_AS_TYPED) {
            StoreProfileInput bad = new StoreProfileInput(good.name(), good.address(), number, good.creditCode(), number,
                    number);
            var refusal = refused(() -> StoreProfileService.check(bad, 0));
            assertThat(keyOf(refusal, StoreProfileInput.LABOUR_RATE)).as(number).matches("money\\..*|store\\..*");
            assertThat(keyOf(refusal, StoreProfileInput.VAT_RATE)).as(number).isEqualTo("store.invalid.vatRate");
            assertThat(keyOf(refusal, StoreProfileInput.PHONE)).as(number).startsWith("phone.");
        }
        assertThat(keyOf(refused(() -> StoreProfileService.check(null, 0)), StoreProfileInput.CREDIT_CODE)).isNotBlank();
        StoreProfileInput negativeRate = new StoreProfileInput(good.name(), good.address(), good.phone(),
                good.creditCode(), "-1", "13");
        refusedWith("store.invalid.labourRate", StoreProfileInput.LABOUR_RATE, () -> StoreProfileService.check(negativeRate, 0));
        StoreProfileInput threeDecimals = new StoreProfileInput(good.name(), good.address(), good.phone(),
                good.creditCode(), "380.001", "13.001");
        var refusal = refused(() -> StoreProfileService.check(threeDecimals, 0));
        assertThat(keyOf(refusal, StoreProfileInput.LABOUR_RATE)).isEqualTo("money.invalid.tooManyDecimals");
        assertThat(keyOf(refusal, StoreProfileInput.VAT_RATE)).isEqualTo("store.invalid.vatRate");
    }

    @Test
    void savingTheProfileRefusesHostileTextsAndSavesSqlAndEmojiAsTyped() {
        services = TestWorkbench.setUp(clock);
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        StoreProfile before = services.storeProfiles().find().orElseThrow();
        StoreProfileInput good = StoreProfileInput.of(before);
        for (String text : HostileInput.REFUSED_TEXTS) {
            StoreProfileInput bad = new StoreProfileInput(text, text, good.phone(), good.creditCode(), good.labourRate(),
                    good.vatRatePercent());
            refusedWith(text.length() > 200 ? "field.tooLong" : "field.invalidCharacter", StoreProfileInput.NAME,
                    () -> services.storeProfiles().save(bad, before.version()));
        }
        assertThat(services.storeProfiles().find()).contains(before);

        StoreProfile saved = services.storeProfiles().save(new StoreProfileInput(SQL + "（广州）", EMOJI, good.phone(),
                good.creditCode(), "999999999999.99", "0"), before.version());
        StoreProfile read = services.storeProfiles().find().orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.name()).as("printed as written, full-width brackets kept").isEqualTo(SQL + "（广州）");
        assertThat(read.address()).isEqualTo(EMOJI);
        assertThat(read.labourRate()).isEqualByComparingTo("999999999999.99");
    }
}
