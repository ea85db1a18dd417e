package com.fours.workbench.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The open database: a connection pool, migrated by Flyway, reached through {@link Transactions}. */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Transactions transactions;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, Jdbi jdbi) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.transactions = new Transactions(jdbi);
    }

    /** Opens the database and brings its schema up to date. */
    public static Database open(DatabaseSettings settings) {
        long started = System.nanoTime();
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings, "workbench"));
        try {
            migrate(dataSource);
            Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
            log.info("Database {} open in {} ms", settings.description(), (System.nanoTime() - started) / 1_000_000);
            return new Database(settings, dataSource, jdbi);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Opens a database only if its schema is exactly the one this build ships (every migration applied
     * and unchanged, none unknown): nothing is migrated; empty, the pool closed, otherwise. For a
     * database copied in whole (the demo's, decision 0091), which is thrown away if it does not fit.
     */
    public static java.util.Optional<Database> openIfUpToDate(DatabaseSettings settings) {
        return openIfUpToDate(settings, true, part -> { });
    }

    /**
     * {@code check} false: the caller knows the schema is this build's (a demo template made by the same
     * migrations, decision 0130) and Flyway is not asked. {@code parts} is told when the pool is open
     * ("pool") and when Flyway has checked the schema ("flyway").
     */
    static java.util.Optional<Database> openIfUpToDate(DatabaseSettings settings, boolean check,
                                                       java.util.function.Consumer<String> parts) {
        long started = System.nanoTime();
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings, "workbench"));
        try {
            parts.accept("pool");
            boolean upToDate = !check || upToDate(flyway(dataSource).info().all());
            parts.accept(check ? "flyway" : "migrations");
            if (!upToDate) {
                dataSource.close();
                return java.util.Optional.empty();
            }
            Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
            log.info("Database {} open in {} ms", settings.description(), (System.nanoTime() - started) / 1_000_000);
            return java.util.Optional.of(new Database(settings, dataSource, jdbi));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName(name);
        config.setMaximumPoolSize(settings.isEmbedded() ? 4 : 8);
        config.setMinimumIdle(1);
        return config;
    }

    private static void migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        MigrationInfo[] all = refuseNewerSchema(flyway);
        // migrate() resolves and checks every migration a second time: on most starts there is
        // nothing to run and info() has already compared each applied one with the shipped file
        // (decision 0078); anything else goes through migrate(), which refuses as it always did
        if (!upToDate(all)) {
            flyway.migrate();
        }
    }

    /** Every shipped migration applied, each unchanged since (checksum, description, type), none unknown or failed. */
    static boolean upToDate(MigrationInfo[] all) {
        return all.length > 0 && Arrays.stream(all).allMatch(i -> i.getState() == MigrationState.SUCCESS
                && i.isChecksumMatching() && i.isDescriptionMatching() && i.isTypeMatching());
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(migrationLocations(dataSource))
                .load();
    }

    /**
     * Flyway ignores migrations it does not know (a newer release's) and would run on top of them;
     * a database written by a newer workbench is refused instead, before anything is changed.
     */
    private static MigrationInfo[] refuseNewerSchema(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        String newestShipped = Arrays.stream(all).filter(i -> !i.getState().name().startsWith("FUTURE"))
                .map(MigrationInfo::getVersion).filter(Objects::nonNull).max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion).orElse("0");
        Arrays.stream(all).filter(i -> i.getState().name().startsWith("FUTURE") && i.getVersion() != null)
                .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo)
                .ifPresent(newer -> {
                    throw new DatabaseTooNewException(newer.getVersion(), newestShipped);
                });
        return all;
    }

    /**
     * Opens a copy of a database (a backup being checked) without changing it: its schema must be
     * exactly the one this workbench ships (every migration applied, none unknown, none altered).
     * Refuses with a {@link DatabaseTooNewException} or an {@link IllegalStateException} naming what differs.
     */
    public static Database openUnchanged(DatabaseSettings settings) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings, "workbench-check"));
        try {
            Flyway flyway = flyway(dataSource);
            refuseNewerSchema(flyway);
            ValidateResult result = flyway.validateWithResult();
            if (!result.validationSuccessful) {
                throw new IllegalStateException("migrations do not validate: " + result.getAllErrorMessages());
            }
            return new Database(settings, dataSource, Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The newest schema version applied to this database, e.g. {@code 21}. */
    public String schemaVersion() {
        MigrationInfo current = flyway(dataSource).info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * An online backup of the embedded database into a zip file (H2's {@code BACKUP TO}): a
     * consistent copy of the database file taken while the workbench keeps working.
     */
    public void backUpEmbeddedTo(Path zip) {
        if (settings.embeddedFile().isEmpty()) {
            throw new IllegalStateException("not an embedded database file: " + settings.description());
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("BACKUP TO " + zip + " failed: " + e.getMessage(), e));
        }
    }

    /**
     * Where the migrations of this database are: the common ones and those of its kind. Any other
     * Flyway set-up (a backup's check, a restore) must use these, or it misses V20_1.
     */
    public static String[] migrationLocations(DataSource dataSource) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource)};
    }

    /** The folder of the migrations only one database understands (the change feed's triggers): h2 or postgresql. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which database this is", e);
        }
    }

    /**
     * The demo's move to today (decision 0116) on one connection of this pool, each statement committed on
     * its own, with H2 writing its pages every half second meanwhile instead of at every commit (the
     * workbench's {@code WRITE_DELAY=0}, set back after): nobody else has the file open yet.
     */
    void moveOnOneConnection(org.jdbi.v3.core.HandleConsumer<RuntimeException> move) {
        try (org.jdbi.v3.core.Handle handle = Jdbi.create(dataSource).open()) {
            boolean eachCommitWritten = settings.jdbcUrl().contains(";WRITE_DELAY=0");
            if (eachCommitWritten) {
                handle.execute("SET WRITE_DELAY 500");
            }
            try {
                move.useHandle(handle);
            } finally {
                if (eachCommitWritten) {
                    handle.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
