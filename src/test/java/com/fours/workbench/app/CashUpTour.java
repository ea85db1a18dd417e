package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.DatePicker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Not a test: saves PNGs of the cash-up (today open with a count typed, yesterday as closed) and of
 * the health-record export on the demo database, as the cashier sees them.
 * {@code mvn test -Dtest=CashUpTour -Dscreenshots=docs/images} (add {@code -Dscreenshots.lang=en} for English).
 */
class CashUpTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().at("2026-11-27T10:20:00Z").inTourLanguage();

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "cashier");
        selectModule(robot, "tab-CASHIER");
        selectTab(robot, "#cashierSections", "cashierTab-cashUp");
        waitUntil(() -> !text(robot, "#cashUpExpected").isEmpty());
        robot.interact(() -> {
            robot.lookup("#cashUpOpeningFloat").queryTextInputControl().setText("500");
            robot.lookup("#cashUpCounted").queryTextInputControl().setText(
                    text(robot, "#cashUpExpected").replace("¥", "").replace(",", ""));
        });
        WorkbenchRobot.save(robot.lookup("#cashUpPane").query().getScene(), out.resolve("cash-up-screen.png"));

        LocalDate shortDay = ui.services().transactions().read(h -> h.createQuery(
                "SELECT business_day FROM cash_day_count WHERE difference <> 0").mapTo(LocalDate.class).one());
        robot.interact(() -> robot.lookup("#cashUpDay").queryAs(DatePicker.class).setValue(shortDay));
        waitUntil(() -> !text(robot, "#cashUpDifference").isEmpty());
        WorkbenchRobot.save(robot.lookup("#cashUpPane").query().getScene(), out.resolve("cash-up-closed.png"));

        selectTab(robot, "#cashierSections", "cashierTab-healthRecords");
        waitUntil(() -> !text(robot, "#healthRecordSummary").isEmpty());
        WorkbenchRobot.save(robot.lookup("#healthRecordPane").query().getScene(), out.resolve("health-records.png"));
    }
}
