package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.claims.Claim;
import com.fours.workbench.claims.ClaimState;
import com.fours.workbench.claims.ClaimableBill;
import com.fours.workbench.claims.ShortfallChoice;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.receivables.ReceivablesDao;
import com.fours.workbench.repair.Payer;

/**
 * The cashier on the demo store in the Claims section beside Receivables: the demo's claims listed;
 * a maker's bill on account drafted into a claim with its fault code and the old parts' shelf,
 * submitted under the maker's number, partly rejected (reason, the store absorbs the rest), a payment
 * above what was approved refused under its field, then paid; the maker's ledger follows; the
 * claim's summary printed.
 */
class ClaimsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE);

    @Test
    void aWarrantyClaimIsSubmittedPartlyRejectedAndPaid(FxRobot robot) {
        ui.logIn(robot, "cashier");
        selectModule(robot, "tab-CASHIER");
        selectTab(robot, "#cashierSections", "cashierTab-claims");
        TableView<Claim> claims = table(robot, "#claimsTable");
        TableView<ClaimableBill> bills = table(robot, "#claimableBills");
        waitUntil(() -> claims.getItems().size() == 2 && !bills.getItems().isEmpty(),
                () -> claims.getItems().size() + " claims, " + bills.getItems().size() + " bills");
        assertThat(claims.getItems()).extracting(Claim::state)
                .containsExactlyInAnyOrder(ClaimState.SUBMITTED, ClaimState.DRAFTED);
        WorkbenchRobot.save(robot.lookup("#claimsPane").query().getScene(), Path.of("target", "claims-pane.png"));

        ClaimableBill bill = bills.getItems().stream().filter(b -> b.kind() == Payer.WARRANTY).findFirst()
                .orElseThrow();
        robot.interact(() -> bills.getSelectionModel().select(bill));
        // a warranty claim without its fault code and cause is refused next to the fields
        press(robot, "#claimDraft");
        waitUntil(() -> !text(robot, "#claimFaultCodeError").isEmpty(), () -> text(robot, "#claimsMessage"));
        assertThat(text(robot, "#claimCauseError")).isNotEmpty();
        type(robot, "#claimFaultCode", "P0217");
        type(robot, "#claimCause", "水泵漏水导致发动机过热");
        type(robot, "#claimPlace", "旧件库 A-05");
        press(robot, "#claimDraft");
        waitUntil(() -> text(robot, "#claimsMessage").contains(bill.billNumber()), () -> text(robot, "#claimsMessage"));
        waitUntil(() -> claims.getItems().size() == 3, () -> claims.getItems().size() + " claims");
        Claim drafted = claims.getItems().stream().filter(c -> c.billId() == bill.billId()).findFirst().orElseThrow();
        robot.interact(() -> claims.getSelectionModel().select(drafted));
        waitUntil(() -> text(robot, "#claimDetail").contains(drafted.number()), () -> text(robot, "#claimDetail"));

        // paying a draft is not offered
        assertThat(robot.lookup("#claimPay").queryButton().isDisabled()).isTrue();
        type(robot, "#claimPayerNumber", "GTMC-W-2026-12001");
        press(robot, "#claimSubmit");
        waitUntil(() -> text(robot, "#claimsMessage").contains("GTMC-W-2026-12001"), () -> text(robot, "#claimsMessage"));
        waitUntil(() -> !robot.lookup("#claimDecide").queryButton().isDisabled());

        Money claimed = drafted.claimed();
        Money approved = claimed.minus(Money.of("100.00"));
        robot.interact(() -> robot.lookup("#claimApproved").queryAs(TextField.class).setText(claimed.plus(Money.of("1"))
                .toPlainString()));
        press(robot, "#claimDecide");
        waitUntil(() -> !text(robot, "#claimApprovedError").isEmpty(), () -> text(robot, "#claimsMessage"));
        assertThat(text(robot, "#claimApprovedError")).contains("超过索赔金额");
        robot.interact(() -> robot.lookup("#claimApproved").queryAs(TextField.class).setText(approved.toPlainString()));
        type(robot, "#claimReason", "密封垫片为易损件，不在三包范围");
        robot.interact(() -> robot.lookup("#claimChoice").queryAs(ComboBox.class).setValue(ShortfallChoice.ABSORB));
        press(robot, "#claimDecide");
        waitUntil(() -> text(robot, "#claimsMessage").contains("部分批准"), () -> text(robot, "#claimsMessage"));
        waitUntil(() -> text(robot, "#claimDetail").contains("店内承担"), () -> text(robot, "#claimDetail"));
        long itemId = drafted.itemId();
        assertThat(item(itemId).openAmount()).isEqualTo(approved);

        waitUntil(() -> !robot.lookup("#claimPay").queryButton().isDisabled());
        assertThat(robot.lookup("#claimPaidAmount").queryAs(TextField.class).getText()).isEqualTo(approved.toPlainString());
        robot.interact(() -> robot.lookup("#claimPaidAmount").queryAs(TextField.class).setText(claimed.toPlainString()));
        type(robot, "#claimPaidReference", "GTMC-PAY-2026-1207");
        press(robot, "#claimPay");
        waitUntil(() -> !text(robot, "#claimPaidAmountError").isEmpty(), () -> text(robot, "#claimsMessage"));
        assertThat(item(itemId).openAmount()).as("nothing half-posted").isEqualTo(approved);
        robot.interact(() -> robot.lookup("#claimPaidAmount").queryAs(TextField.class).setText(approved.toPlainString()));
        press(robot, "#claimPay");
        waitUntil(() -> text(robot, "#claimsMessage").contains("已回款"), () -> text(robot, "#claimsMessage"));
        assertThat(ui.services().transactions().read(h -> h.attach(com.fours.workbench.claims.ClaimsDao.class)
                .claim(drafted.id())).orElseThrow().state()).isEqualTo(ClaimState.PAID);
        assertThat(item(itemId).openAmount()).isEqualTo(Money.ZERO);
        ReceivablesDao.Totals t = ui.services().transactions().read(h -> h.attach(ReceivablesDao.class)
                .totals(drafted.payerId()));
        assertThat(t.billed().subtract(t.received())).isEqualByComparingTo(t.openAmount().subtract(t.unapplied()));

        // the paid claim under "paid", its summary printed
        robot.interact(() -> robot.lookup("#claimsFilter").queryAs(ComboBox.class)
                .setValue(com.fours.workbench.claims.ui.ClaimsViewModel.ClaimList.PAID));
        waitUntil(() -> claims.getItems().size() == 1, () -> claims.getItems().size() + " paid");
        robot.interact(() -> claims.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#claimPrint").queryButton().isDisabled());
        press(robot, "#claimPrint");
        waitUntil(() -> robot.lookup("#previewPageImage").tryQuery().isPresent());
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        assertThat(((Stage) preview).getTitle()).contains(drafted.number());
        robot.interact(preview::hide);

        // the insurer refuses its claim and the customer is charged (decision 0112); the car was delivered long
        // ago, and the desk finds its order by plate and by number and takes the money (decision 0120)
        robot.interact(() -> robot.lookup("#claimsFilter").queryAs(ComboBox.class)
                .setValue(com.fours.workbench.claims.ui.ClaimsViewModel.ClaimList.WAITING));
        waitUntil(() -> claims.getItems().stream().anyMatch(c -> c.kind() == Payer.INSURANCE),
                () -> claims.getItems().size() + " waiting");
        Claim insured = claims.getItems().stream().filter(c -> c.kind() == Payer.INSURANCE).findFirst().orElseThrow();
        robot.interact(() -> claims.getSelectionModel().select(insured));
        waitUntil(() -> text(robot, "#claimDetail").contains(insured.number()), () -> text(robot, "#claimDetail"));
        type(robot, "#claimPayerNumber", "PDAA202644010000321");
        press(robot, "#claimSubmit");
        waitUntil(() -> text(robot, "#claimsMessage").contains("PDAA202644010000321"), () -> text(robot, "#claimsMessage"));
        waitUntil(() -> !robot.lookup("#claimDecide").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#claimApproved").queryAs(TextField.class).setText("0"));
        type(robot, "#claimReason", "驾驶员酒后驾驶，不属保险责任");
        robot.interact(() -> robot.lookup("#claimChoice").queryAs(ComboBox.class).setValue(ShortfallChoice.CHARGE_CUSTOMER));
        press(robot, "#claimDecide");
        waitUntil(() -> ui.services().claims().claim(insured.id()).chargeBillId() != null, () -> text(robot, "#claimsMessage"));
        Claim charged = ui.services().claims().claim(insured.id());
        com.fours.workbench.cashier.BillDetails charge = ui.services().cashier().bill(charged.chargeBillId());
        assertThat(ui.services().cashier().order(charge.bill().repairOrderId()).order().status())
                .isEqualTo(com.fours.workbench.repair.RepairOrderStatus.DELIVERED);

        selectTab(robot, "#cashierSections", "cashierTab-desk");
        TableView<com.fours.workbench.cashier.CashierOrderRow> orders = table(robot, "#cashierOrders");
        for (String typed : java.util.List.of(charge.plate(), charge.orderNumber())) {
            robot.interact(() -> {
                TextField search = robot.lookup("#cashierSearch").queryAs(TextField.class);
                search.setText(typed);
                search.fireEvent(new javafx.event.ActionEvent());
            });
            waitUntil(() -> orders.getItems().stream().anyMatch(o -> o.number().equals(charge.orderNumber())),
                    () -> typed + ": " + orders.getItems().size() + " orders");
        }
        robot.interact(() -> orders.getSelectionModel().select(orders.getItems().stream()
                .filter(o -> o.number().equals(charge.orderNumber())).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#cashierPay").tryQuery().isPresent()
                && !robot.lookup("#cashierPay").queryButton().isDisabled(), () -> text(robot, "#cashierMessage"));
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class)
                .setValue(com.fours.workbench.cashier.PaymentMethod.WECHAT_PAY));
        type(robot, "#cashierPayAmount", charge.bill().total().toPlainString());
        press(robot, "#cashierPay");
        waitUntil(() -> ui.services().cashier().bill(charge.id()).paidInFull(), () -> text(robot, "#cashierMessage"));
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), Path.of("target", "claims-charge-paid.png"));
        assertThat(ui.services().claims().claim(insured.id()).chargeDue()).isEqualTo(Money.ZERO);
    }

    private static com.fours.workbench.receivables.OpenItem item(long id) {
        return ui.services().transactions().read(h -> h.attach(ReceivablesDao.class).item(id)).orElseThrow();
    }

    /** Fires the button as a click would, wherever the pane is scrolled. */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    /** Puts the text in the field as typed over what it held. */
    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

}
