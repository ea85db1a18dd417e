package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.List;

import com.fours.workbench.db.DataFolder;

/** Points Logback's rolling file into the data folder; must run before the first logger exists. */
final class LogSetup {

    static final String LOG_DIR_PROPERTY = "workbench.logDir";

    private LogSetup() {
    }

    static void beforeAnythingLogs(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null) {
            return;
        }
        Path dataFolder;
        try {
            StartupOptions options = StartupOptions.parse(List.of(args));
            dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
        } catch (IllegalArgumentException e) {
            return; // reported properly once logging is up
        }
        System.setProperty(LOG_DIR_PROPERTY, dataFolder.resolve("logs").toString());
    }
}
