package com.fours.workbench.app;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline for the start-up benchmark (bench/startup.sh): a bare JavaFX window started the same
 * way as the workbench, so the workbench's own share of the start-up time can be told apart.
 */
public final class StartupBaseline {

    private static final Logger log = LoggerFactory.getLogger(StartupBaseline.class);

    private StartupBaseline() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    /** Launched from a plain main class, as the workbench is, so both start the same way. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("baseline")), 1280, 800));
            stage.show();
            ProcessHandle.current().info().startInstant().ifPresent(launched -> log.info(
                    "Baseline window shown {} ms after launch", Duration.between(launched, Instant.now()).toMillis()));
            Platform.runLater(Platform::exit);
        }
    }
}
