package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: saves PNGs of the Customer care tab on the demo database at 1366×768 for the README:
 * today's callbacks with a call open, and the complaints with one chosen (the overdue ones in red).
 * {@code mvn test -Dtest=CustomerCareTour -Dscreenshots=docs/images} (add {@code -Dscreenshots.lang=en} for English).
 */
class CustomerCareTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage().size(1366, 768);

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "care", "#tab-CUSTOMER_CARE");
        WorkbenchRobot.selectModule(robot, "tab-CUSTOMER_CARE");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !table(robot, "#careCallbacks").getItems().isEmpty());
        robot.interact(() -> table(robot, "#careCallbacks").getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#careCallbackVisit").tryQuery()
                .map(n -> !((javafx.scene.control.Label) n).getText().isBlank()).orElse(false));
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("care-callbacks.png"));

        WorkbenchRobot.selectTab(robot, "#careTabs", "careTab-complaints");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table(robot, "#complaints").getItems().isEmpty());
        robot.interact(() -> table(robot, "#complaints").getSelectionModel().select(0));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("care-complaints.png"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }
}
