package com.fours.workbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.FxBackground;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.ui.ErrorReporter;

class UserAdminViewModelTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final MutableClock clock = MutableClock.shanghai("2026-12-06T02:00:00Z");
    private AppServices services;
    private FxBackground fx;
    private UserAdminViewModel model;
    private UserAccount cashier;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        cashier = services.users().createUser("yangmin", "杨敏", EnumSet.of(Role.CASHIER), "Start2026".toCharArray());
        fx = new FxBackground();
        model = new UserAdminViewModel(ENGLISH, services.users(), fx.background(), new ErrorReporter(ENGLISH), null, clock);
    }

    @AfterEach
    void tearDown() {
        fx.close();
        services.close();
    }

    @Test
    void theListShowsEachUserWithRolesAndState() {
        fx.run(model::refresh);

        assertThat(model.rows()).extracting(UserAccount::username).containsExactlyInAnyOrder("admin", "yangmin");
        UserAccount listed = row("yangmin");
        assertThat(model.roles(listed)).isEqualTo(ENGLISH.of(Role.CASHIER));
        assertThat(model.state(listed)).isEqualTo(ENGLISH.get("user.stateActive"));
    }

    @Test
    void deactivatingKeepsTheUserSelectedAndShowsTheNewState() {
        fx.run(model::refresh);
        fx.run(() -> model.selectedProperty().set(row("yangmin")));

        fx.run(model::toggleActive);

        assertThat(model.selectedProperty().get().id()).isEqualTo(cashier.id());
        assertThat(model.selectedProperty().get().active()).isFalse();
        assertThat(model.state(row("yangmin"))).isEqualTo(ENGLISH.get("user.stateInactive"));
    }

    @Test
    void aResetPasswordIsShownOnceAndLogsTheUserIn() {
        fx.run(model::refresh);
        AtomicReference<String> temporary = new AtomicReference<>();

        fx.run(() -> model.resetPassword(row("yangmin"), temporary::set));

        assertThat(temporary.get()).hasSize(8).matches("[a-z]{6}[0-9]{2}");
        services.authentication().logout();
        assertThat(services.authentication().login("yangmin", temporary.get().toCharArray())).isNotNull();
        services.authentication().logout();
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        assertThat(services.users().listUsers()).filteredOn(u -> u.id() == cashier.id()).singleElement()
                .extracting(UserAccount::mustChangePassword).isEqualTo(true);
    }

    private UserAccount row(String username) {
        return model.rows().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }
}
