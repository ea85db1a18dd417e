package com.fours.workbench.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The change feed on an embedded H2 file in server mode (AUTO_SERVER), as a store without a server runs it. */
class ChangeFeedH2Test extends ChangeFeedContract {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    @TempDir
    Path folder;
    private AppServices services;
    private DatabaseSettings settings;

    @BeforeEach
    void open() {
        settings = DatabaseSettings.embedded(folder, "workbench");
        services = AppServices.open(settings, false, folder, clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Override
    AppServices services() {
        return services;
    }

    @Override
    AppServices secondWorkstation() {
        return AppServices.open(settings, false, folder, clock);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    @Override
    Set<String> triggeredTables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_object_table, java_class FROM information_schema.triggers")) {
            while (rows.next()) {
                if (ChangeLogTrigger.class.getName().equals(rows.getString(2))) {
                    tables.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
