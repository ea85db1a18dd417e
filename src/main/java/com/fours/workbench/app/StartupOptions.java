package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code --demo} opens the separate demo database, {@code --data-dir=PATH}
 * moves the data folder, {@code --lang=zh|en} overrides the language for this run.
 */
public record StartupOptions(boolean demo, Optional<Path> dataDir, Optional<String> language) {

    public static StartupOptions parse(List<String> args) {
        boolean demo = false;
        Optional<Path> dataDir = Optional.empty();
        Optional<String> language = Optional.empty();
        for (String arg : args) {
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Optional.of(Path.of(arg.substring("--data-dir=".length())));
            } else if (arg.startsWith("--lang=")) {
                language = Optional.of(arg.substring("--lang=".length()));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown option " + arg
                        + " (known: --demo, --data-dir=PATH, --lang=zh|en)");
            }
        }
        return new StartupOptions(demo, dataDir, language);
    }
}
