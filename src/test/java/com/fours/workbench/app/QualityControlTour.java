package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.qc.QcOrderRow;

/**
 * Not a test: saves PNGs of the Quality Control tab on the demo database as the team lead sees it
 * (an order waiting for the re-check), the checklists and the figures as the inspector sees them.
 * {@code mvn test -Dtest=QualityControlTour -Dscreenshots=target/screenshots} (add
 * {@code -Dscreenshots.lang=en} for English).
 */
class QualityControlTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage().size(1366, 768);

    private void logIn(FxRobot robot, String user) throws Exception {
        ui.logIn(robot, user, "#tab-QUALITY_CONTROL");
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
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("qc-sheet.png"));
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-figures");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("qc-figures.png"));
        WorkbenchRobot.logOut(robot);
        logIn(robot, "qc");
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-checklists");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("qc-checklists.png"));
        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "manager", "#tab-QUALITY_CONTROL");
        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-comebacks");
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("qc-comebacks.png"));
    }
}
