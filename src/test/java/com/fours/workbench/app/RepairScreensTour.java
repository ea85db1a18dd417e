package com.fours.workbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * Not a test: saves the repair-order screens of the demo store in Chinese as PNGs under
 * target/repair-tour (or -Dscreenshots=DIR), to look at. Run with
 * {@code mvn -o test -Dtest=RepairScreensTour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class RepairScreensTour {

    @TempDir
    static Path dataFolder;
    private static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dataFolder, true, MutableClock.shanghai("2026-11-27T06:00:00Z"));
        Theme.loadFonts();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.applyUserAgentStylesheet();
        stage.setWidth(1280);
        stage.setHeight(800);
        new Workbench(stage, services, new WorkstationSettings(dataFolder), Messages.CHINESE, Modules.all()).start();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots", "target/repair-tour"));
        Files.createDirectories(out);
        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        robot.clickOn("#loginUsername").write("manager");
        robot.clickOn("#loginPassword").write(SecurityDemoData.PASSWORD);
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#moduleTabs").tryQuery().isPresent());
        select(robot, "#moduleTabs", "tab-REPAIR_ORDERS");
        waitUntil(() -> robot.lookup("#repairOrderList").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        robot.interact(() -> robot.lookup("#repairOrderList").queryAs(TableView.class).getSelectionModel().select(2));
        waitUntil(() -> robot.lookup("#planLines").queryAs(TableView.class).getItems().size() > 0);
        shot(robot, out.resolve("repair-orders.png"));
        select(robot, "#repairSections", "repairTab-catalog");
        waitUntil(() -> robot.lookup("#catalogOperations").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        shot(robot, out.resolve("repair-catalog.png"));
    }

    private static void select(FxRobot robot, String pane, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(pane).queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    private static void shot(FxRobot robot, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#mainWindow").query().getScene().snapshot(null), null),
                        "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not reach the expected state in time", e);
        }
    }
}
