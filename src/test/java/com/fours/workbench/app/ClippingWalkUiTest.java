package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, problem 2: every screen of every role, on the two common counter-PC screens, shows its
 * order numbers, plates, statuses, amounts and button labels whole. The walk opens every module tab
 * and every section inside it, picks the first row of each list so the detail beside it fills, and
 * then reads what each label, button and cell really draws ({@link ClippedText}).
 */
class ClippingWalkUiTest {

    private static final List<String> ROLES =
            List.of("advisor", "tech", "lead", "qc", "cashier", "clerk", "care", "manager", "admin");

    private static final Path SHOTS = Path.of("target", "clipping-walk");

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    /** Every role in both languages at 1366×768; the busiest roles in English at 1280×800. */
    static Stream<Arguments> screens() {
        Stream<Arguments> counter = Stream.of("en", "zh").flatMap(language ->
                ROLES.stream().map(role -> Arguments.of(role, language, 1366, 768)));
        Stream<Arguments> smaller = Stream.of("manager", "cashier", "clerk").map(role -> Arguments.of(role, "en", 1280, 800));
        // -Dwalk.roles=cashier,clerk walks only those roles, to look again at a screen being fixed
        List<String> only = List.of(System.getProperty("walk.roles", "").split(","));
        return Stream.concat(counter, smaller).filter(a -> only.equals(List.of("")) || only.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0} in {1} at {2}x{3}")
    @MethodSource("screens")
    void everyScreenShowsItsTextWhole(String role, String language, int width, int height, FxRobot robot)
            throws IOException {
        Files.createDirectories(SHOTS);
        resize(robot, width, height);
        ui.logIn(robot, role);
        switchLanguage(robot, language);
        Set<String> found = new LinkedHashSet<>();
        visit(robot, robot.lookup("#moduleTabs").queryAs(TabPane.class), role + " " + language + " " + width + "x" + height, found);
        assertThat(found).as("text cut short on screen").isEmpty();
    }

    private static void visit(FxRobot robot, TabPane pane, String path, Set<String> found) {
        for (Tab tab : List.copyOf(pane.getTabs())) {
            if (tab.isDisabled()) {
                continue;
            }
            robot.interact(() -> pane.getSelectionModel().select(tab));
            settle();
            robot.interact(() -> ClippedText.pickFirstRows(tab.getContent()));
            settle();
            String here = path + " › " + tab.getText();
            List<String> seen = new ArrayList<>();
            robot.interact(() -> seen.addAll(ClippedText.in(pane.getScene())));
            seen.forEach(s -> found.add(here + ": " + s));
            if (!seen.isEmpty()) {
                WorkbenchRobot.save(pane.getScene(), SHOTS.resolve(fileName(here) + ".png"));
            }
            List<TabPane> inner = new ArrayList<>();
            robot.interact(() -> inner.addAll(ClippedText.nestedTabPanes(tab.getContent())));
            for (TabPane nested : inner) {
                visit(robot, nested, here, found);
            }
        }
    }

    /** A screen with findings is saved under target/clipping-walk, to be looked at as a user sees it. */
    private static String fileName(String here) {
        return here.replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    /** Lets background loads started by a tab or a row finish and their results show. */
    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(350, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resize(FxRobot robot, double width, double height) {
        Stage stage = ui.stage();
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> stage.getWidth() == width && stage.getHeight() == height,
                () -> stage.getWidth() + "x" + stage.getHeight());
    }

    private static void switchLanguage(FxRobot robot, String language) {
        waitUntil(() -> robot.lookup(".menu-bar").tryQuery().isPresent());
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            bar.getMenus().stream().filter(m -> "menuLanguage".equals(m.getId())).findFirst().orElseThrow()
                    .getItems().stream().filter(i -> ("menuLanguage-" + language).equals(i.getId())).findFirst()
                    .ifPresent(MenuItem::fire);
        });
        boolean chinese = "zh".equals(language);
        waitUntil(() -> robot.lookup("#moduleTabs").tryQueryAs(TabPane.class)
                .map(p -> p.getTabs().get(0).getText().chars().anyMatch(c -> c >= 0x4e00) == chinese).orElse(false));
    }
}
