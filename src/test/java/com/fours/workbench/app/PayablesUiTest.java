package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.PurchaseOrder;
import com.fours.workbench.parts.ReceiptLineInput;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.payables.InvoiceStatus;
import com.fours.workbench.payables.Invoiceable;
import com.fours.workbench.payables.PayablesAgeingLine;
import com.fours.workbench.payables.PayablesSupplier;
import com.fours.workbench.payables.SupplierInvoice;

/**
 * The manager at the Payables section of the demo store: a supplier's invoice entered against two
 * receipts with one price above the order, accepted (the confirm step), paid in part and then in
 * full, the ageing following.
 */
class PayablesUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE);

    @Test
    void anInvoiceOverTwoReceiptsIsAcceptedThenPaidInPartAndInFull(FxRobot robot) {
        ui.logIn(robot, "manager");
        Supplier supplier = ui.services().purchasing().createSupplier("PY-UI", "广州界面测试汽配", "李经理",
                "020-88886666", null);
        Bin bin = ui.services().parts().createBin("PY-UI-01", null);
        String[][] deliveries = {{"PY-UI-001", "空气滤清器", "6", "45.00"}, {"PY-UI-002", "刹车片", "2", "280.00"}};
        for (String[] d : deliveries) {
            Part part = ui.services().parts().create(new PartInput(d[0], d[1], d[1], "丰田", null, PartUnit.PCS,
                    PartCategory.FILTER, "", "0", "0", PricePolicy.COST_PLUS, "", true));
            ui.services().parts().assignBin(part.id(), bin.id(), true);
            PurchaseOrder draft = ui.services().purchasing().createOrder(supplier.id(), List.of(
                    new OrderLineInput(part.id(), new BigDecimal(d[2]), Money.of(d[3]))), "");
            PurchaseOrder sent = ui.services().purchasing().send(draft.id(), draft.version());
            ui.services().purchasing().receive(sent.id(), sent.version(), "DN-" + d[0], List.of(
                    ReceiptLineInput.againstOrder(sent.lines().get(0).id(), bin.id(), new BigDecimal(d[2]),
                            Money.of(d[3]))));
        }

        selectModule(robot, "tab-CASHIER");
        selectTab(robot, "#cashierSections", "cashierTab-payables");
        ComboBox<PayablesSupplier> suppliers = robot.lookup("#payablesSupplier").queryAs(ComboBox.class);
        waitUntil(() -> suppliers.getItems().stream().anyMatch(s -> s.id() == supplier.id()));
        robot.interact(() -> suppliers.setValue(suppliers.getItems().stream().filter(s -> s.id() == supplier.id())
                .findFirst().orElseThrow()));
        TableView<Invoiceable> received = table(robot, "#payablesReceivable");
        waitUntil(() -> received.getItems().size() == 2, () -> received.getItems().size() + " received lines");

        robot.interact(() -> received.getSelectionModel().select(0));
        waitUntil(() -> field(robot, "#invoiceQuantity").getText().equals("6"));
        press(robot, "#invoiceAddLine");
        robot.interact(() -> received.getSelectionModel().select(1));
        waitUntil(() -> field(robot, "#invoiceQuantity").getText().equals("2"));
        type(robot, "#invoiceUnitPrice", "300.00");
        press(robot, "#invoiceAddLine");
        type(robot, "#invoiceNumber", "44019876");
        press(robot, "#invoiceEnter");
        waitUntil(() -> text(robot, "#payablesMessage").startsWith("发票 44019876 已登记"),
                () -> text(robot, "#payablesMessage"));
        // 6 x 45.00 + 2 x 300.00
        TableView<SupplierInvoice> invoices = table(robot, "#payablesInvoices");
        waitUntil(() -> invoices.getItems().size() == 1, () -> invoices.getItems().size() + " invoices");
        SupplierInvoice entered = invoices.getItems().get(0);
        assertThat(entered.status()).isEqualTo(InvoiceStatus.AWAITING);
        assertThat(entered.amount()).isEqualTo(Money.of("870.00"));
        assertThat(entered.differences()).isEqualTo(1);

        robot.interact(() -> invoices.getSelectionModel().select(0));
        waitUntil(() -> table(robot, "#payablesLines").getItems().size() == 2);
        press(robot, "#invoiceAccept");
        waitUntil(() -> robot.lookup("#invoiceAcceptStepDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#invoiceAcceptNote").queryTextInputControl().setText("刹车片涨价已与供应商确认"));
        robot.interact(() -> robot.lookup("#invoiceAcceptStepConfirm").queryButton().fire());
        waitUntil(() -> robot.lookup("#invoiceAcceptStepDialog").tryQuery().isEmpty());
        waitUntil(() -> invoices.getItems().size() == 1 && invoices.getItems().get(0).status() == InvoiceStatus.ACCEPTED);

        type(robot, "#paymentAmount", "500");
        type(robot, "#paymentReference", "HX-PY-0001");
        press(robot, "#paymentRecord");
        waitUntil(() -> text(robot, "#payablesMessage").startsWith("付款 FK"), () -> text(robot, "#payablesMessage"));
        TableView<PayablesAgeingLine> ageing = table(robot, "#payablesAgeing");
        waitUntil(() -> ageing.getItems().stream().anyMatch(l -> l.supplierId() == supplier.id()
                && l.balance().equals(Money.of("370.00"))), () -> text(robot, "#payablesMessage"));

        type(robot, "#paymentAmount", "370");
        type(robot, "#paymentReference", "HX-PY-0002");
        press(robot, "#paymentRecord");
        waitUntil(() -> invoices.getItems().isEmpty(), () -> text(robot, "#payablesMessage"));
        waitUntil(() -> ageing.getItems().stream().anyMatch(l -> l.supplierId() == supplier.id()
                && l.balance().isZero()));
        assertThat(table(robot, "#payablesPayments").getItems()).hasSize(2);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> field(robot, id).setText(text));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }
}
