package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The same migrations and services on a real PostgreSQL server, in a schema of its own that is
 * dropped afterwards. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresqlDatabaseTest {


    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        services = schema.open(clock);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        services.close();
        schema.close();
    }

    @Test
    void theMigrationsAndServicesRunOnPostgresql() {
        assertThat(services.databaseSettings().isEmbedded()).isFalse();
        assertThat(services.setup().isNeeded()).isTrue();
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        assertThat(services.storeProfiles().find().orElseThrow().labourRate()).isEqualByComparingTo("380.00");

        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        services.users().createUser("lina", "李娜", EnumSet.of(Role.SERVICE_ADVISOR, Role.CASHIER), "Start2026".toCharArray());
        services.authentication().logout();

        for (int i = 0; i < AuthenticationService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> services.authentication().login("lina", "guess999".toCharArray()));
        }
        assertThatThrownBy(() -> services.authentication().login("lina", "Start2026".toCharArray()))
                .extracting("messageKey").isEqualTo("login.locked");

        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "LINA"))
                .extracting(AuditEntry::action)
                .contains("USER_CREATED", "LOGIN_FAILED", "ACCOUNT_LOCKED");
    }

    @Test
    void theArchiveAndItsFragmentSearchRunOnPostgresql() {
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        TestWorkbench.addUser(services, "lina", "Start2026", Role.SERVICE_ADVISOR);
        services.authentication().login("lina", "Start2026".toCharArray());
        var zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "13812345678", "", "", "",
                PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        String draft = "LVGBE40K0NG012345";
        String vin = draft.substring(0, 8) + Vin.computeCheckDigit(draft) + draft.substring(9);
        var camry = services.vehicles().create(zhang.id(), new VehicleInput(vin, "粤A12345", null, "广汽丰田", "凯美瑞",
                "2022", "", "", "2022-03-15", "31000", "", "", ""), false);

        for (String fragment : new String[] {"A123", "粤A", "5678", vin.substring(10, 16), "张伟", "ZW", "粤A12345"}) {
            assertThat(services.archiveSearch().search(fragment).hits()).as(fragment)
                    .extracting(SearchHit::vehicleId).containsExactly(camry.id());
        }
        assertThat(services.archiveSearch().search("粤A12345").hits().get(0).exact()).isTrue();
        assertThatThrownBy(() -> services.vehicles().create(zhang.id(), new VehicleInput(vin, "粤B12345", null, "", "",
                "", "", "", "", "", "", "", ""), true)).isInstanceOf(InvalidFieldsException.class);
    }

}
