package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.qc.QcFixture;
import com.fours.workbench.qc.QualityOutcome;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The flow through the screens, headless: the technician signs the self-check, the team
 * lead fails the re-check with a reason, the technician reworks and sends the car back to QC, the
 * three sign in turn (each logged in as themselves), the inspector issues the certificate and it
 * prints (the preview opens).
 */
class QualityControlUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD);

    private static QcFixture fixture;
    private static AppServices services;
    private static long order;

    @BeforeAll
    static void openDatabase() {
        fixture = new QcFixture(ui.clock(), new RepairFixture(ui.services()));
        services = fixture.services;
        order = fixture.orderInQc(32000);
        services.authentication().logout();
        TestWorkbench.passwordsChosen(services);
    }

    private static void logIn(FxRobot robot, String user) {
        ui.logIn(robot, user, "#tab-QUALITY_CONTROL");
        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        waitUntil(() -> robot.lookup("#qcOrders").tryQuery().isPresent());
        waitUntil(() -> orders(robot).getItems().size() == 1, () -> "orders: " + orders(robot).getItems());
        robot.interact(() -> orders(robot).getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#qcTitle").startsWith(number()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> orders(FxRobot robot) {
        return robot.lookup("#qcOrders").queryAs(TableView.class);
    }

    private static String number() {
        return services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                .bind("id", order).mapTo(String.class).one());
    }

    /** Read without logging anyone in: the screen's user stays logged in. */
    private static QualityOutcome outcome() {
        return services.transactions().read(h -> services.qualityOutcomes().of(h, order));
    }

    private static String status() {
        return services.transactions().read(h -> h.createQuery("SELECT status FROM repair_order WHERE id = :id")
                .bind("id", order).mapTo(String.class).one());
    }

    private static void signPassed(FxRobot robot, String expectedMessage) {
        waitUntil(() -> !robot.lookup("#qcPass").queryButton().isDisabled());
        robot.clickOn("#qcAllPass");
        robot.clickOn("#qcPass");
        waitUntil(() -> text(robot, "#qcMessage").equals(expectedMessage), () -> text(robot, "#qcMessage"));
    }

    @Test
    void threeUsersSignTheLeadFailsOnceTheTechnicianReworksAllPassAndTheCertificatePrints(FxRobot robot) {
        String number = number();
        logIn(robot, "zhangwei");
        assertThat(text(robot, "#qcWaiting")).isEqualTo("Waiting for the Self-check of round 1, signed as Technician.");
        // passing with no results is refused with the reason, nothing signed
        robot.clickOn("#qcPass");
        waitUntil(() -> text(robot, "#qcMessage").startsWith("2 checklist items have no result yet"));
        signPassed(robot, "Self-check of " + number + " signed as passed.");
        WorkbenchRobot.logOut(robot);

        logIn(robot, "wanggang");
        waitUntil(() -> text(robot, "#qcWaiting").startsWith("Waiting for the Re-check of round 1"));
        robot.clickOn("#qcFail");
        waitUntil(() -> text(robot, "#qcReasonError").equals("Say why it failed: the technician reworks from this."),
                () -> text(robot, "#qcReasonError"));
        robot.clickOn("#qcReason").write("火花塞力矩不足，重新紧固");
        robot.clickOn("#qcFail");
        // a failure sends the car back: it is confirmed in a dialog first
        waitUntil(() -> robot.lookup("#qcFailConfirm").tryQuery().isPresent());
        robot.clickOn("#qcFailConfirm");
        waitUntil(() -> text(robot, "#qcMessage").equals("Re-check of " + number + " failed: the order is back in rework."));
        waitUntil(() -> orders(robot).getItems().isEmpty());
        WorkbenchRobot.logOut(robot);

        // the technician reworks and sends the car back to QC from the repair orders
        fixture.sendToQc(order);
        services.authentication().logout();

        logIn(robot, "zhangwei");
        assertThat(text(robot, "#qcWaiting")).isEqualTo("Waiting for the Self-check of round 2, signed as Technician.");
        assertThat(text(robot, "#qcSignatures")).contains("Round 1 · Re-check FAILED · wanggang 测试 (Team lead)",
                "火花塞力矩不足，重新紧固");
        signPassed(robot, "Self-check of " + number + " signed as passed.");
        WorkbenchRobot.logOut(robot);

        logIn(robot, "wanggang");
        signPassed(robot, "Re-check of " + number + " signed as passed.");
        WorkbenchRobot.logOut(robot);

        logIn(robot, "sunli");
        waitUntil(() -> !robot.lookup("#qcExitMileage").queryTextInputControl().isDisabled());
        robot.clickOn("#qcExitMileage").write("32050");
        signPassed(robot, "Final check of " + number + " signed as passed.");
        waitUntil(() -> text(robot, "#qcRelease").startsWith("Exit 2026-11-27 at 32,050 km; guarantee until 2026-12-27"));
        assertThat(status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT.name());
        assertThat(outcome().finalCheckPassed()).isTrue();
        assertThat(outcome().releasable()).as("not before its certificate").isFalse();

        waitUntil(() -> !robot.lookup("#qcIssueCertificate").queryButton().isDisabled());
        robot.clickOn("#qcIssueCertificate");
        waitUntil(() -> text(robot, "#qcMessage").equals("Certificate JG2026-000001 issued for " + number + "."),
                () -> text(robot, "#qcMessage"));
        waitUntil(() -> !robot.lookup("#qcPrintCertificate").queryButton().isDisabled());
        robot.clickOn("#qcPrintCertificate");
        waitUntil(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> ((Stage) w).getTitle())
                .anyMatch(t -> t != null && t.contains("JG2026-000001")), () -> text(robot, "#qcMessage") + " windows "
                + Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> ((Stage) w).getTitle()).toList());
        assertThat(outcome().certificateNumber()).isEqualTo("JG2026-000001");
        assertThat(outcome().releasable()).isTrue();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> s.getTitle() != null && s.getTitle().contains("JG2026-000001"))
                .toList().forEach(Stage::close));
        WorkbenchRobot.logOut(robot);
    }
}
