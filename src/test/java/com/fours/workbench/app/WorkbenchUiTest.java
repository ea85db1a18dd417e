package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.logIn;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.store.StoreProfileInput;

/** The real workbench window over a real demo database, driven headless as a user would. */
class WorkbenchUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @Test
    void aWrongPasswordIsRefusedNextToTheFieldThenTheRightOneOpensTheWorkbench(FxRobot robot) {
        logIn(robot, "advisor", "not-it-99");
        waitUntil(() -> text(robot, "#loginPasswordError").equals("The user name or the password is wrong."));
        assertThat(robot.lookup("#loginPassword").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#loginUsername").queryTextInputControl().getText()).as("kept").isEqualTo("advisor");

        robot.clickOn("#loginPassword").write(SecurityDemoData.PASSWORD).clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent());
        waitUntil(() -> text(robot, "#statusUser").equals("李娜 (advisor)"));
        assertThat(text(robot, "#statusRoles")).isEqualTo("Service advisor");
        assertThat(text(robot, "#statusDatabase")).startsWith("Demo database: ").contains("demo");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount(FxRobot robot) {
        for (int i = 1; i <= 5; i++) {
            logIn(robot, "cashier", "guess-" + i + "x");
            waitUntil(() -> !text(robot, "#loginPasswordError").isEmpty());
        }
        waitUntil(() -> text(robot, "#loginPasswordError").contains("locked for 15 minutes"));

        logIn(robot, "cashier", SecurityDemoData.PASSWORD);
        waitUntil(() -> text(robot, "#loginPasswordError").startsWith("This account is locked"));
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();
    }

    @Test
    void eachUserSeesTheTabsOfTheirRolesOnly(FxRobot robot) {
        ui.logIn(robot, "admin", "#administrationSections");
        assertThat(tabIds(robot, "#moduleTabs")).containsExactly("tab-HOME", "tab-ADMINISTRATION");
        assertThat(tabIds(robot, "#administrationSections"))
                .containsExactly("adminUsers", "adminAudit", "adminStore", "adminBackup", "adminSystem");
        WorkbenchRobot.logOut(robot);

        ui.logIn(robot, "tech", "#moduleTabs");
        assertThat(tabIds(robot, "#moduleTabs")).containsExactly("tab-HOME", "tab-REPAIR_ORDERS", "tab-QUALITY_CONTROL",
                "tab-STAFF");
        WorkbenchRobot.logOut(robot);

        ui.logIn(robot, "manager", "#mainWindow");
        assertThat(tabIds(robot, "#moduleTabs")).containsExactly("tab-HOME", "tab-APPOINTMENTS", "tab-RECEPTION",
                "tab-REPAIR_ORDERS", "tab-QUALITY_CONTROL", "tab-CASHIER", "tab-PARTS_WAREHOUSE", "tab-CUSTOMERS",
                "tab-CUSTOMER_CARE", "tab-DASHBOARD", "tab-STAFF", "tab-ENVIRONMENT", "tab-ADMINISTRATION");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        assertThat(selectedModule(robot)).as("Ctrl+9: the ninth tab").isEqualTo("tab-CUSTOMER_CARE");
        selectModule(robot, "tab-ADMINISTRATION");
        assertThat(tabIds(robot, "#administrationSections")).containsExactly("adminAudit", "adminStore", "adminBackup");
        WorkbenchRobot.logOut(robot);

        ui.logIn(robot, "clerk", "#mainWindow");
        assertThat(tabIds(robot, "#moduleTabs")).containsExactly("tab-HOME", "tab-PARTS_WAREHOUSE", "tab-CUSTOMERS",
                "tab-STAFF", "tab-ENVIRONMENT");
    }

    @Test
    void aForbiddenActionIsRefusedByTheServiceEvenWhenCalledDirectly(FxRobot robot) {
        ui.logIn(robot, "tech", "#mainWindow");
        assertThatThrownBy(() -> ui.services().users().listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ui.services().storeProfiles().save(
                StoreProfileInput.of(ui.services().storeProfiles().find().orElseThrow()), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void switchingTheLanguageRedrawsTheScreen(FxRobot robot) {
        assertThat(robot.lookup("#loginButton").queryButton().getText()).isEqualTo("Log in");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Messages.CHINESE));
        waitUntil(() -> robot.lookup("#loginButton").queryButton().getText().equals("登录"));

        logIn(robot, "manager", SecurityDemoData.PASSWORD);
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent());
        assertThat(tabTexts(robot)).as("only built modules have tabs").containsExactly("今日", "预约", "接车", "维修工单",
                "质量检验", "收银结算", "配件仓库", "客户与车辆", "客户关怀", "经营看板", "人员", "环保与安全", "系统管理");
        waitUntil(() -> text(robot, "#statusRoles").equals("服务经理"));

        robot.clickOn(robot.lookup(".menu-bar .menu").nth(1).queryAs(Node.class)).clickOn("English");
        waitUntil(() -> tabTexts(robot).contains("Administration"));
    }

    @Test
    void theAuditExtractOpensInThePreview(FxRobot robot) {
        ui.logIn(robot, "manager", "#moduleTabs");
        // chosen by its id: its header's place moves (and may leave the visible strip) as modules are added
        selectModule(robot, "tab-ADMINISTRATION");
        waitUntil(() -> robot.lookup("#auditPrint").tryQuery().isPresent());
        robot.clickOn("#auditPrint");
        waitUntil(() -> robot.lookup("#previewPageImage").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null).orElse(false));
        assertThat(text(robot, "#previewPageLabel")).matches(".*1.*");
        Window preview = robot.lookup("#previewPageImage").query().getScene().getWindow();
        robot.interact(preview::hide);
    }

    @Test
    void theAdministratorAddsAUserAndBadInputIsShownInTheDialog(FxRobot robot) {
        ui.logIn(robot, "admin", "#userNew");
        robot.clickOn("#userNew");
        waitUntil(() -> robot.lookup("#userEditorDialog").tryQuery().isPresent());
        robot.clickOn("#userUsername").write("wangqiang");
        robot.clickOn("#userDisplayName").write("王强");
        robot.clickOn("#userPassword").write("short");
        robot.clickOn("#saveUser");
        waitUntil(() -> text(robot, "#userRolesError").equals("Choose at least one role."));

        robot.clickOn("#role-SERVICE_ADVISOR");
        robot.clickOn("#saveUser");
        waitUntil(() -> text(robot, "#userPasswordError").equals("The password needs at least 8 characters."));
        assertThat(robot.lookup("#userUsername").queryTextInputControl().getText()).as("kept").isEqualTo("wangqiang");

        robot.clickOn("#userPassword").eraseText(5).write("Start2026");
        robot.clickOn("#saveUser");
        waitUntil(() -> robot.lookup("#userEditorDialog").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#usersTable").queryTableView().getItems().stream()
                .anyMatch(u -> ((UserAccount) u).username().equals("wangqiang")));
    }

    @Test
    void anUnexpectedErrorShowsAReferenceNotAStackTraceAndKeepsWhatWasTyped(FxRobot robot) {
        robot.clickOn("#loginUsername").write("advisor");
        Platform.runLater(() -> {
            throw new IllegalStateException("simulated fault in a screen");
        });
        waitUntil(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).matches("(?s)An unexpected error occurred.*reference [0-9A-F]{8}\\.")
                .doesNotContain("IllegalStateException", "simulated");
        robot.interact(() -> dialog.getScene().getWindow().hide());
        assertThat(robot.lookup("#loginUsername").queryTextInputControl().getText()).isEqualTo("advisor");
    }

    private static List<String> tabIds(FxRobot robot, String tabPane) {
        waitUntil(() -> robot.lookup(tabPane).tryQuery().isPresent());
        return robot.lookup(tabPane).queryAs(TabPane.class).getTabs().stream().map(Tab::getId).toList();
    }

    private static List<String> tabTexts(FxRobot robot) {
        return robot.lookup("#moduleTabs").tryQueryAs(TabPane.class)
                .map(p -> p.getTabs().stream().map(Tab::getText).toList()).orElse(List.of());
    }

    private static String selectedModule(FxRobot robot) {
        return robot.lookup("#moduleTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }
}
