package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.qc.QcFixture;
import com.fours.workbench.qc.QcLevel;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Issue 20, one flow: the manager makes level-2 maintenance need a road test and keeps the Camry's
 * interval (a zero refused under its field); the inspector's final check of a spark-plug service is
 * refused without a road test, a road test ending below its start is refused under the field, the
 * road test is recorded, and the final check passes and moves the car's next service (decision 0104).
 */
class RoadTestAndNextServiceUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD).size(1366, 768);

    private static QcFixture fixture;
    private static AppServices services;
    private static long order;

    @BeforeAll
    static void openDatabase() {
        fixture = new QcFixture(ui.clock(), new RepairFixture(ui.services()));
        services = fixture.services;
        order = fixture.orderInQc(32000);
        fixture.as("zhangwei");
        services.qcSignOff().pass(order, QcLevel.SELF_CHECK, fixture.allPass(order), null);
        fixture.as("wanggang");
        services.qcSignOff().pass(order, QcLevel.RECHECK, fixture.allPass(order), null);
        services.authentication().logout();
        TestWorkbench.passwordsChosen(services);
    }

    @Test
    void anOrderThatNeedsARoadTestPassesItsFinalCheckOnlyOnceItIsRecordedAndItsMaintenanceMovesTheNextService(
            FxRobot robot) {
        String number = number();
        LocalDate dueBefore = vehicle().nextServiceDate();

        // the manager's rules: level-2 maintenance needs a road test; the Camry is serviced every 10,000 km or 6 months
        logIn(robot, "zhoujie");
        WorkbenchRobot.selectTab(robot, "#qcTabs", "qcTab-serviceRules");
        waitUntil(() -> robot.lookup("#qcRuleCategory").tryQuery().isPresent());
        robot.interact(() -> combo(robot, "#qcRuleCategory").setValue(RepairCategory.SECOND_LEVEL_MAINTENANCE));
        robot.clickOn("#qcRuleAdd");
        waitUntil(() -> table(robot, "#qcRoadTestRules").getItems().size() == 1, () -> text(robot, "#qcRulesMessage"));
        assertThat(text(robot, "#qcRulesMessage")).isEqualTo("Road test now needed for: Every order of Level-2 maintenance");

        robot.clickOn("#qcIntervalBrand").write("广汽丰田");
        robot.clickOn("#qcIntervalModel").write("凯美瑞");
        robot.clickOn("#qcIntervalKm").write("0");
        robot.clickOn("#qcIntervalMonths").write("6");
        robot.clickOn("#qcIntervalSave");
        waitUntil(() -> !text(robot, "#qcIntervalKmError").isEmpty());
        assertThat(text(robot, "#qcIntervalKmError"))
                .isEqualTo("An interval of zero is not an interval: give a number above 0");
        assertThat(table(robot, "#qcIntervals").getItems()).isEmpty();
        retype(robot, "#qcIntervalKm", "10000");
        robot.clickOn("#qcIntervalSave");
        waitUntil(() -> table(robot, "#qcIntervals").getItems().size() == 1, () -> text(robot, "#qcRulesMessage"));
        assertThat(text(robot, "#qcRulesMessage"))
                .isEqualTo("广汽丰田 凯美瑞: every 10,000 km or every 6 months, whichever comes first");
        WorkbenchRobot.logOut(robot);

        // the inspector: the final check waits for the road test
        logIn(robot, "sunli");
        waitUntil(() -> table(robot, "#qcOrders").getItems().size() == 1);
        robot.interact(() -> table(robot, "#qcOrders").getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#qcTitle").startsWith(number));
        waitUntil(() -> text(robot, "#qcRoadTestStatus").startsWith("Road test: required and missing"),
                () -> text(robot, "#qcRoadTestStatus"));
        click(robot, "#qcAllPass");
        click(robot, "#qcPass");
        waitUntil(() -> text(robot, "#qcMessage").contains("needs a road test"), () -> text(robot, "#qcMessage"));
        assertThat(status()).isEqualTo("IN_QC");

        retype(robot, "#qcRoadTestBy", "张伟");
        retype(robot, "#qcRoadTestStart", "32000");
        click(robot, "#qcRoadTestEnd").write("31990");
        click(robot, "#qcRoadTestRecord");
        waitUntil(() -> !text(robot, "#qcRoadTestEndError").isEmpty());
        assertThat(text(robot, "#qcRoadTestEndError")).isEqualTo("The end mileage is below the start (32,000 km)");
        retype(robot, "#qcRoadTestEnd", "32012");
        click(robot, "#qcRoadTestRemarks").write("高速 80 km/h 无异响");
        click(robot, "#qcRoadTestRecord");
        waitUntil(() -> text(robot, "#qcRoadTestStatus").startsWith("Road test: required and done by 张伟"),
                () -> text(robot, "#qcRoadTestStatus") + " / " + text(robot, "#qcMessage"));
        assertThat(text(robot, "#qcRoadTestStatus")).contains("32,000 to 32,012 km (12 km)");
        assertThat(text(robot, "#qcMessage")).isEqualTo("Road test of " + number + " recorded as passed");

        // the answers typed before the road test are still there: pass
        click(robot, "#qcPass");
        waitUntil(() -> text(robot, "#qcMessage").equals("Final check of " + number + " signed as passed."),
                () -> text(robot, "#qcMessage"));
        assertThat(status()).isEqualTo("READY_FOR_SETTLEMENT");
        Car car = vehicle();
        LocalDate exit = services.transactions().read(h -> h.createQuery(
                "SELECT exit_date FROM qc_release WHERE repair_order_id = :id").bind("id", order)
                .mapTo(LocalDate.class).one());
        assertThat(car.nextServiceDate()).as("moved from %s", dueBefore).isEqualTo(exit.plusMonths(6));
        assertThat(car.nextServiceMileage()).isEqualTo(42012);
        assertThat(car.mileage()).as("the road test's end reading is the exit mileage").isEqualTo(32012);
        waitUntil(() -> text(robot, "#qcRelease").contains("Next service: " + exit.plusMonths(6) + " or 42,012 km"),
                () -> text(robot, "#qcRelease"));
        WorkbenchRobot.logOut(robot);
    }

    /** The sheet is taller than 768 lines: scrolls the node into view first, as the user would. */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        reveal(robot, query);
        return robot.clickOn(query);
    }

    /** Replaces what the field holds with {@code text}, typed. */
    private static void retype(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(text);
    }

    private static void reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroller) {
                Node content = scroller.getContent();
                double extra = content.getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
                if (extra > 0) {
                    Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double top = Math.max(0, at.getMinY() - scroller.getViewportBounds().getHeight() / 3);
                    scroller.setVvalue(Math.min(1, top / extra));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void logIn(FxRobot robot, String user) {
        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        WorkbenchRobot.logIn(robot, user, RepairFixture.PASSWORD);
        waitUntil(() -> robot.lookup("#tab-QUALITY_CONTROL").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        waitUntil(() -> robot.lookup("#qcOrders").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private record Car(LocalDate nextServiceDate, Integer nextServiceMileage, int mileage) {
    }

    private static Car vehicle() {
        return services.transactions().read(h -> h.createQuery(
                "SELECT next_service_date, next_service_mileage, mileage FROM vehicle WHERE id = :id")
                .bind("id", fixture.f.vehicle.id())
                .map((rs, ctx) -> new Car(rs.getObject(1, LocalDate.class), (Integer) rs.getObject(2), rs.getInt(3)))
                .one());
    }

    private static String number() {
        return services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                .bind("id", order).mapTo(String.class).one());
    }

    private static String status() {
        return services.transactions().read(h -> h.createQuery("SELECT status FROM repair_order WHERE id = :id")
                .bind("id", order).mapTo(String.class).one());
    }
}
