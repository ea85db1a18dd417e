package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.qc.QcFixture;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Issue 15, problem 6, 768 lines high: a level the user may not sign is read-only and says who signs
 * it before anything is filled in; after a sign-off the sheet stays with what was signed, what comes
 * next and the QC report, the message in full and in view; failing a level asks first and keeps the
 * reason in the audit log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QcSheetUiTest {

    // a counter PC's 768 lines; 1280 wide, not 1366: a narrower sheet wraps more, so what fits here fits at 1366x768
    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD).size(1280, 768);

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

    @AfterEach
    void logOut() {
        closePreviews();
    }

    private static void closePreviews() {
        String number = number();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> s.getTitle() != null && s.getTitle().contains(number)).toList()
                .forEach(Stage::close));
    }

    @Test
    @Order(1)
    void aLevelTheUserMayNotSignIsReadOnlyAndSaysWhoSignsItBeforeAnythingIsFilled(FxRobot robot) {
        openSheet(robot, "sunli");
        assertThat(text(robot, "#qcWaiting")).startsWith("Waiting for the Self-check of round 1");
        waitUntil(() -> !text(robot, "#qcWhoSigns").isEmpty());
        assertThat(text(robot, "#qcWhoSigns"))
                .isEqualTo("Only a Technician signs the Self-check: you can read this sheet, not fill it in.");
        assertThat(robot.lookup("#qcWhoSigns").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#qcResult-0").query().isDisabled()).as("the first answer").isTrue();
        assertThat(robot.lookup("#qcNote-0").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#qcReason").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#qcAllPass").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#qcPass").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#qcFail").queryButton().isDisabled()).isTrue();
        WorkbenchRobot.logOut(robot);

        openSheet(robot, "zhangwei");
        assertThat(text(robot, "#qcWhoSigns")).as("the technician may sign the self-check").isEmpty();
        assertThat(robot.lookup("#qcResult-0").query().isDisabled()).isFalse();
        WorkbenchRobot.logOut(robot);
    }

    @Test
    @Order(2)
    void afterASignOffTheSheetStaysWithWhatWasSignedWhatComesNextAndTheReportAndAFailureAsksFirst(FxRobot robot) {
        String number = number();
        openSheet(robot, "zhangwei");
        robot.clickOn("#qcAllPass");
        robot.clickOn("#qcPass");
        waitUntil(() -> text(robot, "#qcMessage").equals("Self-check of " + number + " signed as passed."),
                () -> text(robot, "#qcMessage"));
        waitUntil(() -> text(robot, "#qcNext").equals("Next: the Re-check, signed by another person as Team lead."),
                () -> text(robot, "#qcNext"));
        assertThat(text(robot, "#qcTitle")).as("the pane keeps the signed sheet").startsWith(number);
        assertShownInFull(robot, "#qcMessage");
        assertShownInFull(robot, "#qcNext");
        assertThat(text(robot, "#qcWhoSigns")).as("the next level is someone else's")
                .isEqualTo("Only a Team lead signs the Re-check: you can read this sheet, not fill it in.");
        robot.clickOn("#qcOutcomeReport");
        waitUntil(() -> previewOpen(number), () -> text(robot, "#qcMessage"));
        closePreviews();
        WorkbenchRobot.logOut(robot);

        openSheet(robot, "wanggang");
        robot.clickOn("#qcReason").write("火花塞力矩不足，重新紧固");
        robot.clickOn("#qcFail");
        waitUntil(() -> robot.lookup("#qcFailDialog").tryQuery().isPresent());
        assertThat(text(robot, "#qcFailQuestion")).contains("Fail the Re-check of " + number,
                "round 2 starts again at the Self-check");
        robot.clickOn("#qcFailKeep");
        waitUntil(() -> robot.lookup("#qcFailDialog").tryQuery().isEmpty());
        assertThat(failures()).as("kept checking: nothing signed").isZero();
        assertThat(status()).isEqualTo("IN_QC");

        robot.clickOn("#qcFail");
        waitUntil(() -> robot.lookup("#qcFailConfirm").tryQuery().isPresent());
        robot.clickOn("#qcFailConfirm");
        waitUntil(() -> text(robot, "#qcMessage").equals("Re-check of " + number + " failed: the order is back in rework."),
                () -> text(robot, "#qcMessage"));
        waitUntil(() -> robot.lookup("#qcFailDialog").tryQuery().isEmpty());
        waitUntil(() -> orders(robot).getItems().isEmpty());
        assertThat(text(robot, "#qcTitle")).as("the pane keeps the failed sheet").startsWith(number);
        assertThat(text(robot, "#qcNext")).isEqualTo("Next: the technician reworks the order and sends it back to QC;"
                + " round 2 starts again at the Self-check.");
        assertShownInFull(robot, "#qcMessage");
        assertShownInFull(robot, "#qcNext");
        assertThat(failures()).isEqualTo(1);
        assertThat(status()).isEqualTo("IN_PROGRESS");
        java.util.List<String> audited = services.transactions().read(h -> h.createQuery(
                "SELECT after_value FROM audit_log WHERE action = 'QC_LEVEL_FAILED'").mapTo(String.class).list());
        assertThat(audited).singleElement().asString().contains("level=RECHECK", "reason=火花塞力矩不足，重新紧固");
        WorkbenchRobot.logOut(robot);
    }

    private static void openSheet(FxRobot robot, String user) {
        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        WorkbenchRobot.logIn(robot, user, RepairFixture.PASSWORD);
        waitUntil(() -> robot.lookup("#tab-QUALITY_CONTROL").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-QUALITY_CONTROL");
        waitUntil(() -> robot.lookup("#qcOrders").tryQuery().isPresent());
        waitUntil(() -> orders(robot).getItems().size() == 1, () -> "orders: " + orders(robot).getItems());
        robot.interact(() -> orders(robot).getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#qcTitle").startsWith(number()));
    }

    /** Its text is all shown (no ellipsis) and the label lies inside the visible part of the sheet and the window. */
    private static void assertShownInFull(FxRobot robot, String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        Text shown = (Text) label.lookup(".text");
        assertThat(shown.getText()).as("what %s shows", query).isEqualTo(label.getText());
        Node parent = label.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        assertThat(parent).as("the sheet's scroll pane").isNotNull();
        Bounds inScene = label.localToScene(label.getLayoutBounds());
        Bounds viewport = parent.localToScene(parent.getLayoutBounds());
        assertThat(inScene.getMinY()).as("%s top", query).isGreaterThanOrEqualTo(viewport.getMinY());
        assertThat(inScene.getMaxY()).as("%s bottom", query).isLessThanOrEqualTo(viewport.getMaxY());
        assertThat(inScene.getMaxY()).as("%s within the window", query)
                .isLessThanOrEqualTo(label.getScene().getHeight());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> orders(FxRobot robot) {
        return robot.lookup("#qcOrders").queryAs(TableView.class);
    }

    private static boolean previewOpen(String number) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> ((Stage) w).getTitle())
                .anyMatch(t -> t != null && t.contains(number));
    }

    private static String number() {
        return services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                .bind("id", order).mapTo(String.class).one());
    }

    private static String status() {
        return services.transactions().read(h -> h.createQuery("SELECT status FROM repair_order WHERE id = :id")
                .bind("id", order).mapTo(String.class).one());
    }

    private static int failures() {
        return services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM qc_signature WHERE repair_order_id = :id AND NOT passed")
                .bind("id", order).mapTo(Integer.class).one());
    }
}
