package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.CashierOrderRow;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeSummary;
import com.fours.workbench.intake.ItemKind;
import com.fours.workbench.intake.ItemState;
import com.fours.workbench.intake.TakenItem;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Issue 20's keys and documents, headless: a car is received with two keys under a tag and its
 * vehicle licence; at the hand-back the desk refuses it while they are unticked, and hands it back
 * once both are ticked.
 */
class KeysAndDocumentsUiTest {

    private static ReceptionModule reception;

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().in(Messages.CHINESE).password(RepairFixture.PASSWORD)
            .modules(() -> {
                reception = new ReceptionModule();
                return List.<WorkbenchModule>of(new HomeModule(), reception, new CashierModule());
            });

    private static CashierFixture fixture;
    private static Vehicle car;

    @BeforeAll
    static void openDatabase() {
        fixture = new CashierFixture(ui.services());
        fixture.as("lina");
        car = ui.services().vehicles().create(fixture.repair.customer.id(), new VehicleInput(
                vin("LVGBE40K", "PG8K2M41"), "粤A8K2M4", null, "广汽丰田",
                "凯美瑞", "2022", "", "", "", "21000", "", "", ""), false);
        ui.services().authentication().logout();
        TestWorkbench.passwordsChosen(ui.services(), "lina", "chenjing");
    }

    @Test
    void aCarReceivedWithTwoKeysAndItsLicenceIsHandedBackWithBothTicked(FxRobot robot) {
        ui.logIn(robot, "lina", "#receptionView");
        selectModule(robot, "tab-RECEPTION");
        robot.interact(() -> reception.receiveVehicle(car.id()));
        waitUntil(() -> text(robot, "#intakeTitle").startsWith("粤A·8K2M4"));
        type(robot, "#intakeMileage", "21500");
        robot.interact(() -> robot.lookup("#intakeFuel").queryAs(ComboBox.class).setValue(FuelLevel.HALF));
        type(robot, "#intakeComplaint", "做保养");
        type(robot, "#intakeKeys", "2");
        fire(robot, "#saveIntake");
        waitUntil(() -> !text(robot, "#intakeKeyTagError").isEmpty(), () -> text(robot, "#intakeStatus"));
        assertThat(text(robot, "#intakeKeyTagError")).isEqualTo("已收取钥匙：请填写钥匙挂在钥匙板上的钥匙牌号");
        type(robot, "#intakeKeyTag", "k-08");
        robot.interact(() -> robot.lookup("#intakeVehicleLicence").queryAs(CheckBox.class).setSelected(true));
        fire(robot, "#saveIntake");
        waitUntil(() -> text(robot, "#intakeStatus").startsWith("维修工单 RO"), () -> text(robot, "#intakeStatus"));
        assertThat(text(robot, "#intakeKeyTagError")).isEmpty();
        WorkbenchRobot.save(robot.lookup("#intakeForm").query().getScene(), Path.of("target", "intake-keys.png"));
        WorkbenchRobot.logOut(robot);

        // the workshop, QC and the cashier's settlement through the services
        fixture.as("lina");
        IntakeSummary received = ui.services().intakes().recent(5).stream()
                .filter(s -> s.plate().equals("粤A8K2M4")).findFirst().orElseThrow();
        long order = ui.services().intakes().sheet(received.id()).repairOrder().id();
        assertThat(ui.services().intakes().sheet(received.id()).intake().keyTag()).isEqualTo("K-08");
        fixture.readyOrderOf(order, List.of(CashierFixture.fee("检测费", "1", "80.00", Payer.CUSTOMER)));
        List<BillDetails> bills = ui.services().cashier().settle(order, fixture.version(order), SettlementInput.plain(),
                null);
        ui.services().payments().pay(bills.get(0).id(), PaymentInput.today(PaymentMethod.CASH, "80"));
        ui.services().authentication().logout();

        ui.logIn(robot, "chenjing", "#cashierPane");
        selectModule(robot, "tab-CASHIER");
        waitUntil(() -> orders(robot).stream().anyMatch(r -> r.id() == order));
        CashierOrderRow row = orders(robot).stream().filter(r -> r.id() == order).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#cashierOrders").queryAs(TableView.class).getSelectionModel().select(row));
        waitUntil(() -> robot.lookup("#handBack-KEY").tryQuery().isPresent(), () -> text(robot, "#cashierGate"));
        assertThat(robot.lookup("#handBack-KEY").queryAs(CheckBox.class).getText()).isEqualTo("钥匙 2 把");
        assertThat(robot.lookup("#handBack-VEHICLE_LICENCE").queryAs(CheckBox.class).getText()).isEqualTo("行驶证");
        robot.interact(() -> robot.lookup("#cashierSatisfaction").queryAs(ComboBox.class).setValue(5));
        fire(robot, "#cashierDeliver");
        waitUntil(() -> text(robot, "#cashierMessage").contains("未交代去向"), () -> text(robot, "#cashierMessage"));
        assertThat(text(robot, "#cashierMessage")).contains("有 2 项钥匙或证件", "首项：钥匙");

        robot.interact(() -> robot.lookup("#handBack-KEY").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#handBack-VEHICLE_LICENCE").queryAs(CheckBox.class).setSelected(true));
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), Path.of("target", "cashier-hand-back.png"));
        fire(robot, "#cashierDeliver");
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已交车，出门证 CM"), () -> text(robot, "#cashierMessage"));
        waitUntil(() -> gatePass(robot) != null);
        robot.interact(() -> gatePass(robot).close());
        WorkbenchRobot.logOut(robot);

        fixture.as("chenjing");
        assertThat(ui.services().cashier().order(order).status()).isEqualTo(RepairOrderStatus.DELIVERED);
        assertThat(ui.services().deliveries().gatePass(order).keysAndDocuments())
                .extracting(TakenItem::kind, TakenItem::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemKind.KEY, ItemState.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(ItemKind.VEHICLE_LICENCE, ItemState.RETURNED));
        ui.services().authentication().logout();
    }

    private static String vin(String first8, String last8) {
        return first8 + com.fours.workbench.core.Vin.computeCheckDigit(first8 + "0" + last8) + last8;
    }

    private static Stage gatePass(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains("出门证")).map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static void type(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(value));
    }

    private static void fire(FxRobot robot, String query) {
        waitUntil(() -> !robot.lookup(query).queryAs(ButtonBase.class).isDisabled());
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    @SuppressWarnings("unchecked")
    private static List<CashierOrderRow> orders(FxRobot robot) {
        return robot.lookup("#cashierOrders").tryQueryAs(TableView.class)
                .map(t -> List.<CashierOrderRow>copyOf(t.getItems())).orElse(List.of());
    }
}
