package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.input;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PickLine;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.PurchaseOrderStatus;
import com.fours.workbench.parts.StockMovement;
import com.fours.workbench.parts.MovementType;
import com.fours.workbench.demo.SecurityDemoData;

/**
 * The warehouse clerk's main path on the demo database, headless: receive a delivery against a sent
 * purchase order, then issue the parts a repair order reserved by typing the barcode and Enter, with
 * a mistyped code refused on the way, and print the issue slip.
 */
class PartsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    private static final String BARCODE = "6901234567892";
    /** A demo repair order with nothing reserved yet: the counter finds it by its number, not its id. */
    private static long repairOrder;
    private static String repairOrderNumber;

    private static AppServices services;
    private static Part part;
    private static PurchaseOrder order;

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
        services.authentication().login("manager", SecurityDemoData.PASSWORD.toCharArray());
        try {
            part = services.parts().create(new PartInput("04152-TEST1", "测试机油滤芯", "Test oil filter", "丰田", "凯美瑞",
                    PartUnit.PCS, PartCategory.FILTER, BARCODE, "2", "10", PricePolicy.COST_PLUS, "", true));
            Bin bin = services.parts().createBin("E-09-01", "测试货位");
            services.parts().assignBin(part.id(), bin.id(), true);
            long supplier = services.purchasing().suppliers().get(0).id();
            PurchaseOrder draft = services.purchasing().createOrder(supplier, List.of(
                    new OrderLineInput(part.id(), new BigDecimal("5"), Money.of("31.20"))), "UI 测试");
            order = services.purchasing().send(draft.id(), draft.version());
            repairOrder = services.transactions().read(h -> h.createQuery("""
                    SELECT MIN(id) FROM repair_order WHERE status NOT IN ('DELIVERED', 'CANCELLED')
                      AND id NOT IN (SELECT repair_order_id FROM stock_reservation WHERE repair_order_id IS NOT NULL)
                    """).mapTo(Long.class).one());
            repairOrderNumber = services.transactions().read(h -> h.createQuery(
                    "SELECT number FROM repair_order WHERE id = :id").bind("id", repairOrder).mapTo(String.class).one());
            services.reservations().reserve(repairOrder, 770_011L, part.id(), new BigDecimal("2"));
        } finally {
            services.authentication().logout();
        }
    }

    @Test
    void theClerkReceivesAgainstAnOrderThenIssuesAReservationByTypingTheBarcode(FxRobot robot) {
        ui.logIn(robot, "clerk", "#issueScan");

        // receive the delivery against the order
        selectTab(robot, "#partsSections", "partsTab-purchasing");
        waitUntil(() -> robot.lookup("#purchaseOrders").tryQuery().isPresent() && orders(robot).stream()
                .anyMatch(o -> o.id() == order.id()));
        robot.interact(() -> {
            TableView<PurchaseOrder> table = robot.lookup("#purchaseOrders").queryAs(TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(o -> o.id() == order.id()).findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup("#purchaseOrderLines").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#purchaseOrderLines").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> input(robot, "#receiveBin").equals("E-09-01"));
        assertThat(input(robot, "#receiveQuantity")).as("the outstanding quantity is proposed").isEqualTo("5");
        robot.clickOn("#receiveDeliveryNote").write("GT-20261127-088");
        robot.clickOn("#receiveLine");
        waitUntil(() -> text(robot, "#purchasingMessage").equals("Received. The order is now: Received."));
        assertThat(onHand()).isEqualByComparingTo("5");

        // issue to the repair order by typing the barcode and Enter
        selectTab(robot, "#partsSections", "partsTab-issue");
        clickWhenShown(robot, "#issueOrderField");
        // issue 15, problem 4: the order as people know it, by its number typed in lower case
        robot.write(repairOrderNumber.toLowerCase(java.util.Locale.ROOT)).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueCurrentOrder").startsWith("Repair order " + repairOrderNumber)
                && picks(robot).size() == 1);
        assertThat(picks(robot).get(0).binCode()).isEqualTo("E-09-01");

        robot.clickOn("#issueScan").write("6900000000000").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueMessage").startsWith("Unknown code: 6900000000000."));
        assertThat(robot.lookup("#issueMessage").queryAs(Label.class).getStyleClass()).contains("scan-refused");
        assertThat(input(robot, "#issueScan")).as("the scan is not lost").isEqualTo("6900000000000");

        // issue 15, problem 5: the bad code is selected, so the next scan replaces it (a scanner does not click first)
        waitUntil(() -> robot.lookup("#issueScan").queryAs(TextInputControl.class).getSelectedText().equals("6900000000000"));
        robot.write("6911111111111").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueMessage").startsWith("Unknown code: 6911111111111."),
                () -> text(robot, "#issueMessage"));
        assertThat(input(robot, "#issueScan")).isEqualTo("6911111111111");
        robot.interact(() -> robot.lookup("#issueQuantity").queryAs(TextInputControl.class).setText("2"));
        robot.write(BARCODE).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueMessage").equals("Issued 2 pcs 04152-TEST1 测试机油滤芯."));
        waitUntil(() -> picks(robot).isEmpty());
        assertThat(input(robot, "#issueScan")).isEmpty();
        assertThat(onHand()).isEqualByComparingTo("3");
        StockMovement issue = services.parts().history(part.id(), 1).get(0);
        assertThat(issue.movementType()).isEqualTo(MovementType.ISSUE_TO_REPAIR_ORDER);
        assertThat(issue.repairOrderId()).isEqualTo(repairOrder);
        assertThat(issue.username()).isEqualTo("clerk");

        clickWhenShown(robot, "#printIssueSlip");
        waitUntil(() -> robot.lookup("#previewPageImage").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null).orElse(false));
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        robot.interact(preview::hide);
        assertThat(services.purchasing().order(order.id()).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    }

    @Test
    void aNewPartWithAPriceOfThreeDecimalsIsRefusedUnderTheFieldThenSaved(FxRobot robot) {
        // the manager's first tab is Appointments
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-PARTS_WAREHOUSE");
        waitUntil(() -> robot.lookup("#issueScan").tryQuery().isPresent());
        selectTab(robot, "#partsSections", "partsTab-catalog");
        clickWhenShown(robot, "#newPart");
        robot.clickOn("#partNumber").write("90915-UI001");
        robot.clickOn("#partNameZh").write("界面测试滤芯");
        robot.clickOn("#partReorderPoint").write("1.5");
        robot.interact(() -> robot.lookup("#partPricePolicy").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(PricePolicy.FIXED));
        robot.clickOn("#partListPrice").write("45.005");
        robot.clickOn("#partBin").write("E-09-02");
        robot.clickOn("#savePart");

        waitUntil(() -> text(robot, "#partListPriceError")
                .equals("An amount can have at most two digits after the decimal point (down to the fen)."));
        assertThat(text(robot, "#partReorderPointError"))
                .isEqualTo("This part is counted in whole units, so 1.5 is not possible.");
        assertThat(input(robot, "#partListPrice")).as("what was typed stays").isEqualTo("45.005");
        assertThat(services.parts().lookup("90915-UI001")).as("nothing saved").isEmpty();

        robot.interact(() -> {
            robot.lookup("#partListPrice").queryAs(TextInputControl.class).setText("45.00");
            robot.lookup("#partReorderPoint").queryAs(TextInputControl.class).setText("2");
        });
        robot.clickOn("#savePart");
        waitUntil(() -> text(robot, "#catalogMessage").equals("Part 90915-UI001 saved."));
        assertThat(text(robot, "#partListPriceError")).isEmpty();
        Part saved = services.parts().lookup("90915-UI001").orElseThrow();
        assertThat(saved.listPrice()).isEqualTo(Money.of("45.00"));
        assertThat(services.parts().binsOf(saved.id())).extracting(Bin::code).containsExactly("E-09-02");
    }

    /** Read as the clerk logged in at the screen. */
    private static BigDecimal onHand() {
        return services.parts().onHand(part.id());
    }

    @SuppressWarnings("unchecked")
    private static List<PurchaseOrder> orders(FxRobot robot) {
        return List.copyOf(robot.lookup("#purchaseOrders").queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private static List<PickLine> picks(FxRobot robot) {
        return List.copyOf(robot.lookup("#issuePickList").queryAs(TableView.class).getItems());
    }
}
