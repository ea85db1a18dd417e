package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.testing.MutableClock;

/**
 * Issue 15, problem 11: the first start with an empty demo database shows the window at once and
 * says what it prepares, step by step, while the demo is filled off the UI thread; then the login.
 */
@ExtendWith(ApplicationExtension.class)
class DemoFirstStartUiTest {

    @TempDir
    static Path dataFolder;
    private static AppServices services;
    private final List<String> statuses = Collections.synchronizedList(new ArrayList<>());
    private final boolean[] ready = new boolean[1];

    @BeforeAll
    static void openAnEmptyDemoDatabase() {
        services = AppServices.open(dataFolder, true, MutableClock.shanghai("2026-11-27T02:00:00Z"), false);
        Theme.loadFonts();
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.applyUserAgentStylesheet();
        stage.setWidth(1280);
        stage.setHeight(800);
        new Workbench(stage, services, new WorkstationSettings(dataFolder), Locale.ENGLISH, Modules.all())
                .startPreparingDemo(() -> ready[0] = true);
        Label status = (Label) stage.getScene().lookup("#demoStatus");
        status.textProperty().addListener((obs, old, now) -> statuses.add(now));
    }

    @Test
    void theWindowSaysWhatItPreparesWhileTheDemoFillsThenShowsTheLogin(FxRobot robot) throws Exception {
        assertThat(services.demoSeeder().isEmpty()).as("filled in the background, not before the window").isTrue();
        assertThat(robot.lookup("#demoPreparation").tryQuery()).isPresent();
        // the UI thread answers while the demo is being filled
        waitUntil(() -> !statuses.isEmpty());
        robot.interact(() -> assertThat(robot.lookup("#demoProgress").queryAs(ProgressBar.class).getProgress())
                .isBetween(0.0, 1.0));
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> robot.lookup("#loginView").tryQuery().isPresent());
        assertThat(ready[0]).isTrue();
        assertThat(statuses).contains("Preparing customers and their cars (3 of 23)",
                "Preparing the parts warehouse and its history (6 of 23)");
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo("Demo store ready");
        assertThat(services.demoSeeder().isEmpty()).isFalse();
        assertThat(robot.lookup("#demoAccounts").tryQuery()).isPresent();
    }
}
