package com.fours.workbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

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
import com.fours.workbench.security.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;

/**
 * Not a test: walks through the screens on the demo database and saves a PNG of each, so a person
 * can look at them (and the README can show one). Run on demand:
 * {@code mvn test -Dtest=ScreenshotTour -Dscreenshots=docs/images}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

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
        new Workbench(stage, services, new WorkstationSettings(dataFolder), Messages.CHINESE, Modules.all()).start();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(out);
        save(stage.getScene(), out.resolve("login.png"));

        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write(SecurityDemoData.PASSWORD).clickOn("#loginButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#usersTable").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        save(stage.getScene(), out.resolve("users.png"));

        robot.clickOn(robot.lookup(".tab-pane .tab-pane .tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#auditTable").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        save(stage.getScene(), out.resolve("audit-log.png"));

        robot.clickOn("#auditPrint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#previewPageImage").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        save(preview.getScene(), out.resolve("preview.png"));
        robot.interact(preview::hide);

        robot.clickOn(robot.lookup(".tab-pane .tab-pane .tab").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        save(stage.getScene(), out.resolve("store-profile.png"));
    }

    private static void save(Scene scene, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
