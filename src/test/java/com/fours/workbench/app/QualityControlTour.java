package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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

import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.qc.QcOrderRow;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;

/**
 * Not a test: saves PNGs of the Quality Control tab on the demo database as the team lead sees it
 * (an order waiting for the re-check), the checklists and the figures as the inspector sees them.
 * {@code mvn test -Dtest=QualityControlTour -Dscreenshots=target/screenshots} (add
 * {@code -Dscreenshots.lang=en} for English).
 */
@ExtendWith(ApplicationExtension.class)
class QualityControlTour {

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
        stage.setWidth(1280);
        stage.setHeight(800);
        WorkbenchRobot.startTour(stage, services, dataFolder);
    }

    private void logIn(FxRobot robot, String user) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#loginUsername").queryAs(TextInputControl.class).setText(user);
            robot.lookup("#loginPassword").queryAs(TextInputControl.class).setText(SecurityDemoData.PASSWORD);
            robot.lookup("#loginButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#tab-QUALITY_CONTROL").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !orders(robot).getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TableView<QcOrderRow> orders(FxRobot robot) {
        return robot.lookup("#qcOrders").queryAs(TableView.class);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        logIn(robot, "lead");
        robot.interact(() -> {
            TableView<QcOrderRow> table = orders(robot);
            table.getItems().stream().filter(r -> r.waitingFor() == QcLevel.RECHECK).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        robot.interact(() -> robot.lookup("#qcAllPass").queryButton().fire());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(stage.getScene(), out.resolve("qc-sheet.png"));
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-figures");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(stage.getScene(), out.resolve("qc-figures.png"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        logIn(robot, "qc");
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-checklists");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(stage.getScene(), out.resolve("qc-checklists.png"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#loginUsername").queryAs(TextInputControl.class).setText("manager");
            robot.lookup("#loginPassword").queryAs(TextInputControl.class).setText(SecurityDemoData.PASSWORD);
            robot.lookup("#loginButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#tab-QUALITY_CONTROL").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-comebacks");
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(stage.getScene(), out.resolve("qc-comebacks.png"));
    }
}
