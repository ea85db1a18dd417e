package com.fours.workbench.security;

import static com.fours.workbench.testing.HostileInput.CONTROL;
import static com.fours.workbench.testing.HostileInput.EMOJI;
import static com.fours.workbench.testing.HostileInput.RIGHT_TO_LEFT_OVERRIDE;
import static com.fours.workbench.testing.HostileInput.SQL;
import static com.fours.workbench.testing.HostileInput.TEN_THOUSAND;
import static com.fours.workbench.testing.Refusals.refusedWith;
import static com.fours.workbench.testing.Refusals.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** Log-in, users and the audit log fed what a hostile or careless user types. */
class SecurityHostileInputTest {

    /** Every input method of the security services this class feeds; a new one fails {@link #everyInputMethodIsCovered}. */
    private static final Set<String> COVERED = Set.of(
            "AuthenticationService.login(String, char[])",
            "AuthenticationService.approve(String, char[], Permission)",
            "UserService.createUser(String, String, Set, char[])",
            "UserService.createFirstAdministrator(Handle, String, String, char[])",
            "UserService.changeRoles(UserAccount, Set)",
            "UserService.setActive(UserAccount, boolean)",
            "UserService.resetPassword(UserAccount, char[])",
            "UserService.unlock(UserAccount)",
            "UserService.changeOwnPassword(char[], char[])",
            "AuditLogService.find(LocalDate, LocalDate, String)");
    private static final Set<String> TABLES = Set.of("app_user", "user_role");

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
    void everyInputMethodIsCovered() {
        Set<String> inputMethods = new TreeSet<>();
        for (Class<?> service : List.of(AuthenticationService.class, UserService.class, AuditLogService.class)) {
            HostileInput.inputMethods(service).forEach(m -> inputMethods.add(service.getSimpleName() + "." + m));
        }
        assertThat(new TreeSet<>(COVERED)).isEqualTo(inputMethods);
    }

    @Test
    void aTenThousandCharacterNameAtLogInIsRefusedCleanlyAndItsAttemptAuditedCut() {
        long before = auditRows();

        refusedWith("login.invalid", null, () -> services.authentication().login(TEN_THOUSAND, "Start2026".toCharArray()));

        assertThat(auditRows()).isEqualTo(before + 1);
        AuditEntry attempt = lastAudit();
        assertThat(attempt.action()).isEqualTo("LOGIN_FAILED");
        assertThat(attempt.actorName()).hasSize(AuditTrail.MAX_ACTOR_NAME).startsWith("长长长").endsWith("…");
    }

    @Test
    void namesWithOverridesOrControlsAreRefusedAndAuditedWithTheCharactersSpelledOut() {
        refusedWith("login.invalid", null, () -> services.authentication().login(RIGHT_TO_LEFT_OVERRIDE, "x1234567".toCharArray()));
        assertThat(lastAudit().actorName()).isEqualTo("张<U+202E>三").doesNotContain("\u202E");

        refusedWith("login.invalid", null, () -> services.authentication().login(CONTROL, "x1234567".toCharArray()));
        assertThat(lastAudit().actorName()).isEqualTo("李<U+0000>四<U+0007>");
    }

    @Test
    void sqlAndEmojiNamesAreRefusedAsUnknownAndAuditedAsTyped() {
        Object before = snapshot(services.transactions(), TABLES);
        for (String name : List.of(SQL, EMOJI)) {
            refusedWith("login.invalid", null, () -> services.authentication().login(name, "x1234567".toCharArray()));
            assertThat(lastAudit().actorName()).isEqualTo(name.strip());
        }
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
    }

    @Test
    void nullsAndAHugePasswordAtLogInAreRefused() {
        refusedWith("login.usernameRequired", null, () -> services.authentication().login(null, "x".toCharArray()));
        refusedWith("login.passwordRequired", null, () -> services.authentication().login("lina", null));
        refusedWith("login.invalid", null, () -> services.authentication().login("lina", TEN_THOUSAND.toCharArray()));
        assertThat(lastAudit().afterValue()).isEqualTo("failedAttempts=1");
    }

    @Test
    void anApprovalWithHostileNamesIsRefusedAndAudited() {
        loginAdmin();
        for (String name : Stream.concat(HostileInput.REFUSED_TEXTS.stream(), Stream.of(SQL, EMOJI, null)).toList()) {
            refusedWith("approval.invalid", null, () -> services.authentication().approve(name, null,
                    Permission.OVERBOOK_APPOINTMENTS));
            assertThat(lastAudit().action()).isEqualTo("APPROVAL_REFUSED");
            assertThat(lastAudit().afterValue()).doesNotContain("\u202E", "\u0000").hasSizeLessThan(120);
        }
    }

    @Test
    void aNewUserWithHostileValuesIsRefusedFieldByFieldAndNothingIsSaved() {
        loginAdmin();
        Object before = snapshot(services.transactions(), TABLES);
        char[] password = "Start2026".toCharArray();
        Set<Role> roles = EnumSet.of(Role.SERVICE_ADVISOR);
        for (String name : List.of(TEN_THOUSAND, RIGHT_TO_LEFT_OVERRIDE, CONTROL, SQL, EMOJI)) {
            refusedWith("user.invalid.username", null, () -> services.users().createUser(name, "王芳", roles, password));
        }
        refusedWith("user.invalid.usernameEmpty", null, () -> services.users().createUser(null, "王芳", roles, password));
        refusedWith("field.tooLong", null, () -> services.users().createUser("wangfang", TEN_THOUSAND, roles, password));
        refusedWith("field.invalidCharacter", null,
                () -> services.users().createUser("wangfang", RIGHT_TO_LEFT_OVERRIDE, roles, password));
        refusedWith("field.invalidCharacter", null, () -> services.users().createUser("wangfang", CONTROL, roles, password));
        refusedWith("user.invalid.displayNameEmpty", null, () -> services.users().createUser("wangfang", null, roles, password));
        refusedWith("user.invalid.noRole", null, () -> services.users().createUser("wangfang", "王芳", null, password));
        refusedWith("password.invalid.tooShort", null, () -> services.users().createUser("wangfang", "王芳", roles, null));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
    }

    @Test
    void sqlAndEmojiDisplayNamesAreSavedAsTyped() {
        loginAdmin();
        UserAccount sql = services.users().createUser("sql.user", SQL, EnumSet.of(Role.CASHIER), "Start2026".toCharArray());
        UserAccount emoji = services.users().createUser("emoji.user", EMOJI, EnumSet.of(Role.CASHIER),
                "Start2026".toCharArray());

        assertThat(services.users().listUsers()).extracting(UserAccount::id, UserAccount::displayName)
                .contains(org.assertj.core.groups.Tuple.tuple(sql.id(), SQL), org.assertj.core.groups.Tuple.tuple(emoji.id(), EMOJI));
    }

    @Test
    void firstAdministratorWithHostileValuesIsRefusedBeforeAnythingIsWritten() {
        try (AppServices fresh = TestWorkbench.inMemory(clock)) {
            for (String name : List.of(RIGHT_TO_LEFT_OVERRIDE, CONTROL, TEN_THOUSAND)) {
                refusedWith(name.length() > 100 ? "field.tooLong" : "field.invalidCharacter", null,
                        () -> fresh.transactions().useTransaction(handle -> fresh.users().createFirstAdministrator(handle,
                                "admin", name, "Admin2026".toCharArray())));
            }
            refusedWith("user.invalid.username", null, () -> fresh.transactions().useTransaction(handle ->
                    fresh.users().createFirstAdministrator(handle, SQL, "吴刚", "Admin2026".toCharArray())));
            refusedWith("password.invalid.tooShort", null, () -> fresh.transactions().useTransaction(handle ->
                    fresh.users().createFirstAdministrator(handle, "admin", "吴刚", null)));
            assertThat(snapshot(fresh.transactions(), TABLES).values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        }
    }

    @Test
    void anAccountThatDoesNotExistIsRefusedByNameNotByTheDatabase() {
        loginAdmin();
        UserAccount ghost = new UserAccount(987_654, "ghost", RIGHT_TO_LEFT_OVERRIDE, true, 0, null, false, 0,
                EnumSet.of(Role.CASHIER));
        long audits = auditRows();

        refusedWith("user.notFound", null, () -> services.users().changeRoles(ghost, EnumSet.of(Role.CASHIER)));
        refusedWith("user.notFound", null, () -> services.users().setActive(ghost, false));
        refusedWith("user.notFound", null, () -> services.users().resetPassword(ghost, "Temp2026x".toCharArray()));
        refusedWith("user.notFound", null, () -> services.users().unlock(ghost));
        refusedWith("user.invalid.noRole", null, () -> services.users().changeRoles(ghost, null));
        refusedWith("password.invalid.tooShort", null, () -> services.users().resetPassword(ghost, null));

        assertThat(auditRows()).isEqualTo(audits);
    }

    @Test
    void deactivatingKeepsTheStoredNameWhateverTheCallersCopySays() {
        loginAdmin();
        UserAccount lina = services.users().listUsers().stream().filter(u -> u.username().equals("lina")).findFirst()
                .orElseThrow();
        UserAccount tampered = new UserAccount(lina.id(), lina.username(), RIGHT_TO_LEFT_OVERRIDE + TEN_THOUSAND, true,
                0, null, false, lina.version(), lina.roles());

        UserAccount after = services.users().setActive(tampered, false);

        assertThat(after.displayName()).isEqualTo(lina.displayName());
        assertThat(after.active()).isFalse();
    }

    @Test
    void changingOwnPasswordWithNullsOrAHugeOneIsRefused() {
        services.authentication().login("lina", "Start2026".toCharArray());
        refusedWith("password.currentWrong", null, () -> services.users().changeOwnPassword(null, "New2026xx".toCharArray()));
        refusedWith("password.invalid.tooShort", null,
                () -> services.users().changeOwnPassword("Start2026".toCharArray(), null));
        refusedWith("password.currentWrong", null,
                () -> services.users().changeOwnPassword(TEN_THOUSAND.toCharArray(), "New2026xx".toCharArray()));
    }

    @Test
    void theAuditLogSearchRefusesHostileTextAndFindsSqlLiterally() {
        loginAdmin();
        LocalDate today = LocalDate.now(clock);
        refusedWith("field.tooLong", null, () -> services.auditLog().find(today, today, TEN_THOUSAND));
        refusedWith("field.invalidCharacter", null, () -> services.auditLog().find(today, today, RIGHT_TO_LEFT_OVERRIDE));
        refusedWith("field.invalidCharacter", null, () -> services.auditLog().find(today, today, CONTROL));
        refusedWith("audit.rangeRequired", null, () -> services.auditLog().find(null, today, "x"));

        assertThat(services.auditLog().find(today, today, SQL)).isEmpty();
        assertThat(services.auditLog().find(today, today, EMOJI)).isEmpty();
        assertThat(services.auditLog().find(today, today, "%")).isEmpty();
        assertThat(services.auditLog().find(today, today, null)).isNotEmpty();
    }

    private void loginAdmin() {
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
    }

    private long auditRows() {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
    }

    private AuditEntry lastAudit() {
        return services.transactions().read(h -> h.createQuery("""
                        SELECT id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, before_value,
                               after_value FROM audit_log ORDER BY id DESC LIMIT 1
                        """)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("actor_id"), rs.getString("actor_name"), rs.getString("action"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_value"),
                        rs.getString("after_value"), null, null))
                .one());
    }
}
