package com.fours.workbench.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The change feed on a real PostgreSQL server, in a schema of its own. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ChangeFeedPostgresqlTest extends ChangeFeedContract {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void open() throws SQLException {
        schema = new PostgresTestSchema();
        services = schema.open(clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
    }

    @AfterEach
    void close() throws SQLException {
        services.close();
        schema.close();
    }

    @Override
    AppServices services() {
        return services;
    }

    @Override
    AppServices secondWorkstation() {
        return AppServices.open(schema.settings(), false, Path.of("."), clock);
    }

    @Override
    Connection connect() throws SQLException {
        return schema.connect();
    }

    @Override
    Set<String> triggeredTables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_object_table, action_statement"
                     + " FROM information_schema.triggers WHERE trigger_schema = current_schema()")) {
            while (rows.next()) {
                if (rows.getString(2).contains("change_log_")) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }
}
