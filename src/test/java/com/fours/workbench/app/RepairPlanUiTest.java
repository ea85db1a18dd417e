package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.input;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Approval;
import com.fours.workbench.repair.ApprovalMethod;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderRow;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The advisor's plan editor, headless: build the plan from a canned job, add a part the store does
 * not have (a purchase request is offered and confirmed), and record the customer's approval by phone.
 */
class RepairPlanUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD);

    private static RepairFixture fixture;
    private static AppServices services;

    @BeforeAll
    static void openDatabase() {
        fixture = new RepairFixture(ui.services());
        services = fixture.services;
        services.authentication().logout();
        // as if lina had already chosen her own password at her first login
        TestWorkbench.passwordsChosen(services, "lina", "zhoujie");
    }

    @Test
    void theAdvisorBuildsAPlanFromACannedJobAndRecordsThePhoneApproval(FxRobot robot) {
        ui.logIn(robot, "lina", "#tab-REPAIR_ORDERS");
        robot.clickOn("#tab-REPAIR_ORDERS");
        waitUntil(() -> orders(robot).size() == 1);
        String number = fixture.intake.repairOrder().number();
        robot.interact(() -> robot.lookup("#repairOrderList").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#planTitle").equals(number + " · Received"));
        assertThat(text(robot, "#planVehicle")).contains("粤A·12345", "张伟");

        // the canned job
        waitUntil(() -> !robot.lookup("#cannedJobChoice").queryAs(ComboBox.class).getItems().isEmpty());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CannedJob> canned = robot.lookup("#cannedJobChoice").queryAs(ComboBox.class);
            canned.setValue(canned.getItems().get(0));
        });
        robot.clickOn("#applyCannedJob");
        waitUntil(() -> lines(robot).size() == 3);
        assertThat(lines(robot)).extracting(RepairLine::description)
                .containsExactly("机油机滤更换", "机油滤清器", "丰田全合成机油 0W-20");
        assertThat(text(robot, "#planTitle")).isEqualTo(number + " · Planned");
        assertThat(text(robot, "#planTotals")).contains("total ¥676.00");
        assertThat(text(robot, "#planWarning")).isEqualTo("3 line(s) for ¥676.00 wait for the customer to approve them.");

        // a part the store does not have: the purchase request is offered, then confirmed
        robot.interact(() -> robot.lookup("#lineKind").queryAs(ComboBox.class).setValue(LineKind.PART));
        robot.clickOn("#linePartSearch").write("04465").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#linePart").queryAs(ComboBox.class).getValue() != null);
        robot.clickOn("#addLine");
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), Path.of("target", "repair-plan-editor.png"));
        waitUntil(() -> text(robot, "#shortageQuestion").startsWith("The warehouse cannot cover 04465-33450 前刹车片 now"));
        assertThat(lines(robot)).as("nothing added before the advisor decides").hasSize(3);
        robot.clickOn("#confirmPurchaseRequest");
        waitUntil(() -> lines(robot).size() == 4);
        assertThat(text(robot, "#planMessage"))
                .isEqualTo("Line added; the warehouse has a purchase request for the missing parts.");
        assertThat(text(robot, "#planTotals")).contains("total ¥1,196.00");

        // the customer approves on the phone
        clickWhenShown(robot, "#approvePlan");
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#approvalMethod").queryAs(ComboBox.class).setValue(ApprovalMethod.PHONE));
        dialogSnapshot(robot, "repair-approval-dialog.png");
        robot.interact(() -> robot.lookup("#approvalMethod").queryAs(ComboBox.class).setValue(ApprovalMethod.PHONE));
        assertThat(input(robot, "#approvalCalledBy")).isEqualTo("lina 测试");
        robot.clickOn("#approvalSave");
        waitUntil(() -> text(robot, "#approvalWhatWasSaidError").equals("Write down what the customer said."));
        robot.clickOn("#approvalWhatWasSaid").write("张先生同意做一万公里保养并更换前刹车片");
        robot.clickOn("#approvalSave");
        waitUntil(() -> text(robot, "#planMessage").equals("Approval recorded; the approved estimate is ¥1,196.00."));
        waitUntil(() -> text(robot, "#planTitle").equals(number + " · Approved by the customer"));
        assertThat(text(robot, "#planWarning")).isEmpty();
        waitUntil(() -> robot.lookup("#to-IN_PROGRESS").tryQuery().isPresent());
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), Path.of("target", "repair-plan-approved.png"));

        RepairPlan saved = services.repairOrderService().plan(fixture.orderId());
        assertThat(saved.status()).isEqualTo(RepairOrderStatus.APPROVED);
        assertThat(saved.approvedEstimate()).isEqualTo(Money.of("1196.00"));
        Approval approval = saved.approvals().get(0);
        assertThat(approval.method()).isEqualTo(ApprovalMethod.PHONE);
        assertThat(approval.calledBy()).isEqualTo("lina 测试");
        assertThat(approval.whatWasSaid()).isEqualTo("张先生同意做一万公里保养并更换前刹车片");
        assertThat(approval.calledAt()).isNotNull();
    }

    @Test
    void theManagerTypesACannedJobAndAnUnknownCodeIsRefusedUnderTheItems(FxRobot robot) {
        ui.logIn(robot, "zhoujie", "#tab-REPAIR_ORDERS");
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#moduleTabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> "tab-REPAIR_ORDERS".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        waitUntil(() -> robot.lookup("#repairSections").tryQuery().isPresent());
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#repairSections").queryAs(javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> "repairTab-catalog".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        waitUntil(() -> robot.lookup("#catalogOperations").queryAs(TableView.class).getItems().size() == 3);
        robot.clickOn("#jobCode").write("PKG-BRAKE");
        robot.clickOn("#jobName").write("前刹车保养");
        robot.clickOn("#jobItems").write("BRAKE-01 1.5\n04465-33450 1\nXX-999 2");
        robot.clickOn("#saveJob");
        waitUntil(() -> text(robot, "#jobItemsError").equals("Not an operation code or part number with a quantity: XX-999 2"));
        robot.interact(() -> robot.lookup("#jobItems").queryAs(TextInputControl.class)
                .setText("BRAKE-01 1.5\n04465-33450 1"));
        robot.clickOn("#saveJob");
        waitUntil(() -> text(robot, "#catalogMessage").equals("Saved PKG-BRAKE."));
        CannedJob saved = services.labourCatalog().cannedJobs().stream().filter(j -> j.code().equals("PKG-BRAKE"))
                .findFirst().orElseThrow();
        assertThat(saved.items()).extracting(i -> i.code() + " " + i.quantity().stripTrailingZeros().toPlainString())
                .containsExactly("BRAKE-01 1.5", "04465-33450 1");
        services.authentication().logout();
    }

    private static void dialogSnapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            var image = robot.lookup("#approvalDialog").query().snapshot(null, null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        Path.of("target", name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<RepairOrderRow> orders(FxRobot robot) {
        return robot.lookup("#repairOrderList").tryQueryAs(TableView.class)
                .map(t -> List.<RepairOrderRow>copyOf(t.getItems())).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<RepairLine> lines(FxRobot robot) {
        return List.copyOf(robot.lookup("#planLines").queryAs(TableView.class).getItems());
    }

    private static void clickWhenShown(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent()
                && !robot.lookup(query).query().isDisabled());
        robot.clickOn(query);
    }
}
