package com.fours.workbench.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's own backup programs, {@code pg_dump} and {@code pg_restore}, run for a database the
 * workbench is connected to. The programs are found on the PATH or in Debian's
 * {@code /usr/lib/postgresql/<version>/bin}; the password goes to them in {@code PGPASSWORD},
 * never on the command line.
 */
public final class PostgresTools {

    private static final Logger log = LoggerFactory.getLogger(PostgresTools.class);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?,]+)(?::(\\d+))?(?:,[^/]*)?/([^?]+)(?:\\?(.*))?");
    private static final long TIMEOUT_MINUTES = 120;

    /** Where a connection points: the server, the database and the schema (when the URL names one). */
    public record Target(String host, int port, String database, Optional<String> schema, String user, String password) {
    }

    private final Map<String, String> environment;
    private final List<Path> debianFolders;

    public PostgresTools(Map<String, String> environment) {
        this(environment, List.of(Path.of("/usr/lib/postgresql")));
    }

    PostgresTools(Map<String, String> environment, List<Path> debianFolders) {
        this.environment = environment;
        this.debianFolders = debianFolders;
    }

    public static Target target(DatabaseSettings settings) {
        Matcher m = URL.matcher(settings.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + settings.description());
        }
        Optional<String> schema = Optional.empty();
        if (m.group(4) != null) {
            for (String parameter : m.group(4).split("&")) {
                if (parameter.startsWith("currentSchema=")) {
                    schema = Optional.of(parameter.substring("currentSchema=".length()));
                }
            }
        }
        return new Target(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3), schema,
                settings.user(), settings.password());
    }

    /** The program {@code name} on the PATH, else in the newest {@code /usr/lib/postgresql/<n>/bin}. */
    public Optional<Path> find(String name) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                for (String candidate : List.of(name, name + ".exe")) {
                    Path file = Path.of(folder, candidate);
                    if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                        return Optional.of(file);
                    }
                }
            }
        }
        for (Path base : debianFolders) {
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> versions = Files.list(base)) {
                Optional<Path> found = versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
                        .map(v -> v.resolve("bin").resolve(name))
                        .filter(Files::isExecutable).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                log.warn("Cannot list {}", base, e);
            }
        }
        return Optional.empty();
    }

    /** {@code pg_dump -Fc} of the database (only its schema when the URL names one) into {@code file}. */
    public void dump(DatabaseSettings settings, Path file) {
        Target t = target(settings);
        List<String> command = new ArrayList<>(List.of(require("pg_dump").toString(), "-Fc", "--no-owner",
                "-h", t.host(), "-p", String.valueOf(t.port()), "-U", t.user(), "-d", t.database(), "-f", file.toString()));
        t.schema().ifPresent(s -> command.addAll(List.of("-n", s)));
        run(command, t.password());
    }

    /** The table of contents of a custom-format dump: fails when the archive cannot be read. */
    public int countArchiveEntries(Path file) {
        String listing = run(List.of(require("pg_restore").toString(), "--list", file.toString()), "");
        return (int) listing.lines().filter(l -> !l.isBlank() && !l.startsWith(";")).count();
    }

    /** {@code pg_restore} of a dump into the database {@code settings} points at (normally a fresh, empty one). */
    public void restore(Path file, DatabaseSettings settings) {
        Target t = target(settings);
        run(List.of(require("pg_restore").toString(), "--no-owner", "--no-privileges", "--exit-on-error",
                "-h", t.host(), "-p", String.valueOf(t.port()), "-U", t.user(), "-d", t.database(), file.toString()),
                t.password());
    }

    /** Whether the role may create databases (to restore a dump into a scratch one and check it). */
    public static boolean mayCreateDatabases(DatabaseSettings settings) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            log.warn("Cannot read the role's rights on {}", settings.description(), e);
            return false;
        }
    }

    /** Creates an empty database on the same server; the settings of the result keep the schema of {@code settings}. */
    public static DatabaseSettings createDatabase(DatabaseSettings settings, String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name " + name);
        }
        execute(settings, "CREATE DATABASE " + name);
        return DatabaseSettings.server(settings.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]+", "$1" + name),
                settings.user(), settings.password());
    }

    public static void dropDatabase(DatabaseSettings settings, String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name " + name);
        }
        execute(settings, "DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(DatabaseSettings settings, String sql) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Path require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " is not installed on this computer"));
    }

    /** Runs a program to its end; its output and errors go to a file (a pipe could fill up and stall it). */
    private static String run(List<String> command, String password) {
        Path output = null;
        try {
            output = Files.createTempFile("workbench-pg", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            if (!password.isEmpty()) {
                builder.environment().put("PGPASSWORD", password);
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " failed (" + process.exitValue()
                        + "): " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " interrupted", e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    log.debug("Cannot delete {}", output, e);
                }
            }
        }
    }
}
