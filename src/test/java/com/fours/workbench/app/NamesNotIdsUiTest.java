package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.repair.RepairAuditAction;
import com.fours.workbench.security.AuditTrail;

/** Issue 15, problem 4: people see order numbers, plates and names; the audit log says states in their language. */
class NamesNotIdsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    private static AppServices services;

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
    }

    @Test
    void theAuditLogShowsOrderNumbersUserNamesAndStatesNotIdsAndConstants(FxRobot robot) {
        ui.logIn(robot, "manager");
        long orderId = services.transactions().read(h -> h.createQuery("SELECT MIN(id) FROM repair_order")
                .mapTo(Long.class).one());
        String number = services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                .bind("id", orderId).mapTo(String.class).one());
        // the row written the way RepairOrderService.transition writes it
        AuditTrail audit = new AuditTrail(services.session(), services.clock(), services.transactions());
        services.transactions().useTransaction(h -> audit.record(h, RepairAuditAction.REPAIR_ORDER_STATUS_CHANGED,
                "repair_order", orderId, "IN_QC", "READY_FOR_SETTLEMENT"));

        selectModule(robot, "tab-ADMINISTRATION");
        waitUntil(() -> robot.lookup("#auditTable").tryQuery().isPresent()
                && !robot.lookup("#auditTable").queryAs(TableView.class).getItems().isEmpty());
        List<List<String>> rows = rows(robot);

        assertThat(rows).anySatisfy(row -> assertThat(row.subList(3, 6))
                .containsExactly("Repair order " + number, "In quality check", "Ready for settlement"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(3)).isEqualTo("User 李娜 (advisor)"));
        assertThat(rows).noneSatisfy(row -> assertThat(String.join("|", row)).containsPattern("#\\d|IN_QC"));
    }

    @Test
    void thePartsCounterListsWaitingOrdersByNumberAndPlate(FxRobot robot) {
        ui.logIn(robot, "clerk", "#issueOrders");
        waitUntil(() -> !robot.lookup("#issueOrders").queryAs(ListView.class).getItems().isEmpty()
                && robot.lookup("#issueOrders .list-cell").queryAllAs(ListCell.class).stream()
                        .anyMatch(c -> c.getText() != null && c.getText().startsWith("RO")));
        Long first = (Long) robot.lookup("#issueOrders").queryAs(ListView.class).getItems().get(0);
        String number = services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                .bind("id", first).mapTo(String.class).one());
        List<String> cells = robot.lookup("#issueOrders .list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> (String) c.getText()).filter(t -> t != null).toList();
        assertThat(cells).allSatisfy(t -> assertThat(t).matches("RO\\d{8}-\\d+( · .+)?"));
        assertThat(cells).anySatisfy(t -> assertThat(t).startsWith(number + " · "));
        waitUntil(() -> text(robot, "#issueCurrentOrder").startsWith("Repair order RO"), () -> text(robot, "#issueCurrentOrder"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot) {
        TableView<Object> table = robot.lookup("#auditTable").queryAs(TableView.class);
        return table.getItems().stream().map(item -> table.getColumns().stream()
                .map(c -> String.valueOf(c.getCellObservableValue(item).getValue())).toList()).toList();
    }
}
