package com.fours.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

class SetupServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aFreshInstallationNeedsSetUp() {
        services = TestWorkbench.inMemory(clock);
        assertThat(services.setup().isNeeded()).isTrue();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        services = TestWorkbench.inMemory(clock);
        StoreProfileInput store = new StoreProfileInput("   ", "广州市天河区", "12345", "91440101MA5CDFM0X0",
                "380.555", "135");
        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class, () -> services.setup().complete(
                new SetupInput(store, "a", "", "short".toCharArray(), "other".toCharArray())));

        assertThat(refusal.byField()).containsOnlyKeys(StoreProfileInput.NAME, StoreProfileInput.PHONE,
                StoreProfileInput.CREDIT_CODE, StoreProfileInput.LABOUR_RATE, StoreProfileInput.VAT_RATE,
                SetupInput.ADMIN_USERNAME, SetupInput.ADMIN_DISPLAY_NAME, SetupInput.ADMIN_PASSWORD,
                SetupInput.ADMIN_PASSWORD_REPEATED);
        assertThat(refusal.byField().get(StoreProfileInput.NAME).messageKey()).isEqualTo("field.required");
        assertThat(refusal.byField().get(StoreProfileInput.CREDIT_CODE).messageKey()).isEqualTo("creditCode.invalid.checkCharacter");
        assertThat(refusal.byField().get(StoreProfileInput.VAT_RATE).messageKey()).isEqualTo("store.invalid.vatRate");
        assertThat(refusal.byField().get(SetupInput.ADMIN_PASSWORD_REPEATED).messageKey()).isEqualTo("password.repeatDiffers");
        assertThat(services.setup().isNeeded()).isTrue();
        assertThat(services.storeProfiles().find()).isEmpty();
    }

    @Test
    void setUpSavesTheStoreAndItsFirstAdministratorOnce() {
        services = TestWorkbench.setUp(clock);

        assertThat(services.setup().isNeeded()).isFalse();
        StoreProfile profile = services.storeProfiles().find().orElseThrow();
        assertThat(profile.phone()).isEqualTo("020-38861234");
        assertThat(profile.labourRate()).isEqualByComparingTo("380.00");
        assertThat(profile.vatRate()).isEqualByComparingTo("0.13");
        assertThatThrownBy(() -> services.setup().complete(new SetupInput(TestWorkbench.storeInput(), "second", "第二",
                "Second2026".toCharArray(), "Second2026".toCharArray())))
                .extracting("messageKey").isEqualTo("setup.alreadyDone");

        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), ""))
                .extracting(AuditEntry::action).contains("SETUP_COMPLETED", "USER_CREATED");
    }
}
