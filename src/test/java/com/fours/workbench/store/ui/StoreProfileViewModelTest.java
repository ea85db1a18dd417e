package com.fours.workbench.store.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.store.StoreProfileInput;
import com.fours.workbench.testing.FxBackground;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.ui.ErrorReporter;

class StoreProfileViewModelTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final MutableClock clock = MutableClock.shanghai("2026-12-06T02:00:00Z");
    private AppServices services;
    private FxBackground fx;
    private StoreProfileViewModel model;
    private final List<StoreProfileInput> shown = new ArrayList<>();

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        fx = new FxBackground();
        model = new StoreProfileViewModel(ENGLISH, services.storeProfiles(), fx.background(), new ErrorReporter(ENGLISH));
    }

    @AfterEach
    void tearDown() {
        fx.close();
        services.close();
    }

    @Test
    void theFormIsFilledWithTheProfileAsSaved() {
        fx.run(() -> model.load(shown::add));

        assertThat(shown).singleElement().extracting(StoreProfileInput::name)
                .isEqualTo(TestWorkbench.storeInput().name());
    }

    @Test
    void aRefusedFieldShowsUnderItsFieldAndNothingIsSaved() {
        fx.run(() -> model.load(shown::add));
        StoreProfileInput blankName = new StoreProfileInput(" ", shown.get(0).address(), shown.get(0).phone(),
                shown.get(0).creditCode(), shown.get(0).labourRate(), shown.get(0).vatRatePercent());

        var nameError = model.fieldErrors().of(StoreProfileInput.NAME); // as the form binds it under the field

        fx.run(() -> model.save(blankName, shown::add));

        assertThat(nameError.get()).isNotEmpty();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(shown).hasSize(1);
        assertThat(services.storeProfiles().find().orElseThrow().name()).isEqualTo(TestWorkbench.storeInput().name());
    }

    @Test
    void savingTwiceKeepsTrackOfTheVersion() {
        fx.run(() -> model.load(shown::add));
        StoreProfileInput read = shown.get(0);
        StoreProfileInput moved = new StoreProfileInput(read.name(), "广州市天河区体育西路 1 号", read.phone(),
                read.creditCode(), read.labourRate(), read.vatRatePercent());

        fx.run(() -> model.save(moved, shown::add));
        fx.run(() -> model.save(moved, shown::add));

        assertThat(model.statusProperty().get()).isEqualTo(ENGLISH.get("store.saved"));
        assertThat(shown).hasSize(3).last().extracting(StoreProfileInput::address).isEqualTo("广州市天河区体育西路 1 号");
        assertThat(services.storeProfiles().find().orElseThrow().address()).isEqualTo("广州市天河区体育西路 1 号");
    }
}
