package com.fours.workbench.db;

import java.nio.file.Path;

/**
 * Where the workbench keeps its data. The embedded H2 database is a file in the data folder;
 * a store with several workstations gives a JDBC URL of a shared server instead.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, String description) {

    /**
     * WRITE_DELAY=0: H2 writes each commit to the file before the commit returns, so a killed
     * process loses nothing that committed (its default, 500 ms, kept the last commits in memory;
     * decision 51). It does not fsync: a power cut may still lose the last commits.
     */
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";

    /** An embedded H2 database in {@code folder}; other workbench processes may open it too. */
    public static DatabaseSettings embedded(Path folder, String fileName) {
        Path file = folder.toAbsolutePath().resolve(fileName);
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", file + ".mv.db");
    }

    /** A private in-memory database; lives as long as the pool keeps a connection. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", "memory:" + name);
    }

    /** A shared database server, e.g. {@code jdbc:postgresql://10.0.0.5:5432/workbench}. */
    public static DatabaseSettings server(String jdbcUrl, String user, String password) {
        int query = jdbcUrl.indexOf('?');
        return new DatabaseSettings(jdbcUrl, user, password, query < 0 ? jdbcUrl : jdbcUrl.substring(0, query));
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The H2 file ({@code .../workbench.mv.db}) of an embedded database; empty for memory and servers. */
    public java.util.Optional<Path> embeddedFile() {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        int options = jdbcUrl.indexOf(';');
        String base = options < 0 ? jdbcUrl.substring(prefix.length()) : jdbcUrl.substring(prefix.length(), options);
        return java.util.Optional.of(Path.of(base + ".mv.db"));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[" + description + "]";
    }
}
