package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TabPane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: saves PNGs of the job board, the technician's jobs and dispatch on the demo database,
 * as the team lead sees them. {@code mvn test -Dtest=JobBoardTour -Dscreenshots=target/screenshots}
 * (add {@code -Dscreenshots.lang=en} for English).
 */
class JobBoardTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage();

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "lead", "#tab-REPAIR_ORDERS");
        robot.clickOn("#tab-REPAIR_ORDERS");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#repairSections").tryQuery().isPresent());
        for (String pane : new String[] {"board", "myJobs", "dispatch"}) {
            robot.interact(() -> {
                TabPane tabs = robot.lookup("#repairSections").queryAs(TabPane.class);
                tabs.getTabs().stream().filter(t -> ("repairTab-" + pane).equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
            WorkbenchRobot.save(ui.stage().getScene(), out.resolve("workshop-" + pane + ".png"));
        }
    }
}
