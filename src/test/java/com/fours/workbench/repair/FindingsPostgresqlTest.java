package com.fours.workbench.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.care.ContactScope;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The findings' and progress contacts' SQL (decision 0105) on PostgreSQL, in a schema of its own. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class FindingsPostgresqlTest {

    @Test
    void findingsPhotosPromisesAndTheLateListRunOnPostgresql() throws Exception {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            RepairFixture f = new RepairFixture(TestWorkbench.setUp(schema.open(clock)));
            try {
                TestWorkbench.addUser(f.services, "liqiang", RepairFixture.PASSWORD, Role.TECHNICIAN);
                f.as("lina");
                String promise = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(clock.instant().plus(Duration.ofHours(1)).atZone(clock.getZone()));
                long orderId = f.receiveAnotherCar(promise).repairOrder().id();
                FindingsAndProgressTest.brakeFinding(f, orderId);
                List<Finding> found = f.services.findings().findings(orderId);
                assertThat(found).singleElement().satisfies(x -> assertThat(x.photos()).hasSize(1));
                assertThat(f.services.findings().photo(found.get(0).photos().get(0).id())).isNotEmpty();

                f.as("lina");
                clock.advance(Duration.ofHours(2));
                assertThat(f.services.home().page().lines()).anyMatch(l -> l.kind() == HomeLineKind.LATE_NOT_CONTACTED
                        && l.first().stream().anyMatch(i -> i.recordId() == orderId));
                Instant later = clock.instant().plus(Duration.ofHours(3));
                f.services.progressContacts().record(orderId, new ProgressContactInput(ProgressChannel.CALL, true,
                        "客户同意晚些取车", later, "等配件"));
                JobBoardCard card = f.services.jobBoard().board().stream().filter(c -> c.orderId() == orderId)
                        .findFirst().orElseThrow();
                assertThat(card.promisedAt()).isEqualTo(later);
                assertThat(card.late()).isFalse();
                assertThat(f.services.repairOrderService().orders("", java.util.Set.of(), 50).stream()
                        .filter(r -> r.id() == orderId).findFirst().orElseThrow().promisedAt()).isEqualTo(later);
                assertThat(f.services.contactHistory().of(ContactScope.customer(f.customer.id())))
                        .anyMatch(e -> e.kindKey().equals("enum.ContactKind.PROGRESS_CALL"));
            } finally {
                f.services.close();
            }
        } catch (SQLException e) {
            throw e;
        }
    }
}
