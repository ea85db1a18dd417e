package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;

/**
 * Not a test: the cashier's desk on the demo store in Chinese, saved as PNGs under
 * target/cashier-tour (or -Dscreenshots=DIR): the waiting order with the member discount and a
 * coupon, then its bill paid by two methods. Run with
 * {@code mvn -o test -Dtest=CashierTour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class CashierTour {

    @TempDir
    static Path dataFolder;
    private static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dataFolder, true, MutableClock.shanghai("2026-11-27T06:00:00Z"));
        Theme.loadFonts();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.applyUserAgentStylesheet();
        stage.setWidth(1280);
        stage.setHeight(800);
        new Workbench(stage, services, new WorkstationSettings(dataFolder), Messages.CHINESE, Modules.all()).start();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots", "target/cashier-tour"));
        Files.createDirectories(out);
        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        WorkbenchRobot.logIn(robot, "cashier", SecurityDemoData.PASSWORD);
        waitUntil(() -> robot.lookup("#tab-CASHIER").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        waitUntil(() -> robot.lookup("#cashierOrders").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        robot.interact(() -> robot.lookup("#cashierOrders").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> !text(robot, "#cashierPreviewTotals").isEmpty());
        robot.clickOn("#cashierMemberDiscount");
        robot.interact(() -> robot.lookup("#cashierCoupon").queryAs(TextInputControl.class).setText("WELCOME50"));
        robot.interact(() -> robot.lookup("#cashierPreview").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierPreviewTotals").contains("优惠"));
        Thread.sleep(300);
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), out.resolve("cashier-settlement.png"));
        robot.interact(() -> robot.lookup("#cashierSettle").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已结算"));
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.WECHAT_PAY));
        robot.interact(() -> robot.lookup("#cashierPayAmount").queryAs(TextInputControl.class).setText("300"));
        robot.interact(() -> robot.lookup("#cashierPay").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已收"));
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.CASH));
        robot.interact(() -> robot.lookup("#cashierPayAmount").queryAs(TextInputControl.class).setText("1000"));
        robot.interact(() -> robot.lookup("#cashierPay").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("现金收"));
        waitUntil(() -> text(robot, "#cashierGate").startsWith("车辆可以出厂"));
        Thread.sleep(300);
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), out.resolve("cashier-bills.png"));

        // the manager's discount policy: member levels, limits per role, coupons, customers on account
        WorkbenchRobot.logOut(robot);
        WorkbenchRobot.logIn(robot, "manager", SecurityDemoData.PASSWORD);
        waitUntil(() -> robot.lookup("#tab-CASHIER").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        WorkbenchRobot.selectTab(robot, "#cashierSections", "cashierTab-policy");
        waitUntil(() -> robot.lookup("#policyAccounts").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        Thread.sleep(300);
        WorkbenchRobot.save(robot.lookup("#policyAccounts").query().getScene(), out.resolve("cashier-policy.png"));
    }
}
