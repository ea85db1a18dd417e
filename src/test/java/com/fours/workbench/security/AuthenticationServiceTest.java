package com.fours.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

class AuthenticationServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        assertThatThrownBy(() -> services.authentication().login("lina", "wrong123".toCharArray()))
                .isInstanceOf(LoginRefusedException.class).extracting("messageKey").isEqualTo("login.invalid");
        assertThatThrownBy(() -> services.authentication().login("nobody", "wrong123".toCharArray()))
                .isInstanceOf(LoginRefusedException.class).extracting("messageKey").isEqualTo("login.invalid");
        assertThat(services.session().user()).isEmpty();
    }

    @Test
    void rightPasswordLogsInWithTheRolesOfTheUser() {
        AuthenticatedUser user = services.authentication().login("  LINA ", "Start2026".toCharArray());

        assertThat(user.username()).isEqualTo("lina");
        assertThat(user.roles()).containsExactly(Role.SERVICE_ADVISOR);
        assertThat(user.mustChangePassword()).as("created by an administrator").isTrue();
        assertThat(services.session().user()).contains(user);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 1; i < AuthenticationService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> services.authentication().login("lina", "guess999".toCharArray()))
                    .extracting("messageKey").isEqualTo("login.invalid");
        }
        assertThatThrownBy(() -> services.authentication().login("lina", "guess999".toCharArray()))
                .extracting("messageKey").isEqualTo("login.lockedNow");
        assertThatThrownBy(() -> services.authentication().login("lina", "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("login.locked");

        clock.advance(AuthenticationService.LOCK_DURATION.plus(Duration.ofSeconds(1)));
        assertThat(services.authentication().login("lina", "Start2026".toCharArray()).username()).isEqualTo("lina");
    }

    @Test
    void anAdministratorCanLiftALockOut() {
        for (int i = 0; i < AuthenticationService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> services.authentication().login("lina", "guess999".toCharArray()));
        }
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        UserAccount lina = services.users().listUsers().stream().filter(u -> u.username().equals("lina")).findFirst().orElseThrow();
        assertThat(lina.isLockedAt(clock.instant())).isTrue();
        services.users().unlock(lina);
        services.authentication().logout();

        assertThat(services.authentication().login("lina", "Start2026".toCharArray()).username()).isEqualTo("lina");
    }

    @Test
    void aDeactivatedUserCannotLogIn() {
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        UserAccount lina = services.users().listUsers().stream().filter(u -> u.username().equals("lina")).findFirst().orElseThrow();
        services.users().setActive(lina, false);
        services.authentication().logout();

        assertThatThrownBy(() -> services.authentication().login("lina", "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("login.inactive");
    }

    @Test
    void everyLoginAttemptLeavesAnAuditRow() {
        assertThatThrownBy(() -> services.authentication().login("lina", "guess999".toCharArray()));
        services.authentication().login("lina", "Start2026".toCharArray());
        services.authentication().logout();

        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        LocalDate today = LocalDate.now(clock);
        var rows = services.auditLog().find(today, today, "lina");
        assertThat(rows).extracting(AuditEntry::action)
                .contains("LOGIN_FAILED", "LOGIN", "LOGOUT", "USER_CREATED");
        assertThat(rows).filteredOn(r -> r.action().equals("LOGIN_FAILED")).first()
                .extracting(AuditEntry::actorName, AuditEntry::afterValue).containsExactly("lina", "failedAttempts=1");
    }
}
