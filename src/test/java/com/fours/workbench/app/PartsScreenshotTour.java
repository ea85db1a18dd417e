package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.demo.SecurityDemoData;

/**
 * Not a test: saves a PNG of each pane of the parts warehouse on the demo database, as the service
 * manager sees them. {@code mvn test -Dtest=PartsScreenshotTour -Dscreenshots=target/screenshots}
 * (add {@code -Dscreenshots.lang=en} for English).
 */
class PartsScreenshotTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage().size(1366, 768);

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        // the log-in is filled in, not clicked: the tour only looks at the screens
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#loginButton").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#loginUsername").queryAs(javafx.scene.control.TextInputControl.class).setText("manager");
            robot.lookup("#loginPassword").queryAs(javafx.scene.control.TextInputControl.class)
                    .setText(SecurityDemoData.PASSWORD);
            robot.lookup("#loginButton").queryButton().fire();
        });
        // the manager's first tab is Appointments
        WorkbenchRobot.selectModule(robot, "tab-PARTS_WAREHOUSE");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#issueScan").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("parts-issue.png"));
        for (String pane : new String[] {"purchasing", "catalog", "ledger", "figures"}) {
            robot.interact(() -> {
                TabPane tabs = robot.lookup("#partsSections").queryAs(TabPane.class);
                tabs.getTabs().stream().filter(t -> ("partsTab-" + pane).equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            if (pane.equals("catalog")) {
                WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
                robot.interact(() -> robot.lookup("#partResults").queryAs(TableView.class).getSelectionModel().select(3));
            }
            if (pane.equals("purchasing")) {
                WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
                robot.interact(() -> robot.lookup("#purchaseOrders").queryAs(TableView.class).getSelectionModel().select(1));
            }
            if (pane.equals("ledger")) {
                robot.interact(() -> {
                    var field = robot.lookup("#ledgerCode").queryAs(javafx.scene.control.TextField.class);
                    field.setText("90915-YZZE1");
                    field.fireEvent(new javafx.event.ActionEvent());
                });
                WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
                robot.interact(() -> robot.lookup("#ledgerMovements").queryAs(TableView.class).getSelectionModel().select(1));
            }
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            WorkbenchRobot.save(ui.stage().getScene(), out.resolve("parts-" + pane + ".png"));
        }
    }
}
