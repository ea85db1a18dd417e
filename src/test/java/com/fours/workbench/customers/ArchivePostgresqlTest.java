package com.fours.workbench.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * The fragment search's SQL (written so H2 plans it well) and the 4-gram migration on a real
 * PostgreSQL, in a schema of its own. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ArchivePostgresqlTest {


    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        services = schema.openLoggedIn(clock, "lina", Role.SERVICE_ADVISOR);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        services.close();
        schema.close();
    }

    @Test
    void fragmentsFindTheCarOnPostgresqlAndTheMigrationWritesTheSameDigitGrams() throws Exception {
        Customer zhang = services.customers().create(ArchiveServiceTest.person("张伟", "138 1234 5678"), false);
        Vehicle camry = services.vehicles().create(zhang.id(),
                ArchiveServiceTest.car(ArchiveServiceTest.VIN, "粤A12345", "1000"), false);
        Customer li = services.customers().create(ArchiveServiceTest.person("李娜", "13987654321"), false);
        services.vehicles().create(li.id(), ArchiveServiceTest.car(ArchiveServiceTest.vin("LFMAP22C3M00", "54321"),
                "粤B88888", "5000"), false);

        for (String fragment : new String[] {"粤a", "A123", "a12345", "5678", "13812345678", "LVGBE4",
                ArchiveServiceTest.VIN, "张伟", "zw"}) {
            assertThat(services.archiveSearch().search(fragment).hits()).as(fragment)
                    .extracting(SearchHit::vehicleId).containsExactly(camry.id());
        }
        assertThat(services.archiveSearch().search("粤A12345").hits().get(0).exact()).isTrue();
        assertThat(services.archiveSearch().search("99999").hits()).isEmpty();

        String migration = new String(getClass().getResourceAsStream("/db/migration/V3__long_grams.sql")
                .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        try (Connection connection = schema.connect();
             Statement statement = connection.createStatement()) {
            String grams = "SELECT STRING_AGG(gram || '@' || entry_id, ',' ORDER BY gram, entry_id) FROM search_gram";
            String written = single(statement, grams);
            statement.execute("DELETE FROM search_gram WHERE CHAR_LENGTH(gram) >= 4");
            for (String sql : migration.split(";")) {
                if (sql.strip().startsWith("INSERT")) {
                    statement.execute(sql);
                }
            }
            assertThat(single(statement, grams)).isEqualTo(written).contains("5678@", "A123@", "LVGB@", "12345@");
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

}
