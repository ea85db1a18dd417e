package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.Money;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.RepairOrderRow;

/**
 * Issue 15, problem 8: on an English screen a part shows its Chinese name followed by its English
 * one ("测试空气滤芯 / Test air filter"), on the screens that read only the Chinese name before: the
 * reservations and the pick list at the issue counter, the lines of a purchase order and the part
 * chosen for a repair plan.
 */
class PartNamesInEnglishUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    private static final String NUMBER = "17801-NAME1";
    private static final String SHOWN = "测试空气滤芯 / Test air filter";

    private static Part part;
    private static PurchaseOrder order;
    private static String reservedOrder;
    private static String openOrder;

    @BeforeAll
    static void aPartWithBothNames() {
        AppServices services = ui.services();
        services.authentication().login("manager", SecurityDemoData.PASSWORD.toCharArray());
        try {
            part = services.parts().create(new PartInput(NUMBER, "测试空气滤芯", "Test air filter", "丰田", "凯美瑞",
                    PartUnit.PCS, PartCategory.FILTER, "", "0", "0", PricePolicy.COST_PLUS, "", true));
            long supplier = services.purchasing().suppliers().get(0).id();
            order = services.purchasing().createOrder(supplier, List.of(
                    new OrderLineInput(part.id(), new BigDecimal("4"), Money.of("52.00"))), "part names");
            long reserved = services.transactions().read(h -> h.createQuery("""
                    SELECT MIN(id) FROM repair_order WHERE status NOT IN ('DELIVERED', 'CANCELLED')
                      AND id NOT IN (SELECT repair_order_id FROM stock_reservation WHERE repair_order_id IS NOT NULL)
                    """).mapTo(Long.class).one());
            reservedOrder = number(services, reserved);
            services.reservations().reserve(reserved, 780_021L, part.id(), new BigDecimal("1"));
            openOrder = services.transactions().read(h -> h.createQuery(
                    "SELECT number FROM repair_order WHERE status = 'RECEIVED' ORDER BY id LIMIT 1").mapTo(String.class).one());
        } finally {
            services.authentication().logout();
        }
    }

    @Test
    void theIssueCountersReservationsShowTheEnglishName(FxRobot robot) {
        openAtTheCounter(robot);
        waitUntil(() -> table(robot, "#issueReservations").getItems().size() == 1);
        assertThat(shown(robot, "#issueReservations", 0)).isEqualTo(SHOWN);
    }

    @Test
    void thePickListShowsTheEnglishName(FxRobot robot) {
        openAtTheCounter(robot);
        waitUntil(() -> table(robot, "#issuePickList").getItems().size() == 1);
        assertThat(shown(robot, "#issuePickList", 0)).isEqualTo(SHOWN);
    }

    @Test
    void aPurchaseOrdersLinesShowTheEnglishName(FxRobot robot) {
        ui.logIn(robot, "clerk", "#issueScan");
        selectTab(robot, "#partsSections", "partsTab-purchasing");
        waitUntil(() -> robot.lookup("#purchaseOrders").tryQuery().isPresent()
                && table(robot, "#purchaseOrders").getItems().stream().anyMatch(o -> ((PurchaseOrder) o).id() == order.id()));
        robot.interact(() -> {
            TableView<PurchaseOrder> orders = table(robot, "#purchaseOrders");
            orders.getSelectionModel().select(orders.getItems().stream().filter(o -> o.id() == order.id()).findFirst().orElseThrow());
        });
        waitUntil(() -> table(robot, "#purchaseOrderLines").getItems().size() == 1);
        assertThat(shown(robot, "#purchaseOrderLines", 0)).isEqualTo(SHOWN);
    }

    @Test
    void thePartChosenForARepairPlanShowsTheEnglishName(FxRobot robot) {
        ui.logIn(robot, "advisor");
        selectModule(robot, "tab-REPAIR_ORDERS");
        waitUntil(() -> robot.lookup("#repairOrderList").tryQuery().isPresent()
                && table(robot, "#repairOrderList").getItems().stream().anyMatch(r -> openOrder.equals(((RepairOrderRow) r).number())));
        robot.interact(() -> {
            TableView<RepairOrderRow> orders = table(robot, "#repairOrderList");
            orders.getSelectionModel().select(orders.getItems().stream().filter(r -> openOrder.equals(r.number())).findFirst().orElseThrow());
        });
        waitUntil(() -> text(robot, "#planTitle").startsWith(openOrder));
        robot.interact(() -> robot.lookup("#lineKind").queryAs(ComboBox.class).setValue(LineKind.PART));
        clickWhenShown(robot, "#linePartSearch");
        robot.write(NUMBER).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#linePart").queryAs(ComboBox.class).getValue() != null);
        @SuppressWarnings("unchecked")
        ComboBox<Object> chosen = robot.lookup("#linePart").queryAs(ComboBox.class);
        String choice = chosen.getConverter().toString(chosen.getValue());
        assertThat(choice).startsWith(NUMBER).contains(SHOWN);
    }

    private static void openAtTheCounter(FxRobot robot) {
        ui.logIn(robot, "clerk", "#issueScan");
        clickWhenShown(robot, "#issueOrderField");
        robot.write(reservedOrder).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueCurrentOrder").startsWith("Repair order " + reservedOrder));
    }

    /** The text the table's "Name" column shows in row {@code row}. */
    private static String shown(FxRobot robot, String table, int row) {
        TableView<?> view = table(robot, table);
        TableColumn<?, ?> name = view.getColumns().stream().filter(c -> "Name".equals(c.getText())).findFirst().orElseThrow();
        Object value = name.getCellObservableValue(row).getValue();
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static String number(AppServices services, long id) {
        return services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }
}
