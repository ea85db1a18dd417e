package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.environment.WasteEntry;
import com.fours.workbench.environment.WasteHandler;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.environment.WasteStock;
import com.fours.workbench.repair.RepairPlan;

/**
 * Issue 21 on the demo store: the team lead, as workshop supervisor, finishes an oil change and its
 * waste appears in the ledger of the Environment and safety tab; then hands 200 kg of waste oil to
 * the licensed handler under a manifest, and what is in store drops by 200 kg.
 */
class EnvironmentUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @Test
    void anOilChangeFinishedShowsItsWasteAndAHandOverOf200KgLowersTheStore(FxRobot robot) {
        ui.logIn(robot, "lead");
        AppServices services = ui.services();
        Map<String, Object> line = services.transactions().read(h -> h.createQuery("""
                SELECT l.id AS line_id, l.repair_order_id AS order_id FROM repair_line l
                JOIN labour_operation o ON o.id = l.operation_id
                WHERE o.code = 'OIL-01' AND l.status <> 'DONE' AND l.approval_id IS NOT NULL AND NOT l.declined
                ORDER BY l.id""").mapToMap().first());
        long orderId = ((Number) line.get("order_id")).longValue();
        RepairPlan plan = services.repairOrderService().plan(orderId);
        services.repairOrderService().markLineDone(orderId, plan.version(), ((Number) line.get("line_id")).longValue());

        selectModule(robot, "tab-ENVIRONMENT");
        selectTab(robot, "#environmentSections", "environmentTab-ledger");
        waitUntil(() -> robot.lookup("#wasteLedgerEntries").tryQuery().isPresent());
        TableView<WasteEntry> entries = robot.lookup("#wasteLedgerEntries").queryTableView();
        waitUntil(() -> entries.getItems().stream().anyMatch(e -> plan.order().number().equals(e.orderNumber())
                && e.kindName().startsWith("废矿物油") && e.quantity().compareTo(new BigDecimal("3.6")) == 0),
                () -> entries.getItems().toString());

        selectTab(robot, "#environmentSections", "environmentTab-waste");
        waitUntil(() -> robot.lookup("#wasteStock").tryQuery().isPresent());
        TableView<WasteStock> stock = robot.lookup("#wasteStock").queryTableView();
        waitUntil(() -> !stock.getItems().isEmpty());
        BigDecimal before = oilInStore(stock);
        assertThat(before).isGreaterThan(new BigDecimal("200"));

        @SuppressWarnings("unchecked")
        ComboBox<WasteKind> kind = robot.lookup("#wasteTransferKind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<WasteHandler> handler = robot.lookup("#wasteTransferHandler").queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(kind.getItems().stream().filter(k -> k.category().equals("HW08")).findFirst().orElseThrow());
            handler.setValue(handler.getItems().stream().filter(h -> h.name().startsWith("广州绿源")).findFirst()
                    .orElseThrow());
        });
        type(robot, "#wasteTransferManifest", "4401062026112701");
        type(robot, "#wasteTransferQuantity", "200");
        type(robot, "#wasteTransferVehicle", "粤A·H3321");
        type(robot, "#wasteTransferReceivedBy", "陈建国");
        show(robot, "#wasteTransfer");
        robot.clickOn("#wasteTransfer");
        waitUntil(() -> text(robot, "#wasteMessage").contains("4401062026112701"), () -> text(robot, "#wasteMessage"));
        waitUntil(() -> oilInStore(stock).compareTo(before.subtract(new BigDecimal("200"))) == 0,
                () -> oilInStore(stock).toPlainString());
        WasteStock oil = stock.getItems().stream().filter(s -> s.kind().category().equals("HW08")).findFirst()
                .orElseThrow();
        assertThat(oil.inStore()).isEqualByComparingTo(oil.produced().subtract(oil.transferred()));
    }

    private static void type(FxRobot robot, String query, String text) {
        show(robot, query);
        robot.clickOn(query).write(text);
    }

    /** Scrolls the store's pane so that the node is on the screen (a short window shows only part of the forms). */
    private static void show(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#wasteStorePane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 40) / room)));
            }
            double across = scroll.getContent().getBoundsInLocal().getWidth() - scroll.getViewportBounds().getWidth();
            if (across > 0) {
                scroll.setHvalue(Math.min(1, Math.max(0, (at.getMinX() - 40) / across)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static BigDecimal oilInStore(TableView<WasteStock> stock) {
        return stock.getItems().stream().filter(s -> s.kind().category().equals("HW08")).findFirst()
                .map(WasteStock::inStore).orElse(BigDecimal.ZERO);
    }
}
