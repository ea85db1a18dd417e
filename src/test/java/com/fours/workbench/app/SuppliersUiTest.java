package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.parts.ui.PurchasingViewModel;
import com.fours.workbench.suppliers.AgreedPrice;
import com.fours.workbench.suppliers.SupplierScore;
import com.fours.workbench.suppliers.ui.SuppliersContext;

/**
 * Issue 19's supplier side on the demo store, as the service manager: a purchase agreement entered
 * with a part's price, a new order line to that supplier takes the agreed price, an order to the
 * supplier whose agreement expired warns next to the lines, and a supplier's scorecard is printed.
 */
class SuppliersUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE).size(1366, 768);

    @Test
    void anAgreementPricesTheOrderLineAnExpiredOneWarnsAndTheScorecardPrints(FxRobot robot) throws Exception {
        ui.logIn(robot, "manager");
        String partNumber = ui.services().transactions().read(h -> h.createQuery("""
                SELECT p.part_number FROM part_supplier ps JOIN part p ON p.id = ps.part_id
                JOIN supplier s ON s.id = ps.supplier_id WHERE s.code = 'BOSCH-GZ' ORDER BY p.part_number""")
                .mapTo(String.class).first());
        selectModule(robot, "tab-PARTS_WAREHOUSE");
        selectTab(robot, "#partsSections", "partsTab-suppliers");
        waitUntil(() -> robot.lookup("#agreements").tryQuery().isPresent());
        TableView<?> expiring = robot.lookup("#expiringAgreements").queryTableView();
        waitUntil(() -> expiring.getItems().size() == 1, () -> expiring.getItems().toString());

        @SuppressWarnings("unchecked")
        ComboBox<SuppliersContext.Choice> supplier = robot.lookup("#agreementSupplier").queryAs(ComboBox.class);
        waitUntil(() -> !supplier.getItems().isEmpty());
        LocalDate today = LocalDate.now(ui.services().clock());
        robot.interact(() -> {
            supplier.setValue(supplier.getItems().stream().filter(c -> c.code().equals("BOSCH-GZ")).findFirst().orElseThrow());
            robot.lookup("#agreementFrom").queryAs(DatePicker.class).setValue(today.withDayOfMonth(1));
            robot.lookup("#agreementTo").queryAs(DatePicker.class).setValue(today.plusYears(1));
        });
        type(robot, "#agreementNumber", "XY2026-BOSCH-01");
        click(robot, "#agreementCreate");
        waitUntil(() -> text(robot, "#agreementMessage").contains("XY2026-BOSCH-01"), () -> text(robot, "#agreementMessage")
                + " | " + text(robot, "#agreementNumberError") + " | " + text(robot, "#agreementFromError") + " | "
                + text(robot, "#agreementToError") + " | " + text(robot, "#agreementSupplierError"));
        type(robot, "#agreementPart", partNumber);
        type(robot, "#agreementPrice", "88.005");
        click(robot, "#agreementSetPrice");
        waitUntil(() -> text(robot, "#agreementPriceError").contains("两位小数"), () -> text(robot, "#agreementPriceError"));
        robot.interact(() -> robot.lookup("#agreementPrice").queryTextInputControl().setText("88.00"));
        click(robot, "#agreementSetPrice");
        TableView<AgreedPrice> prices = robot.lookup("#agreementPrices").queryTableView();
        waitUntil(() -> prices.getItems().stream().anyMatch(p -> p.partNumber().equals(partNumber)),
                () -> text(robot, "#agreementMessage"));
        // at 1366x768 the suppliers' names are whole in their cells (the long one of the brand centre too)
        show(robot, "#agreements");
        assertThat(cutCells(robot, "#agreements")).isEmpty();
        assertThat(cutCells(robot, "#expiringAgreements")).isEmpty();
        assertThat(shownCells(robot, "#agreements")).contains("一汽丰田汽车销售有限公司华南配件库", "博世汽车配件(广州)经销部");
        WorkbenchRobot.save(robot.lookup("#suppliersPane").query().getScene(),
                WorkbenchRobot.screenshotFolder().resolve("suppliers-agreements-1366.png"));

        selectTab(robot, "#partsSections", "partsTab-purchasing");
        waitUntil(() -> robot.lookup("#draftSupplier").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Supplier> draftSupplier = robot.lookup("#draftSupplier").queryAs(ComboBox.class);
        waitUntil(() -> !draftSupplier.getItems().isEmpty());
        robot.interact(() -> draftSupplier.setValue(pick(draftSupplier, "BOSCH-GZ")));
        robot.clickOn("#draftCode").write(partNumber);
        robot.clickOn("#draftQuantity").write("2");
        robot.clickOn("#draftAddLine");
        @SuppressWarnings("unchecked")
        ListView<PurchasingViewModel.DraftLine> lines = robot.lookup("#draftLines").queryAs(ListView.class);
        waitUntil(() -> lines.getItems().size() == 1, () -> text(robot, "#purchasingMessage"));
        assertThat(lines.getItems().get(0).price()).isEqualTo(Money.of("88.00"));
        assertThat(lines.getItems().get(0).warning()).isEmpty();

        robot.interact(() -> draftSupplier.setValue(pick(draftSupplier, "FTMS-PC")));
        waitUntil(() -> text(robot, "#draftWarning").contains("FTMS"), () -> text(robot, "#draftWarning"));
        assertThat(text(robot, "#draftWarning")).contains("到期");
        robot.clickOn("#createDraft");
        waitUntil(() -> text(robot, "#purchasingMessage").contains("FTMS"), () -> text(robot, "#purchasingMessage"));
        assertThat(lines.getItems()).hasSize(1);

        selectTab(robot, "#partsSections", "partsTab-suppliers");
        WorkbenchRobot.save(robot.lookup("#suppliersPane").query().getScene(),
                WorkbenchRobot.screenshotFolder().resolve("suppliers-evaluation-this-month.png"));
        robot.interact(() -> robot.lookup("#evaluationFrom").queryAs(DatePicker.class).setValue(today.minusDays(90)));
        click(robot, "#evaluationRun");
        TableView<SupplierScore> scores = robot.lookup("#supplierScores").queryTableView();
        waitUntil(() -> scores.getItems().stream().anyMatch(s -> s.supplierCode().equals("GTMC-PC") && s.score() != null),
                () -> scores.getItems().toString());
        robot.interact(() -> scores.getSelectionModel().select(scores.getItems().stream()
                .filter(s -> s.supplierCode().equals("GTMC-PC")).findFirst().orElseThrow()));
        click(robot, "#printScorecard");
        waitUntil(() -> robot.lookup("#previewPageImage").tryQuery().isPresent());
        WorkbenchRobot.save(scores.getScene(), WorkbenchRobot.screenshotFolder().resolve("suppliers-evaluation-90-days.png"));
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        assertThat(((Stage) preview).getTitle()).contains("供应商评价表");
        robot.interact(preview::hide);
    }

    /** The texts of the table's filled cells that show less than their whole text (elided). */
    private static java.util.List<String> cutCells(FxRobot robot, String table) {
        return WorkbenchRobot.onFx(() -> robot.lookup(table).query().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty())
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.lookupAll(".text").stream().anyMatch(t -> t instanceof javafx.scene.text.Text x
                        && !x.getText().equals(c.getText())))
                .map(javafx.scene.control.TableCell::getText).toList());
    }

    /** The texts the table's filled cells show. */
    private static java.util.List<String> shownCells(FxRobot robot, String table) {
        return WorkbenchRobot.onFx(() -> robot.lookup(table).query().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null)
                .flatMap(n -> n.lookupAll(".text").stream()).filter(t -> t instanceof javafx.scene.text.Text)
                .map(t -> ((javafx.scene.text.Text) t).getText()).toList());
    }

    private static Supplier pick(ComboBox<Supplier> box, String code) {
        return box.getItems().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** Types into a field of the scrolled Suppliers pane (set as typed: a click may land beside a field scrolled to). */
    private static void type(FxRobot robot, String query, String text) {
        show(robot, query);
        robot.interact(() -> {
            javafx.scene.control.TextInputControl field = robot.lookup(query).queryTextInputControl();
            field.requestFocus();
            field.setText(text);
        });
    }

    private static void click(FxRobot robot, String query) {
        show(robot, query);
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private static void show(FxRobot robot, String query) {
        WorkbenchRobot.scrollIntoView(robot, "#suppliersPane", query);
    }
}
