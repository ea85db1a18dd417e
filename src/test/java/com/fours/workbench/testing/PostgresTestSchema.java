package com.fours.workbench.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;

/**
 * A schema of its own on the PostgreSQL server named by {@code WORKBENCH_TEST_POSTGRES_URL}
 * (CI starts one with .ci/postgres-for-tests), dropped again on close.
 */
public final class PostgresTestSchema implements AutoCloseable {

    public static final String URL_VARIABLE = "WORKBENCH_TEST_POSTGRES_URL";
    private static final String URL = System.getenv(URL_VARIABLE);
    private static final String USER = System.getenv().getOrDefault("WORKBENCH_TEST_POSTGRES_USER", "");
    private static final String PASSWORD = System.getenv().getOrDefault("WORKBENCH_TEST_POSTGRES_PASSWORD", "");

    private final String name = "wb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public PostgresTestSchema() throws SQLException {
        execute(URL, "CREATE SCHEMA " + name);
    }

    /** The server URL with this schema as the current one. */
    public String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** The workbench on this schema, migrated by the real Flyway scripts. */
    public AppServices open(MutableClock clock) {
        return AppServices.open(DatabaseSettings.server(url(), USER, PASSWORD), false, Path.of("."), clock);
    }

    /**
     * The workbench on this schema, set up as after the first start, with {@code username} (password
     * {@code Start2026}, these roles) created by the administrator and logged in.
     */
    public AppServices openLoggedIn(MutableClock clock, String username, Role... roles) {
        AppServices services = open(clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        TestWorkbench.addUser(services, username, "Start2026", roles);
        services.authentication().login(username, "Start2026".toCharArray());
        return services;
    }

    /** This schema's settings, for a second workstation on the same database. */
    public DatabaseSettings settings() {
        return DatabaseSettings.server(url(), USER, PASSWORD);
    }

    @Override
    public void close() throws SQLException {
        execute(URL, "DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
