package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.home.HomeService;
import com.fours.workbench.qc.QcOrderRow;

/** Issue 18: each role lands on its home page with its lines, and a line's item opens its screen with the record chosen. */
class HomeUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @AfterEach
    void logOut(FxRobot robot) {
        if (robot.lookup("#mainWindow").tryQuery().isPresent()) {
            WorkbenchRobot.logOut(robot);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"advisor", "tech", "lead", "qc", "cashier", "clerk", "care", "manager"})
    void eachRoleLandsOnItsHomePageWithTheLinesOfItsRoles(String user, FxRobot robot) {
        ui.logIn(robot, user, "#homePage");
        List<String> expected = HomeService.kindsFor(ui.services().session().requireUser().roles()).stream()
                .map(kind -> "homeLine-" + kind.name()).toList();
        waitUntil(() -> cards(robot).equals(expected), () -> cards(robot).toString());
        assertThat(selectedModule(robot)).isEqualTo("tab-HOME");
        assertThat(robot.lookup("#homeUpdated").queryAs(Label.class).getText()).isNotEmpty();
    }

    @Test
    void anOrderToSettleOpensAtTheCashiersDesk(FxRobot robot) {
        ui.logIn(robot, "cashier", "#homePage");
        Hyperlink item = firstItem(robot, HomeLineKind.TO_SETTLE);
        String number = item.getText().substring(0, item.getText().indexOf(' '));

        robot.interact(item::fire);

        waitUntil(() -> "tab-CASHIER".equals(selectedModule(robot)));
        waitUntil(() -> robot.lookup("#cashierTitle").queryAs(Label.class).getText().contains(number),
                () -> robot.lookup("#cashierTitle").queryAs(Label.class).getText());
    }

    @Test
    void aRecheckOpensTheQcSheetOnThatOrder(FxRobot robot) {
        ui.logIn(robot, "lead", "#homePage");
        Hyperlink item = firstItem(robot, HomeLineKind.RECHECKS);
        String number = item.getText().substring(0, item.getText().indexOf(' '));

        robot.interact(item::fire);

        waitUntil(() -> "tab-QUALITY_CONTROL".equals(selectedModule(robot)));
        @SuppressWarnings("unchecked")
        TableView<QcOrderRow> orders = robot.lookup("#qcOrders").queryAs(TableView.class);
        waitUntil(() -> Optional.ofNullable(orders.getSelectionModel().getSelectedItem())
                .map(r -> r.orderNumber().equals(number)).orElse(false));
    }

    @Test
    void aLinesNameOpensItsSection(FxRobot robot) {
        ui.logIn(robot, "manager", "#homePage");
        waitUntil(() -> robot.lookup("#homeLink-STOCKTAKES_TO_APPROVE").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#homeLink-STOCKTAKES_TO_APPROVE").queryAs(Hyperlink.class).fire());

        waitUntil(() -> "tab-PARTS_WAREHOUSE".equals(selectedModule(robot)));
        waitUntil(() -> "partsTab-stocktake".equals(robot.lookup("#partsSections").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId()));
    }

    @Test
    void theManagersHomePageAtTheCounterSize(FxRobot robot) throws Exception {
        Stage stage = ui.stage();
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        ui.logIn(robot, "manager", "#homePage");
        waitUntil(() -> robot.lookup("#homeLine-COMPLAINTS_OVERDUE").tryQuery().isPresent());
        WorkbenchRobot.save(stage.getScene(), WorkbenchRobot.screenshotFolder().resolve("home-manager.png"));
    }

    private static Hyperlink firstItem(FxRobot robot, HomeLineKind kind) {
        String query = "#homeItems-" + kind.name();
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> !((Pane) n).getChildren().isEmpty()).orElse(false),
                () -> kind + " has no item in the demo store");
        return (Hyperlink) robot.lookup(query).queryAs(Pane.class).getChildren().get(0);
    }

    private static List<String> cards(FxRobot robot) {
        return robot.lookup("#homeLines").tryQuery().map(grid -> ((Pane) grid).getChildren().stream()
                .map(Node::getId).toList()).orElse(List.of());
    }

    private static String selectedModule(FxRobot robot) {
        return robot.lookup("#moduleTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }
}
