package com.fours.workbench.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * The reception's SQL on a real PostgreSQL: the day's counter (INSERT ... ON CONFLICT), photos as
 * BYTEA, markers as DOUBLE PRECISION, revisions, and a merge that re-points the intake. Runs where
 * {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class IntakePostgresqlTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        services = schema.openLoggedIn(clock, "zhoujie", Role.SERVICE_MANAGER);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        services.close();
        schema.close();
    }

    @Test
    void aReceptionWithPhotosMarkersAndASignedChangeIsKeptOnPostgresql() {
        Customer zhang = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "138 1234 5678", "",
                "", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        Vehicle camry = services.vehicles().create(zhang.id(), IntakeServiceTest.car(
                IntakeServiceTest.vin("LVGBE40K", "NG012345"), "粤A12345", "31000"), false);
        IntakeService intakes = services.intakes();
        IntakeDraft draft = intakes.draftForVehicle(camry.id());
        PreparedPhoto photo = intakes.preparePhoto("front.png", IntakeServiceTest.png(2400, 1800));

        IntakeSheet first = intakes.receive(draft, IntakeServiceTest.filled(draft.input(), "32000", "异响", "680.50",
                IntakeServiceTest.twoMarkers()), List.of(photo), Optional.empty());
        IntakeSheet second = intakes.receive(draft, IntakeServiceTest.filled(draft.input(), "32010", "复查", "",
                List.of()), List.of(), Optional.empty());

        assertThat(first.repairOrder().number()).isEqualTo("RO20261127-0001");
        assertThat(second.repairOrder().number()).isEqualTo("RO20261127-0002");
        assertThat(first.intake().estimatedCost().toPlainString()).isEqualTo("680.50");
        assertThat(first.intake().markers().get(0).x()).isEqualTo(0.25);
        assertThat(first.photos()).extracting(IntakePhoto::width).containsExactly(1600);
        assertThat(intakes.photo(first.photos().get(0).id())).hasSize(photo.image().length);

        IntakeSheet signed = intakes.sign(first.intake().id(), first.intake().version());
        IntakeSheet edited = intakes.update(signed.intake().id(), signed.intake().version(),
                IntakeServiceTest.filled(draft.input(), "32000", "异响，抖动", "680.50", IntakeServiceTest.twoMarkers()),
                Optional.empty());
        assertThat(edited.changesSinceSigned()).extracting(FieldChange::field).containsExactly(IntakeInput.COMPLAINT);
        assertThat(intakes.recent(10)).extracting(IntakeSummary::repairOrderNumber, IntakeSummary::signed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RO20261127-0002", false),
                        org.assertj.core.groups.Tuple.tuple("RO20261127-0001", true));

        Customer twin = services.customers().create(new CustomerInput(CustomerKind.PERSON, "张伟", "139 8765 4321", "",
                "", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
        services.customers().merge(twin.id(), zhang.id());
        assertThat(intakes.sheet(first.intake().id()).customer().id()).as("the intake follows the kept customer")
                .isEqualTo(twin.id());
        assertThat(intakes.sheet(first.intake().id()).repairOrder().customerId()).isEqualTo(twin.id());
    }
}
