package com.fours.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.store.StoreProfileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The services refuse what a role may not do, whatever the screens show or hide. */
class PermissionCheckTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhangwei", "Start2026", Role.TECHNICIAN);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aTechnicianCallingUserAdministrationDirectlyIsRefusedAndNothingIsCreated() {
        services.authentication().login("zhangwei", "Start2026".toCharArray());

        assertThatThrownBy(() -> services.users().createUser("intruder", "入侵者", EnumSet.of(Role.ADMINISTRATOR),
                "Secret2026".toCharArray()))
                .isInstanceOf(AccessDeniedException.class)
                .extracting("messageKey").isEqualTo("security.accessDenied");
        assertThatThrownBy(() -> services.users().listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), ""))
                .isInstanceOf(AccessDeniedException.class);
        services.authentication().logout();

        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        assertThat(services.users().listUsers()).extracting(UserAccount::username).doesNotContain("intruder");
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "zhangwei"))
                .filteredOn(e -> e.action().equals("ACCESS_DENIED"))
                .extracting(AuditEntry::subjectId)
                .containsExactlyInAnyOrder("MANAGE_USERS", "MANAGE_USERS", "VIEW_AUDIT_LOG");
    }

    @Test
    void nobodyLoggedInIsRefusedToo() {
        assertThatThrownBy(() -> services.users().listUsers())
                .isInstanceOf(AccessDeniedException.class).extracting("messageKey").isEqualTo("security.notLoggedIn");
    }

    @Test
    void theManagerReadsTheAuditLogAndEditsTheStoreButManagesNoUsers() {
        services.authentication().login("zhoujie", "Start2026".toCharArray());

        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "")).isNotEmpty();
        var profile = services.storeProfiles().find().orElseThrow();
        StoreProfileInput changed = new StoreProfileInput(profile.name(), profile.address(), profile.phone(),
                profile.creditCode().value(), "420", "13");
        assertThat(services.storeProfiles().save(changed, profile.version()).labourRate()).isEqualByComparingTo("420.00");
        assertThatThrownBy(() -> services.users().listUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void roleMatrixGivesEachJobItsModules() {
        assertThat(Role.TECHNICIAN.permissions()).containsExactlyInAnyOrder(Permission.USE_REPAIR_ORDERS,
                Permission.USE_QUALITY_CONTROL, Permission.SIGN_SELF_CHECK, Permission.VIEW_OWN_APPRAISAL);
        // every after-sales job reads and signs its own appraisal; only the manager manages staff
        assertThat(EnumSet.allOf(Role.class).stream().filter(role -> role.permissions().contains(Permission.MANAGE_STAFF)))
                .containsExactly(Role.SERVICE_MANAGER);
        assertThat(Role.ADMINISTRATOR.permissions()).doesNotContain(Permission.VIEW_OWN_APPRAISAL);
        // each level of the three-level check belongs to one job: nobody signs two levels by role alone
        for (Permission level : EnumSet.of(Permission.SIGN_SELF_CHECK, Permission.SIGN_RECHECK, Permission.SIGN_FINAL_CHECK)) {
            assertThat(EnumSet.allOf(Role.class).stream().filter(role -> role.permissions().contains(level))).hasSize(1);
        }
        assertThat(Role.WAREHOUSE_CLERK.permissions()).contains(Permission.USE_PARTS_WAREHOUSE)
                .doesNotContain(Permission.USE_CASHIER, Permission.MANAGE_USERS);
        assertThat(Role.ADMINISTRATOR.permissions()).contains(Permission.MANAGE_USERS)
                .doesNotContain(Permission.USE_CASHIER);
        assertThat(Role.permissionsOf(EnumSet.of(Role.CASHIER, Role.SERVICE_ADVISOR)))
                .contains(Permission.USE_CASHIER, Permission.USE_RECEPTION);
        // the cashier records supplier invoices and payments; only the manager accepts an invoice's
        // differences and pays above the limit
        assertThat(EnumSet.allOf(Role.class).stream().filter(role -> role.permissions().contains(Permission.USE_PAYABLES)))
                .containsExactlyInAnyOrder(Role.CASHIER, Role.SERVICE_MANAGER);
        for (Permission managers : EnumSet.of(Permission.ACCEPT_INVOICE_DIFFERENCES, Permission.APPROVE_SUPPLIER_PAYMENTS)) {
            assertThat(EnumSet.allOf(Role.class).stream().filter(role -> role.permissions().contains(managers)))
                    .containsExactly(Role.SERVICE_MANAGER);
        }
    }
}
