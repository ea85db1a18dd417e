package com.fours.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

class UserServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aNewUserHoldsSeveralRolesAndIsAudited() {
        UserAccount created = services.users().createUser("yangmin", "杨敏",
                EnumSet.of(Role.CASHIER, Role.CUSTOMER_SERVICE_AGENT), "Start2026".toCharArray());

        assertThat(created.roles()).containsExactlyInAnyOrder(Role.CASHIER, Role.CUSTOMER_SERVICE_AGENT);
        assertThat(created.mustChangePassword()).isTrue();
        var audit = services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "yangmin");
        assertThat(audit).filteredOn(e -> e.action().equals("USER_CREATED")).singleElement()
                .extracting(AuditEntry::actorName, AuditEntry::afterValue)
                .containsExactly("admin", "username=yangmin, name=杨敏, active=true, roles=[CASHIER, CUSTOMER_SERVICE_AGENT]");
    }

    @Test
    void badUserInputIsRefusedWithItsReason() {
        assertThatThrownBy(() -> services.users().createUser("  ", "杨敏", EnumSet.of(Role.CASHIER), "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("user.invalid.usernameEmpty");
        assertThatThrownBy(() -> services.users().createUser("杨敏", "杨敏", EnumSet.of(Role.CASHIER), "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("user.invalid.username");
        assertThatThrownBy(() -> services.users().createUser("yangmin", "   ", EnumSet.of(Role.CASHIER), "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("user.invalid.displayNameEmpty");
        assertThatThrownBy(() -> services.users().createUser("yangmin", "杨敏", EnumSet.noneOf(Role.class), "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("user.invalid.noRole");
        assertThatThrownBy(() -> services.users().createUser("yangmin", "杨敏", EnumSet.of(Role.CASHIER), "short1".toCharArray()))
                .extracting("messageKey").isEqualTo("password.invalid.tooShort");
        assertThatThrownBy(() -> services.users().createUser("yangmin", "杨敏", EnumSet.of(Role.CASHIER), "onlyletters".toCharArray()))
                .extracting("messageKey").isEqualTo("password.invalid.lettersAndDigits");
        assertThatThrownBy(() -> services.users().createUser("ADMIN", "另一个", EnumSet.of(Role.CASHIER), "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("user.invalid.usernameTaken");
        assertThat(services.users().listUsers()).extracting(UserAccount::username).containsExactly("admin");
    }

    @Test
    void theLoserOfTwoConcurrentEditsIsToldToReload() {
        UserAccount read = services.users().createUser("yangmin", "杨敏", EnumSet.of(Role.CASHIER), "Start2026".toCharArray());
        services.users().changeRoles(read, EnumSet.of(Role.CASHIER, Role.SERVICE_ADVISOR));

        assertThatThrownBy(() -> services.users().changeRoles(read, EnumSet.of(Role.WAREHOUSE_CLERK)))
                .isInstanceOf(ConcurrentChangeException.class).extracting("messageKey").isEqualTo("record.changedByOther");
        assertThat(services.users().listUsers()).filteredOn(u -> u.username().equals("yangmin")).singleElement()
                .extracting(UserAccount::roles).isEqualTo(EnumSet.of(Role.CASHIER, Role.SERVICE_ADVISOR));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        UserAccount me = services.users().listUsers().get(0);
        assertThatThrownBy(() -> services.users().changeRoles(me, EnumSet.of(Role.CASHIER)))
                .extracting("messageKey").isEqualTo("user.cannotRemoveOwnAdministrator");
        assertThatThrownBy(() -> services.users().setActive(me, false))
                .extracting("messageKey").isEqualTo("user.cannotDeactivateSelf");
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOneAndClearsTheMustChangeFlag() {
        services.users().createUser("yangmin", "杨敏", EnumSet.of(Role.CASHIER), "Start2026".toCharArray());
        services.authentication().logout();
        services.authentication().login("yangmin", "Start2026".toCharArray());

        assertThatThrownBy(() -> services.users().changeOwnPassword("wrong999".toCharArray(), "Mine2026x".toCharArray()))
                .extracting("messageKey").isEqualTo("password.currentWrong");
        assertThatThrownBy(() -> services.users().changeOwnPassword("Start2026".toCharArray(), "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("password.sameAsCurrent");
        services.users().changeOwnPassword("Start2026".toCharArray(), "Mine2026x".toCharArray());
        services.authentication().logout();

        assertThatThrownBy(() -> services.authentication().login("yangmin", "Start2026".toCharArray()));
        assertThat(services.authentication().login("yangmin", "Mine2026x".toCharArray()).mustChangePassword()).isFalse();
    }

    @Test
    void passwordsAreStoredAsSaltedSlowHashes() {
        assertThat(PasswordHasher.iterations(null)).as("production's count, without the suite's property")
                .isEqualTo(PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(310_000);
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        String first = hasher.hash("Start2026".toCharArray());
        String second = hasher.hash("Start2026".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$310000$").isNotEqualTo(second).doesNotContain("Start2026");
        assertThat(hasher.verify("Start2026".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("start2026".toCharArray(), first)).isFalse();
        assertThat(hasher.verify("Start2026".toCharArray(), "plain-text")).isFalse();
    }

    @Test
    void aHashVerifiesWithTheCountItNamesWhateverTheCountOfNewHashes() {
        // the suite makes new hashes with fewer iterations (decision 0094); the stored form decides the check
        String suites = System.getProperty(PasswordHasher.TEST_ITERATIONS_PROPERTY);
        assertThat(new PasswordHasher().hash("Start2026".toCharArray())).as("the suite's count is in effect")
                .startsWith("pbkdf2-sha256$" + PasswordHasher.iterations(suites) + "$");
        String production = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash("Start2026".toCharArray());
        String cheap = new PasswordHasher(1_000).hash("Start2026".toCharArray());

        PasswordHasher other = new PasswordHasher(1_000);
        assertThat(other.verify("Start2026".toCharArray(), production)).isTrue();
        PasswordHasher strong = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        assertThat(strong.verify("Start2026".toCharArray(), cheap)).isTrue();
        assertThat(strong.verify("start2026".toCharArray(), cheap)).isFalse();
        assertThat(strong.verify("Start2026".toCharArray(), cheap.replace("$1000$", "$1001$")))
                .as("the count is part of what is checked").isFalse();
        assertThat(PasswordHasher.iterations(" 1000 ")).isEqualTo(1_000);
    }
}
