package com.fours.workbench.app;

import java.io.IOException;
import java.io.InputStream;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlantafx.base.theme.PrimerLight;

/**
 * One user-agent stylesheet (AtlantaFX Primer) plus the workbench's own classes, and the bundled
 * Chinese font so a PC without one still shows Chinese.
 */
final class Theme {

    private static final Logger log = LoggerFactory.getLogger(Theme.class);
    static final String FONT_FAMILY = "Noto Sans SC";

    private Theme() {
    }

    /** Loads the fonts; may run off the UI thread, before the first window. */
    static void loadFonts() {
        for (String file : new String[] {"/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf"}) {
            try (InputStream in = Theme.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    log.warn("Could not load the bundled font {}", file);
                }
            } catch (IOException e) {
                log.warn("Could not load the bundled font {}", file, e);
            }
        }
    }

    static void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    static void apply(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/css/workbench.css").toExternalForm());
    }
}
