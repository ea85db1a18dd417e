package com.fours.workbench.app;

import java.io.IOException;
import java.io.InputStream;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

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

    /**
     * Styles the log-in screen's kinds of control once in a scene never shown: the stylesheets get
     * parsed and the skins, the icon font and CSS's classes loaded while the database still opens,
     * instead of after it (decision 0078). Call on the UI thread, after the user-agent stylesheet
     * and the fonts.
     */
    static void warmUp() {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>());
        VBox root = new VBox(new Label("", new FontIcon(Material2OutlinedAL.LOGIN)), new TextField(), new PasswordField(),
                new Button("", new FontIcon(Material2OutlinedAL.LANGUAGE)), new ComboBox<String>(), new ProgressIndicator(),
                table);
        apply(new Scene(root));
        root.applyCss();
        root.layout();
    }
}
