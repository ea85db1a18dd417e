package com.fours.workbench.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds the database, the log files and the workstation settings. The command
 * line ({@code --data-dir=PATH}) wins over the environment ({@code WORKBENCH_DATA_DIR}), which wins
 * over the operating system's per-user data folder.
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "WORKBENCH_DATA_DIR";
    private static final String APP_FOLDER = "4S Workbench";

    private DataFolder() {
    }

    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment,
                               String osName, Path userHome) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get().toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment.trim()).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, APP_FOLDER) : userHome.resolve("AppData/Roaming").resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support").resolve(APP_FOLDER);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("4s-workbench");
    }

    /** The demo database lives apart, so trying the demo never touches the store's real data. */
    public static Path demoFolder(Path dataFolder) {
        return dataFolder.resolve("demo");
    }
}
