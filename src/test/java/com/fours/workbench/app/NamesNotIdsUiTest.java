package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.appointments.AppointmentsAuditAction;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.parts.PartsAuditAction;
import com.fours.workbench.parts.StocktakeAuditAction;
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

    @Test
    void theAuditLogNamesItsPeopleBookingsPartsAndStocktakesAndReadsStatesInsideValues(FxRobot robot) {
        ui.logIn(robot, "manager", "#moduleTabs");
        String manager = services.transactions().read(h -> h.createQuery(
                "SELECT display_name FROM app_user WHERE username = 'manager'").mapTo(String.class).one());
        var booking = services.transactions().read(h -> h.createQuery("""
                SELECT ap.id, v.plate, ap.visit_day, ap.slot FROM appointment ap JOIN vehicle v ON v.id = ap.vehicle_id
                WHERE v.plate IS NOT NULL ORDER BY ap.id LIMIT 1
                """).mapToMap().one());
        long bookingId = ((Number) booking.get("id")).longValue();
        String bookingName = PlateNumber.displayOf((String) booking.get("plate")) + " " + booking.get("visit_day") + " "
                + booking.get("slot").toString().substring(0, 5);
        var part = services.transactions().read(h -> h.createQuery(
                "SELECT id, part_number, name_zh FROM part ORDER BY id LIMIT 1").mapToMap().one());
        AuditTrail audit = new AuditTrail(services.session(), services.clock(), services.transactions());
        services.transactions().useTransaction(h -> {
            // written the way AppointmentService.markNoShows and PartsService.update write them
            audit.record(h, AppointmentsAuditAction.APPOINTMENTS_NO_SHOW, "appointment", bookingId, null, "status=NO_SHOW");
            audit.record(h, PartsAuditAction.PART_CHANGED, "part", part.get("id"), "price=1", "price=2");
            audit.record(h, StocktakeAuditAction.STOCKTAKE_PAUSED, "stocktake", 7L, "COUNTING", null);
        });

        selectModule(robot, "tab-ADMINISTRATION");
        waitUntil(() -> robot.lookup("#auditTable").tryQuery().isPresent()
                && rows(robot).stream().anyMatch(r -> r.get(2).equals("Marked no-show")));
        List<List<String>> rows = rows(robot);

        assertThat(rows).anySatisfy(row -> assertThat(List.of(row.get(1), row.get(3), row.get(5)))
                .containsExactly(manager + " (manager)", "Booking " + bookingName, "Status: No-show"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(3))
                .isEqualTo("Part " + part.get("part_number") + " " + part.get("name_zh")));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(3)).isEqualTo("Stocktake 7"));
        assertThat(rows).noneSatisfy(row -> assertThat(String.join("|", row)).containsPattern("#\\d|NO_SHOW"));
    }

    @Test
    void thePartsCounterOpensAnOrderByItsNumberOrPlateAndNotByItsId(FxRobot robot) {
        ui.logIn(robot, "clerk", "#issueOrders");
        var order = services.transactions().read(h -> h.createQuery("""
                SELECT ro.id, ro.number, v.plate FROM repair_order ro JOIN vehicle v ON v.id = ro.vehicle_id
                WHERE ro.status NOT IN ('DELIVERED', 'CANCELLED') AND v.plate IS NOT NULL
                  AND (SELECT COUNT(*) FROM repair_order o WHERE o.vehicle_id = v.id
                       AND o.status NOT IN ('DELIVERED', 'CANCELLED')) = 1
                ORDER BY ro.id DESC LIMIT 1
                """).mapToMap().one());
        String number = (String) order.get("number");
        String plate = PlateNumber.displayOf((String) order.get("plate"));

        clickWhenShown(robot, "#issueOrderField");
        robot.write(String.valueOf(order.get("id"))).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueMessage").equals("No open repair order has the number or plate "
                + order.get("id") + "."), () -> text(robot, "#issueMessage"));

        // the plate as a clerk types it: lower case, a space for the dot
        robot.interact(() -> robot.lookup("#issueOrderField").queryAs(TextInputControl.class).clear());
        clickWhenShown(robot, "#issueOrderField");
        robot.write(plate.replace("·", " ").toLowerCase(java.util.Locale.ROOT)).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#issueCurrentOrder").startsWith("Repair order " + number),
                () -> text(robot, "#issueCurrentOrder"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot) {
        TableView<Object> table = robot.lookup("#auditTable").queryAs(TableView.class);
        return table.getItems().stream().map(item -> table.getColumns().stream()
                .map(c -> String.valueOf(c.getCellObservableValue(item).getValue())).toList()).toList();
    }
}
