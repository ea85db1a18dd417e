package com.fours.workbench.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings of this PC rather than of a user or the store: for now, the language of the screens. */
public final class WorkstationSettings {

    private static final Logger log = LoggerFactory.getLogger(WorkstationSettings.class);
    private static final String LANGUAGE = "language";

    private final Path file;
    private final Properties values = new Properties();

    public WorkstationSettings(Path dataFolder) {
        this.file = dataFolder.resolve("workstation.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                log.warn("Could not read {}; using defaults", file, e);
            }
        }
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE)).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.toLanguageTag());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "4S Workbench workstation settings");
            }
        } catch (IOException e) {
            log.warn("Could not save the language to {}", file, e);
        }
    }
}
