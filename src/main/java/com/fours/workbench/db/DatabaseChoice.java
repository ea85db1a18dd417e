package com.fours.workbench.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Which database this workstation uses. The embedded H2 file of the data folder unless a shared
 * server is named, by the environment ({@code WORKBENCH_DB_URL}, {@code WORKBENCH_DB_USER},
 * {@code WORKBENCH_DB_PASSWORD}) or by {@code database.properties} in the data folder
 * ({@code url}, {@code user}, {@code password}). The demo always uses its own embedded file.
 */
public final class DatabaseChoice {

    public static final String URL_VARIABLE = "WORKBENCH_DB_URL";
    public static final String USER_VARIABLE = "WORKBENCH_DB_USER";
    public static final String PASSWORD_VARIABLE = "WORKBENCH_DB_PASSWORD";
    public static final String SETTINGS_FILE = "database.properties";

    private DatabaseChoice() {
    }

    public static DatabaseSettings resolve(Path dataFolder, boolean demo, Map<String, String> environment) {
        if (demo) {
            return DatabaseSettings.embedded(DataFolder.demoFolder(dataFolder), "workbench");
        }
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return DatabaseSettings.server(url.strip(), environment.getOrDefault(USER_VARIABLE, ""),
                    environment.getOrDefault(PASSWORD_VARIABLE, ""));
        }
        Path file = dataFolder.resolve(SETTINGS_FILE);
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            String fileUrl = properties.getProperty("url", "").strip();
            if (!fileUrl.isEmpty()) {
                return DatabaseSettings.server(fileUrl, properties.getProperty("user", ""),
                        properties.getProperty("password", ""));
            }
        }
        return DatabaseSettings.embedded(dataFolder, "workbench");
    }
}
