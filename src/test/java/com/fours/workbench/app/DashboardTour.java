package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: saves a PNG of the manager's dashboard on the demo database at 1366×768 for the README.
 * {@code mvn test -Dtest=DashboardTour -Dscreenshots=docs/images} (add {@code -Dscreenshots.lang=en} for English).
 */
class DashboardTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage().size(1366, 768);

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "manager", "#moduleTabs");
        WorkbenchRobot.selectModule(robot, "tab-DASHBOARD");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#dashboardCard-carCount").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("dashboard.png"));
    }
}
