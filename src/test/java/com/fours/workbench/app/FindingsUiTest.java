package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.logOut;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.Formats;
import com.fours.workbench.repair.Finding;
import com.fours.workbench.repair.JobBoardCard;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.ui.StyleClasses;

/**
 * Issue 20: a technician's finding becomes an extra line the customer approves with the evidence in
 * front of them; a late car gets a new promised time from the job board, which the board then shows.
 */
class FindingsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD);

    private static RepairFixture fixture;
    private static AppServices services;

    @BeforeAll
    static void openDatabase() {
        fixture = new RepairFixture(ui.services());
        services = fixture.services;
        services.authentication().logout();
        TestWorkbench.addUser(services, "zhangwei", RepairFixture.PASSWORD, Role.TECHNICIAN);
        TestWorkbench.passwordsChosen(services, "lina", "zhangwei");
    }

    @Test
    void aTechniciansFindingBecomesAnApprovedExtraLine(FxRobot robot) {
        String number = fixture.intake.repairOrder().number();
        ui.logIn(robot, "zhangwei");
        openTheOrder(robot, number);
        clickWhenShown(robot, "#openFindings");
        waitUntil(() -> robot.lookup("#findingsDialog").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#findingItem").queryAs(ComboBox.class).getValue() != null);
        // nothing described: refused under the field, nothing kept
        robot.clickOn("#findingSave");
        waitUntil(() -> text(robot, "#findingDescriptionError").equals("Describe what was found."),
                () -> text(robot, "#findingDescriptionError"));
        robot.clickOn("#findingDescription").write("前刹车片磨损到极限");
        robot.clickOn("#findingFaultCodes").write("C1234");
        robot.clickOn("#findingMeasurements").write("前片厚度 2 mm");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<LabourOperation> operation = robot.lookup("#findingOperation").queryAs(ComboBox.class);
            operation.setValue(fixture.brakePads);
        });
        robot.clickOn("#findingSave");
        waitUntil(() -> robot.lookup("#findingsList").queryAs(ListView.class).getItems().size() == 1);
        waitUntil(() -> text(robot, "#findingMessage").equals("Finding saved."));
        robot.clickOn("#findingsClose");
        waitUntil(() -> robot.lookup("#findingsDialog").tryQuery().isEmpty());
        logOut(robot);
        fixture.as("lina");
        List<Finding> found = services.findings().findings(fixture.orderId());
        RepairPlan plan = services.repairOrderService().plan(fixture.orderId());
        services.authentication().logout();
        assertThat(found).hasSize(1);
        RepairLine extra = plan.lines().stream().filter(l -> l.id() == found.get(0).lineId()).findFirst().orElseThrow();
        assertThat(extra.pendingApproval()).isTrue();

        ui.logIn(robot, "lina");
        openTheOrder(robot, number);
        clickWhenShown(robot, "#approvePlan");
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isPresent());
        String evidence = "#evidence-" + extra.lineNo();
        waitUntil(() -> robot.lookup(evidence).tryQuery().isPresent());
        assertThat(text(robot, evidence)).contains("前刹车片磨损到极限", "C1234", "前片厚度 2 mm");
        robot.clickOn("#approvalSave");
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isEmpty());
        logOut(robot);
        fixture.as("lina");
        assertThat(services.repairOrderService().plan(fixture.orderId()).lines().stream()
                .filter(l -> l.id() == extra.id()).findFirst().orElseThrow().approved()).isTrue();
        services.authentication().logout();
    }

    @Test
    void aLateCarGetsANewPromisedTimeAndTheBoardShowsIt(FxRobot robot) {
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        fixture.as("lina");
        String promise = typed.format(ui.clock().instant().plus(Duration.ofHours(2)).atZone(ui.clock().getZone()));
        var sheet = fixture.receiveAnotherCar(promise);
        services.authentication().logout();
        String number = sheet.repairOrder().number();
        ui.clock().advance(Duration.ofHours(3));

        ui.logIn(robot, "lina");
        selectModule(robot, "tab-REPAIR_ORDERS");
        selectTab(robot, "#repairSections", "repairTab-board");
        waitUntil(() -> robot.lookup("#jobCardContactDue-" + number).tryQuery().isPresent());
        Node card = robot.lookup("#jobCard-" + number).query();
        assertThat(card.getStyleClass()).contains(StyleClasses.JOB_CARD_LATE, StyleClasses.JOB_CARD_CONTACT_DUE);
        clickWhenShown(robot, "#jobCardContact-" + number);
        waitUntil(() -> robot.lookup("#progressDialog").tryQuery().isPresent());
        robot.clickOn("#progressWhatWasSaid").write("客户同意明早取车");
        String past = typed.format(ui.clock().instant().minus(Duration.ofHours(1)).atZone(ui.clock().getZone()));
        robot.clickOn("#progressNewPromisedAt").write(past);
        robot.clickOn("#progressSave");
        waitUntil(() -> text(robot, "#progressNewPromisedAtError").equals("The new promised time must be later than now."),
                () -> text(robot, "#progressNewPromisedAtError"));
        Instant tomorrow = ui.clock().instant().plus(Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        robot.interact(() -> robot.lookup("#progressNewPromisedAt").queryAs(javafx.scene.control.TextField.class)
                .setText(typed.format(tomorrow.atZone(ui.clock().getZone()))));
        robot.clickOn("#progressSave");
        waitUntil(() -> text(robot, "#progressReasonError").equals("Give the reason the car will be late."),
                () -> text(robot, "#progressReasonError"));
        robot.clickOn("#progressReason").write("刹车片缺货，明早到货");
        robot.clickOn("#progressSave");
        waitUntil(() -> robot.lookup("#progressDialog").tryQuery().isEmpty());

        String shown = Formats.of(Locale.ENGLISH).dayTime(tomorrow, ui.clock().getZone());
        waitUntil(() -> robot.lookup("#jobCardContactDue-" + number).tryQuery().isEmpty()
                && !robot.lookup("#jobCard-" + number).query().getStyleClass().contains(StyleClasses.JOB_CARD_LATE));
        assertThat(robot.lookup("#jobCard-" + number).queryAs(javafx.scene.layout.VBox.class)
                .getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText()).anyMatch(t -> t.contains(shown))).isTrue();
        logOut(robot);
        fixture.as("lina");
        JobBoardCard moved = services.jobBoard().board().stream().filter(c -> c.orderNumber().equals(number))
                .findFirst().orElseThrow();
        assertThat(moved.promisedAt()).isEqualTo(tomorrow);
        services.authentication().logout();
    }

    private static void openTheOrder(FxRobot robot, String number) {
        waitUntil(() -> robot.lookup("#tab-REPAIR_ORDERS").tryQuery().isPresent());
        selectModule(robot, "tab-REPAIR_ORDERS");
        selectTab(robot, "#repairSections", "repairTab-orders");
        waitUntil(() -> robot.lookup("#repairOrderList").tryQuery().isPresent()
                && robot.lookup("#repairOrderList").queryAs(TableView.class).getItems().stream()
                .anyMatch(r -> ((com.fours.workbench.repair.RepairOrderRow) r).number().equals(number)));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<com.fours.workbench.repair.RepairOrderRow> table = robot.lookup("#repairOrderList")
                    .queryAs(TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.number().equals(number))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> text(robot, "#planTitle").startsWith(number), () -> text(robot, "#planTitle"));
    }
}
