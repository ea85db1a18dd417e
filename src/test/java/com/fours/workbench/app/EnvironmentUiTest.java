package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.environment.PlaceFill;
import com.fours.workbench.environment.WasteEntry;
import com.fours.workbench.environment.WasteHandler;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.environment.WasteRule;
import com.fours.workbench.environment.WasteStock;
import com.fours.workbench.environment.WasteTransfer;
import com.fours.workbench.environment.WasteUnit;
import com.fours.workbench.repair.RepairPlan;

/**
 * Issue 21 on the demo store: the team lead, as workshop supervisor, finishes an oil change and its
 * waste appears in the ledger of the Environment and safety tab; then hands 200 kg of waste oil to
 * the licensed handler under a manifest, and what is in store drops by 200 kg, and prints its
 * transfer record from the ledger's list. The manager adds a kind and a rule to the catalogue, a
 * malformed national code, a negative capacity and a rule that counts a line twice refused under their fields.
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

        // any past hand-over prints its transfer record from the ledger's list, not only the one just made
        selectTab(robot, "#environmentSections", "environmentTab-ledger");
        TableView<WasteTransfer> transfers = robot.lookup("#wasteLedgerTransfers").queryTableView();
        robot.interact(() -> robot.lookup("#wasteLedgerShow").queryButton().fire());
        waitUntil(() -> transfers.getItems().stream().anyMatch(t -> t.manifestNo().equals("4401062026112701")),
                () -> transfers.getItems().toString());
        assertThat(robot.lookup("#wasteLedgerPrintTransfer").queryButton().isDisabled()).isTrue();
        int windows = Window.getWindows().size();
        robot.interact(() -> {
            transfers.getSelectionModel().select(transfers.getItems().stream()
                    .filter(t -> t.manifestNo().equals("4401062026112701")).findFirst().orElseThrow());
            robot.lookup("#wasteLedgerPrintTransfer").queryButton().fire();
        });
        waitUntil(() -> Window.getWindows().size() > windows);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getOwner() != null)
                .map(Stage.class::cast).toList().forEach(Stage::close));
    }

    @Test
    void theManagerAddsToTheCatalogueAndBadInputIsRefusedUnderItsField(FxRobot robot) {
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-ENVIRONMENT");
        selectTab(robot, "#environmentSections", "environmentTab-catalogue");
        waitUntil(() -> robot.lookup("#wasteKindSave").tryQuery().isPresent());
        TableView<WasteKind> kinds = robot.lookup("#wasteKinds").queryTableView();
        waitUntil(() -> !kinds.getItems().isEmpty());
        int before = kinds.getItems().size();
        @SuppressWarnings("unchecked")
        ComboBox<PlaceFill> place = robot.lookup("#wasteKindPlace").queryAs(ComboBox.class);
        robot.interact(() -> {
            set(robot, "#wasteKindCategory", "HW06");
            set(robot, "#wasteKindCode", "900-404-6");
            set(robot, "#wasteKindName", "废防冻液");
            place.setValue(place.getItems().stream().filter(p -> p.place().unit() == WasteUnit.KG).findFirst()
                    .orElseThrow());
            robot.lookup("#wasteKindSave").queryButton().fire();
        });
        Label codeError = robot.lookup("#wasteKindCodeError").queryAs(Label.class);
        waitUntil(() -> codeError.isVisible() && codeError.getText().contains("900-404-6"), codeError::getText);
        assertThat(kinds.getItems()).hasSize(before);
        robot.interact(() -> {
            set(robot, "#wasteKindCode", "900-404-06");
            robot.lookup("#wasteKindSave").queryButton().fire();
        });
        waitUntil(() -> kinds.getItems().stream().anyMatch(k -> k.label().equals("HW06 900-404-06 废防冻液")),
                () -> kinds.getItems().toString());
        assertThat(codeError.getText()).isEmpty();

        robot.interact(() -> {
            set(robot, "#wastePlaceName", "防冻液回收桶");
            set(robot, "#wastePlaceCapacity", "-200");
            robot.lookup("#wastePlaceSave").queryButton().fire();
        });
        Label capacityError = robot.lookup("#wastePlaceCapacityError").queryAs(Label.class);
        waitUntil(() -> capacityError.isVisible() && !capacityError.getText().isEmpty());

        @SuppressWarnings("unchecked")
        ComboBox<WasteKind> ruleKind = robot.lookup("#wasteRuleKind").queryAs(ComboBox.class);
        TableView<WasteRule> rules = robot.lookup("#wasteRules").queryTableView();
        int rulesBefore = rules.getItems().size();
        robot.interact(() -> {
            ruleKind.setValue(ruleKind.getItems().stream().filter(k -> k.category().equals("HW08")).findFirst()
                    .orElseThrow());
            set(robot, "#wasteRuleSource", "OIL-01");
            set(robot, "#wasteRuleQuantity", "4");
            robot.lookup("#wasteRuleSave").queryButton().fire();
        });
        Label sourceError = robot.lookup("#wasteRuleSourceError").queryAs(Label.class);
        waitUntil(() -> sourceError.isVisible() && sourceError.getText().contains("OIL-01"), sourceError::getText);
        robot.interact(() -> {
            ruleKind.setValue(kinds.getItems().stream().filter(k -> k.category().equals("HW06")).findFirst()
                    .orElseThrow());
            robot.lookup("#wasteRuleSave").queryButton().fire();
        });
        waitUntil(() -> rules.getItems().size() == rulesBefore + 1, () -> rules.getItems().toString());
        assertThat((int) ui.services().transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action IN ('WASTE_KIND_SAVED', 'WASTE_RULE_SAVED')"
                        + " AND actor_id = (SELECT id FROM app_user WHERE username = 'manager')").mapTo(Integer.class).one())).isEqualTo(2);
    }

    private static void set(FxRobot robot, String query, String text) {
        robot.lookup(query).queryAs(TextField.class).setText(text);
    }

    private static void type(FxRobot robot, String query, String text) {
        show(robot, query);
        robot.clickOn(query).write(text);
    }

    private static void show(FxRobot robot, String query) {
        WorkbenchRobot.scrollIntoView(robot, "#wasteStorePane", query);
    }

    private static BigDecimal oilInStore(TableView<WasteStock> stock) {
        return stock.getItems().stream().filter(s -> s.kind().category().equals("HW08")).findFirst()
                .map(WasteStock::inStore).orElse(BigDecimal.ZERO);
    }
}
