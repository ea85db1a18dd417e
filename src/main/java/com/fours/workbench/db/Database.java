package com.fours.workbench.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
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
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("workbench");
        config.setMaximumPoolSize(settings.isEmbedded() ? 4 : 8);
        config.setMinimumIdle(1);
        HikariDataSource dataSource = new HikariDataSource(config);
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

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(migrationLocations(dataSource))
                .load()
                .migrate();
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
