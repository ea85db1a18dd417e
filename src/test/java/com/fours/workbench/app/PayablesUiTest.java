package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.onFx;
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
import com.fours.workbench.payables.InvoiceLine;
import com.fours.workbench.payables.InvoiceStatus;
import com.fours.workbench.payables.Invoiceable;
import com.fours.workbench.payables.PayablesAgeingLine;
import com.fours.workbench.payables.PayablesSupplier;
import com.fours.workbench.payables.SupplierInvoice;
import com.fours.workbench.payables.SupplierPayment;

/**
 * The manager at the Payables section of the demo store: a supplier's invoice entered against two
 * receipts with one price above the order, chosen to see its two lines with the difference flagged,
 * accepted (the confirm step); a second invoice over a third receipt; a payment with three decimals
 * refused under its field with nothing saved; then one payment spread over both invoices, the
 * ageing following to the cent.
 */
class PayablesUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE);

    @Test
    void anInvoiceIsSeenLineByLineAcceptedAndPaidWithAnotherInOnePayment(FxRobot robot) {
        ui.logIn(robot, "manager");
        Supplier supplier = ui.services().purchasing().createSupplier("PY-UI", "广州界面测试汽配", "李经理",
                "020-88886666", null);
        Bin bin = ui.services().parts().createBin("PY-UI-01", null);
        String[][] deliveries = {{"PY-UI-001", "空气滤清器", "6", "45.00"}, {"PY-UI-002", "刹车片", "2", "280.00"},
                {"PY-UI-003", "雨刮片", "4", "35.00"}};
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
        waitUntil(() -> received.getItems().size() == 3, () -> received.getItems().size() + " received lines");

        choose(robot, received, "PY-UI-001");
        waitUntil(() -> field(robot, "#invoiceQuantity").getText().equals("6"));
        press(robot, "#invoiceAddLine");
        choose(robot, received, "PY-UI-002");
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
        TableView<InvoiceLine> lines = table(robot, "#payablesLines");
        waitUntil(() -> lines.getItems().size() == 2, () -> lines.getItems().size() + " lines of the chosen invoice");
        InvoiceLine pads = lines.getItems().stream().filter(l -> l.partNumber().equals("PY-UI-002")).findFirst()
                .orElseThrow();
        assertThat(pads.orderedPrice()).isEqualTo(Money.of("280.00"));
        assertThat(pads.unitPrice()).isEqualTo(Money.of("300.00"));
        assertThat(cell(lines, pads, lines.getColumns().size() - 1)).isEqualTo("单价高于订单");
        InvoiceLine filters = lines.getItems().stream().filter(l -> l.partNumber().equals("PY-UI-001")).findFirst()
                .orElseThrow();
        assertThat(cell(lines, filters, lines.getColumns().size() - 1)).isEmpty();

        press(robot, "#invoiceAccept");
        waitUntil(() -> robot.lookup("#invoiceAcceptStepDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#invoiceAcceptNote").queryTextInputControl().setText("刹车片涨价已与供应商确认"));
        robot.interact(() -> robot.lookup("#invoiceAcceptStepConfirm").queryButton().fire());
        waitUntil(() -> robot.lookup("#invoiceAcceptStepDialog").tryQuery().isEmpty());
        waitUntil(() -> invoices.getItems().size() == 1 && invoices.getItems().get(0).status() == InvoiceStatus.ACCEPTED);

        waitUntil(() -> received.getItems().size() == 1, () -> received.getItems().size() + " received lines left");
        choose(robot, received, "PY-UI-003");
        waitUntil(() -> field(robot, "#invoiceQuantity").getText().equals("4"));
        press(robot, "#invoiceAddLine");
        type(robot, "#invoiceNumber", "44019901");
        press(robot, "#invoiceEnter");
        waitUntil(() -> invoices.getItems().size() == 2, () -> text(robot, "#payablesMessage"));
        TableView<PayablesAgeingLine> ageing = table(robot, "#payablesAgeing");
        // 870.00 + 4 x 35.00
        waitUntil(() -> balance(ageing, supplier.id()).equals(Money.of("1010.00")), () -> ageing.getItems().toString());

        robot.interact(() -> invoices.getSelectionModel().selectAll());
        type(robot, "#paymentAmount", "1000.005");
        type(robot, "#paymentReference", "HX-PY-0001");
        press(robot, "#paymentRecord");
        waitUntil(() -> text(robot, "#paymentAmountError").equals("金额最多保留两位小数（精确到分）。"),
                () -> text(robot, "#paymentAmountError"));
        assertThat(table(robot, "#payablesPayments").getItems()).isEmpty();
        assertThat(balance(ageing, supplier.id())).isEqualTo(Money.of("1010.00"));

        type(robot, "#paymentAmount", "1000");
        press(robot, "#paymentRecord");
        waitUntil(() -> text(robot, "#payablesMessage").startsWith("付款 FK"), () -> text(robot, "#payablesMessage"));
        assertThat(text(robot, "#paymentAmountError")).isEmpty();
        // oldest first, then by number: 870.00 to 44019876, 130.00 to 44019901
        waitUntil(() -> balance(ageing, supplier.id()).equals(Money.of("10.00")), () -> ageing.getItems().toString());
        waitUntil(() -> invoices.getItems().size() == 1, () -> invoices.getItems().toString());
        assertThat(invoices.getItems().get(0).invoiceNumber()).isEqualTo("44019901");
        assertThat(invoices.getItems().get(0).openAmount()).isEqualTo(Money.of("10.00"));
        assertThat(PayablesUiTest.<SupplierPayment>table(robot, "#payablesPayments").getItems()).singleElement()
                .satisfies(p -> assertThat(p.unapplied().isZero()).isTrue());
    }

    private static Money balance(TableView<PayablesAgeingLine> ageing, long supplierId) {
        return onFx(() -> ageing.getItems().stream().filter(l -> l.supplierId() == supplierId)
                .map(PayablesAgeingLine::balance).findFirst().orElse(Money.ZERO));
    }

    private static void choose(FxRobot robot, TableView<Invoiceable> received, String partNumber) {
        robot.interact(() -> received.getSelectionModel().select(received.getItems().stream()
                .filter(l -> l.partNumber().equals(partNumber)).findFirst().orElseThrow()));
    }

    private static <T> String cell(TableView<T> table, T row, int column) {
        return onFx(() -> String.valueOf(table.getColumns().get(column).getCellData(row)));
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
