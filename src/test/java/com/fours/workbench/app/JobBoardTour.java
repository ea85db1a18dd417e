package com.fours.workbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;

/**
 * Not a test: saves PNGs of the job board, the technician's jobs and dispatch on the demo database,
 * as the team lead sees them. {@code mvn test -Dtest=JobBoardTour -Dscreenshots=target/screenshots}
 * (add {@code -Dscreenshots.lang=en} for English).
 */
@ExtendWith(ApplicationExtension.class)
class JobBoardTour {

    @TempDir
    static Path dataFolder;
    private static AppServices services;
    private Stage stage;

    @BeforeAll
    static void open() {
        services = AppServices.open(dataFolder, true, MutableClock.shanghai("2026-11-27T02:00:00Z"));
        Theme.loadFonts();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyUserAgentStylesheet();
        stage.setWidth(1280);
        stage.setHeight(800);
        new Workbench(stage, services, new WorkstationSettings(dataFolder),
                "en".equals(System.getProperty("screenshots.lang")) ? Messages.ENGLISH : Messages.CHINESE,
                Modules.all()).start();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(out);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#loginUsername").queryAs(TextInputControl.class).setText("lead");
            robot.lookup("#loginPassword").queryAs(TextInputControl.class).setText(SecurityDemoData.PASSWORD);
            robot.lookup("#loginButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#tab-REPAIR_ORDERS").tryQuery().isPresent());
        robot.clickOn("#tab-REPAIR_ORDERS");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#repairSections").tryQuery().isPresent());
        for (String pane : new String[] {"board", "myJobs", "dispatch"}) {
            robot.interact(() -> {
                TabPane tabs = robot.lookup("#repairSections").queryAs(TabPane.class);
                tabs.getTabs().stream().filter(t -> ("repairTab-" + pane).equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
            save(stage.getScene(), out.resolve("workshop-" + pane + ".png"));
        }
    }

    private static void save(Scene scene, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null));
        try {
            ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png",
                    file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
