package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.BillKind;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Money;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleDao;

/**
 * The counter's flow on the demo store (issue 19, decision 0112): the clerk types a walk-in's order of
 * two parts found by number and picks it; the cashier bills it with a discount above her limit, which
 * the manager confirms at the desk with name and password, takes the money, and takes one line back
 * against a credit bill.
 */
class PartsCounterUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @Test
    void aWalkInSaleIsTypedPickedBilledWithTheManagersDiscountPaidAndOneLineReturned(FxRobot robot) {
        List<Part> parts = twoPartsInStock();
        ui.logIn(robot, "clerk");
        selectModule(robot, "tab-PARTS_WAREHOUSE");
        selectTab(robot, "#partsSections", "partsTab-sales");
        waitUntil(() -> robot.lookup("#partsSaleWalkInName").tryQuery().isPresent());
        set(robot, "#partsSaleWalkInName", "刘先生");
        for (Part part : parts) {
            set(robot, "#partsSalePartQuery", part.partNumber());
            press(robot, "#partsSalePartSearch");
            waitUntil(() -> chosenPart(robot) != null && chosenPart(robot).id() == part.id(),
                    () -> text(robot, "#partsSalesMessage"));
            set(robot, "#partsSaleQuantity", "2");
            press(robot, "#partsSaleAddLine");
            int lines = parts.indexOf(part) + 1;
            waitUntil(() -> robot.lookup("#partsSaleDraft").queryAs(ListView.class).getItems().size() == lines,
                    () -> text(robot, "#partsSalesMessage"));
        }
        press(robot, "#partsSaleCreate");
        waitUntil(() -> text(robot, "#partsSalesMessage").startsWith("Order XD"), () -> text(robot, "#partsSalesMessage"));
        PartsSale order = (PartsSale) robot.lookup("#partsSalesOrders").queryAs(TableView.class).getSelectionModel()
                .getSelectedItem();
        assertThat(order.walkIn()).isTrue();
        assertThat(order.customerName()).isEqualTo("刘先生");
        assertThat(order.lines()).hasSize(2);
        Money total = order.total();
        press(robot, "#partsSalePick");
        waitUntil(() -> text(robot, "#partsSalesMessage").contains("picked"), () -> text(robot, "#partsSalesMessage"));

        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "cashier");
        selectModule(robot, "tab-CASHIER");
        selectTab(robot, "#cashierSections", "cashierTab-partsSales");
        waitUntil(() -> rowOf(robot, order.number()) >= 0, () -> text(robot, "#deskSalesMessage"));
        robot.interact(() -> robot.lookup("#deskSalesOrders").queryAs(TableView.class).getSelectionModel()
                .select(rowOf(robot, order.number())));
        // 60.00 is above the cashier's 50.00: the manager confirms it here
        set(robot, "#partsSaleDiscount", "60");
        set(robot, "#partsSaleReason", "老客户");
        press(robot, "#partsSaleBill");
        waitUntil(() -> robot.lookup("#partsSaleApproval").query().isVisible(), () -> text(robot, "#deskSalesMessage"));
        assertThat(text(robot, "#partsSaleApprovalNeeded")).contains("60.00");
        set(robot, "#partsSaleApprover", "manager");
        set(robot, "#partsSaleApproverPassword", SecurityDemoData.PASSWORD);
        press(robot, "#partsSaleBill");
        waitUntil(() -> text(robot, "#deskSalesMessage").startsWith("Bill XS"), () -> text(robot, "#deskSalesMessage"));
        assertThat(robot.lookup("#partsSaleApproval").query().isVisible()).isFalse();
        PartsSale billed = saleNow(order);
        assertThat(billed.due()).isEqualTo(total.minus(Money.of("60")));

        robot.interact(() -> robot.lookup("#partsSaleMethod").queryAs(ComboBox.class).setValue(PaymentMethod.CASH));
        press(robot, "#partsSalePay");
        waitUntil(() -> text(robot, "#deskSalesMessage").contains("paid in full"), () -> text(robot, "#deskSalesMessage"));
        assertThat(saleNow(order).paid()).isTrue();

        set(robot, "#partsSaleReturnQuery", order.number());
        press(robot, "#partsSaleReturnFind");
        waitUntil(() -> text(robot, "#deskSalesMessage").startsWith("Order " + order.number()),
                () -> text(robot, "#deskSalesMessage"));
        set(robot, "#partsSaleReturnQuantity", "1");
        set(robot, "#partsSaleReturnReason", "买多了");
        press(robot, "#partsSaleReturn");
        waitUntil(() -> text(robot, "#deskSalesMessage").startsWith("Credit bill XS"),
                () -> text(robot, "#deskSalesMessage"));
        PartsSale after = saleNow(order);
        assertThat(after.lines().get(0).returned()).isEqualByComparingTo("1");
        assertThat(after.lines().get(1).returned()).isEqualByComparingTo("0");
        String creditNumber = text(robot, "#deskSalesMessage").split(":")[0].substring("Credit bill ".length());
        long creditId = ui.services().transactions().read(h -> h.createQuery("SELECT id FROM bill WHERE number = :n")
                .bind("n", creditNumber).mapTo(Long.class).one());
        BillDetails credit = ui.services().cashier().bill(creditId);
        assertThat(credit.bill().kind()).isEqualTo(BillKind.CREDIT);
        assertThat(credit.bill().total().isNegative()).isTrue();
    }

    /** The order as stored now, read as the user logged in on screen. */
    private static PartsSale saleNow(PartsSale order) {
        return ui.services().partsSales().sale(order.id());
    }

    /** Two active parts of the demo with at least two units free and a retail price of 40 yuan or more. */
    private static List<Part> twoPartsInStock() {
        List<String> categories = Arrays.stream(PartCategory.values()).map(Enum::name).toList();
        return ui.services().transactions().read(h -> {
            List<Part> found = new ArrayList<>();
            for (long id : h.attach(PartsSaleDao.class).partsAvailable(categories, new BigDecimal("4"), 200)) {
                Part part = PartsService.load(h, id);
                if (PartsService.retailPrice(h, part).compareTo(Money.of("40")) >= 0 && found.size() < 2) {
                    found.add(part);
                }
            }
            assertThat(found).as("two demo parts in stock").hasSize(2);
            return found;
        });
    }

    private static Part chosenPart(FxRobot robot) {
        return (Part) robot.lookup("#partsSalePart").queryAs(ComboBox.class).getValue();
    }

    /** Presses a button of the section, which may lie below the fold of its scroll pane at 1366×768. */
    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
    }

    private static void set(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(value));
    }

    private static int rowOf(FxRobot robot, String number) {
        List<?> rows = robot.lookup("#deskSalesOrders").tryQueryAs(TableView.class)
                .map(t -> List.copyOf(t.getItems())).orElse(List.of());
        for (int i = 0; i < rows.size(); i++) {
            if (((PartsSale) rows.get(i)).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }
}
