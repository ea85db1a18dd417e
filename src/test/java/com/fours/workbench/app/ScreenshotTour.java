package com.fours.workbench.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: walks through the screens on the demo database and saves a PNG of each, so a person
 * can look at them (and the README can show one). Run on demand:
 * {@code mvn test -Dtest=ScreenshotTour -Dscreenshots=docs/images} (add {@code -Dscreenshots.lang=en} for English).
 */
class ScreenshotTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().inTourLanguage();

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("login.png"));

        ui.logIn(robot, "admin", "#usersTable");
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("users.png"));

        robot.clickOn(robot.lookup(".tab-pane .tab-pane .tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#auditTable").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("audit-log.png"));

        robot.clickOn("#auditPrint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#previewPageImage").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        WorkbenchRobot.save(preview.getScene(), out.resolve("preview.png"));
        robot.interact(preview::hide);

        robot.clickOn(robot.lookup(".tab-pane .tab-pane .tab").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("store-profile.png"));

        customers(robot, out);
    }

    /** Reception, the advisor's first tab: this morning's receptions and a signed intake sheet. */
    private void reception(FxRobot robot, Path out) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#tab-RECEPTION").tryQuery().isPresent());
        robot.clickOn("#tab-RECEPTION");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#recentIntakes").tryQuery()
                .map(n -> !((javafx.scene.control.ListView<?>) n).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("reception.png"));
        robot.clickOn("#recentIntakes").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#intakeForm").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("reception-sheet.png"));
    }

    /** The advisor at the counter: hits for a fragment, a vehicle card, the forms with a refusal. */
    private void customers(FxRobot robot, Path out) throws Exception {
        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "advisor", "#tab-RECEPTION");
        reception(robot, out);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#tab-CUSTOMERS").tryQuery().isPresent());
        robot.clickOn("#tab-CUSTOMERS");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#archiveSearch").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("customers-empty.png"));

        robot.clickOn("#archiveSearch").write("粤A1");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#archiveResults").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("customers-search.png"));

        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#vehicleCard").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("customers-card.png"));
        robot.interact(() -> robot.lookup(".archive-card-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("customers-card-history.png"));

        robot.clickOn("#archiveSearch").type(KeyCode.ESCAPE).write("广州骏达物流");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#archiveResults").queryTableView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("customers-fleet-card.png"));

        shown(robot, "#newCustomer");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customerFormDialog").tryQuery().isPresent());
        shown(robot, "#customerName").write("陈小明");
        robot.clickOn("#customerMobile").write("1381234567");
        robot.clickOn("#customerOtherPhone").write("020-3886");
        shown(robot, "#saveCustomer");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customerMobileError").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Window form = robot.lookup("#customerFormDialog").query().getScene().getWindow();
        WorkbenchRobot.save(form.getScene(), out.resolve("customers-form-error.png"));

        robot.interact(() -> {
            robot.lookup("#customerMobile").queryTextInputControl().setText("138 1234 5678");
            robot.lookup("#customerOtherPhone").queryTextInputControl().setText("");
        });
        shown(robot, "#saveCustomer");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent()
                || robot.lookup("#duplicatesPane").tryQuery().map(Node::isVisible).orElse(false));
        if (robot.lookup("#duplicatesPane").tryQuery().map(Node::isVisible).orElse(false)) {
            WorkbenchRobot.save(form.getScene(), out.resolve("customers-duplicates.png"));
            shown(robot, "#saveAnyway");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent());
        }
        shown(robot, "#vehicleVin").write("LVGBE40K1RG7W3K58");
        robot.clickOn("#vehiclePlate").write("粤A·D12345");
        robot.clickOn("#vehicleFirstRegistration").write("2024/13/1");
        robot.clickOn("#vehicleMileage").write("12,000");
        shown(robot, "#saveVehicle");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#vehicleVinError").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Window vehicleForm = robot.lookup("#vehicleFormDialog").query().getScene().getWindow();
        WorkbenchRobot.save(vehicleForm.getScene(), out.resolve("customers-vehicle-form-error.png"));
        robot.interact(vehicleForm::hide);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customerCard").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WorkbenchRobot.save(ui.stage().getScene(), out.resolve("customers-customer-card.png"));

        // a lower mileage, refused, and the manager's confirmation
        robot.interact(() -> robot.lookup("#archiveSearch").queryTextInputControl().setText(""));
        robot.clickOn("#archiveSearch").write("粤A1");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#archiveResults").queryTableView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        shown(robot, "#editVehicle");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#vehicleFormDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#vehicleMileage").queryTextInputControl().setText("1200"));
        shown(robot, "#saveVehicle");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#confirmMileage")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Window edit = robot.lookup("#vehicleFormDialog").query().getScene().getWindow();
        WorkbenchRobot.save(edit.getScene(), out.resolve("customers-mileage-refused.png"));
        shown(robot, "#confirmMileage");
        shown(robot, "#approverUsername").write("manager");
        shown(robot, "#approverPassword").write("wrong-one1");
        shown(robot, "#approveButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#approverPasswordError")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Window approval = robot.lookup("#approvalDialog").query().getScene().getWindow();
        WorkbenchRobot.save(approval.getScene(), out.resolve("customers-approval.png"));
        robot.interact(approval::hide);
        robot.interact(edit::hide);

        shown(robot, "#changeOwner");
        shown(robot, "#ownerSearch").write("1381");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#ownerResults").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Window changeOwner = robot.lookup("#changeOwnerDialog").query().getScene().getWindow();
        WorkbenchRobot.save(changeOwner.getScene(), out.resolve("customers-change-owner.png"));
        robot.interact(changeOwner::hide);

        // the manager merges two records
        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "manager", "#tab-CUSTOMERS");
        robot.clickOn("#tab-CUSTOMERS");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#archiveSearch").tryQuery().isPresent());
        // the same man came again and was recorded twice, with his other mobile
        ui.services().customers().create(new com.fours.workbench.customers.CustomerInput(
                com.fours.workbench.customers.CustomerKind.PERSON, "陈小明", "139 2345 6789", "", "广州市天河区天河北路 233 号",
                "", com.fours.workbench.customers.PreferredContact.WECHAT, true,
                com.fours.workbench.customers.MemberLevel.GOLD, "周末来店"), true);
        robot.clickOn("#archiveSearch").write("1381234");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#archiveResults").queryTableView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        shown(robot, "#mergeCustomer");
        shown(robot, "#mergeSearch").write("陈小明");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#mergeResults").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#confirmMerge").queryButton().isDisabled());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Window merge = robot.lookup("#mergeDialog").query().getScene().getWindow();
        WorkbenchRobot.save(merge.getScene(), out.resolve("customers-merge.png"));
        robot.interact(merge::hide);
    }

    /** Waits until the node is laid out on screen (a dialog's field right after it opens), then clicks it. */
    private static org.testfx.api.FxRobotInterface shown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return robot.clickOn(query);
    }
}
