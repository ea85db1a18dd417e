package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: saves PNGs for the README of the manager's newer screens on the demo database at
 * 1366×768: the waste store and ledger, 5S inspections and their checklist, incidents, the safety figures, staff
 * appraisals, warranty claims, payables, parts sales, suppliers and the road test rules. {@code mvn test -Dtest=NewModulesTour -Dscreenshots=docs/images}
 * (add {@code -Dscreenshots.lang=en} for English).
 */
class NewModulesTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage().size(1366, 768);

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "manager", "#tab-ENVIRONMENT");

        WorkbenchRobot.selectModule(robot, "tab-ENVIRONMENT");
        shoot(robot, out, "environment-waste-store.png");
        WorkbenchRobot.selectTab(robot, "#environmentSections", "environmentTab-ledger");
        shoot(robot, out, "environment-waste-ledger.png");
        WorkbenchRobot.selectTab(robot, "#environmentSections", "environmentTab-catalogue");
        shoot(robot, out, "environment-waste-catalogue.png");
        WorkbenchRobot.selectTab(robot, "#environmentSections", "environmentTab-fiveS");
        shoot(robot, out, "environment-5s.png");
        robot.interact(() -> robot.lookup("#fiveSPane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        shoot(robot, out, "environment-5s-checklist.png");
        WorkbenchRobot.selectTab(robot, "#environmentSections", "environmentTab-incidents");
        shoot(robot, out, "environment-incidents.png");
        WorkbenchRobot.selectTab(robot, "#environmentSections", "environmentTab-safetyFigures");
        shoot(robot, out, "environment-safety-figures.png");

        WorkbenchRobot.selectModule(robot, "tab-STAFF");
        WorkbenchRobot.selectTab(robot, "#staffSections", "staffAppraisals");
        shoot(robot, out, "staff-appraisals.png");

        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        WorkbenchRobot.selectTab(robot, "#cashierSections", "cashierTab-claims");
        shoot(robot, out, "cashier-claims.png");
        WorkbenchRobot.selectTab(robot, "#cashierSections", "cashierTab-payables");
        // the first supplier in the ageing chosen: its open amount, credit and what is owed under the lists
        javafx.scene.control.TableView<?> payables = robot.lookup("#payablesAgeing").queryAs(javafx.scene.control.TableView.class);
        WorkbenchRobot.waitUntil(() -> !payables.getItems().isEmpty());
        robot.interact(() -> payables.getSelectionModel().select(0));
        shoot(robot, out, "cashier-payables.png");

        WorkbenchRobot.selectModule(robot, "tab-PARTS_WAREHOUSE");
        WorkbenchRobot.selectTab(robot, "#partsSections", "partsTab-sales");
        shoot(robot, out, "parts-sales.png");
        WorkbenchRobot.selectTab(robot, "#partsSections", "partsTab-suppliers");
        shoot(robot, out, "parts-suppliers.png");

        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-serviceRules");
        shoot(robot, out, "qc-service-rules.png");
    }

    private static void shoot(FxRobot robot, Path out, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve(name));
    }
}
