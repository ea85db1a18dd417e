package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.onFx;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;

/**
 * Issue 15, problem 2: every screen of every role, on the two common counter-PC screens, shows its
 * order numbers, plates, statuses, amounts and button labels whole. The walk opens every module tab
 * and every section inside it, picks the first row of each list so the detail beside it fills, and
 * then reads what each label, button and cell really draws ({@link ClippedText}).
 */
class ClippingWalkUiTest {

    private static final List<String> ROLES =
            List.of("advisor", "tech", "lead", "qc", "cashier", "clerk", "care", "manager", "admin");

    private static final Logger log = LoggerFactory.getLogger(ClippingWalkUiTest.class);
    private static final Path SHOTS = Path.of("target", "clipping-walk");

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    /** The busiest roles are also walked in English at 1280×800. */
    private static final List<String> SMALLER = List.of("manager", "cashier", "clerk");

    /**
     * Every role; -Dwalk.roles=cashier,clerk walks only those roles, to look again at a screen
     * being fixed.
     */
    static Stream<String> roles() {
        List<String> only = List.of(System.getProperty("walk.roles", "").split(","));
        return ROLES.stream().filter(role -> only.equals(List.of("")) || only.contains(role));
    }

    /**
     * Every role in both languages at 1366×768; the busiest roles in English at 1280×800. One
     * launch and log-in per role (decision 0094): each walk after the first changes the language,
     * which builds the main window anew, so every walk starts from a window built at its own size.
     */
    @ParameterizedTest(name = "{0} in English and Chinese at 1366x768, the busiest also at 1280x800")
    @MethodSource("roles")
    void everyScreenShowsItsTextWhole(String role, FxRobot robot) throws IOException {
        Files.createDirectories(SHOTS);
        List<Object[]> walks = new ArrayList<>();
        walks.add(new Object[] {"en", 1366, 768});
        walks.add(new Object[] {"zh", 1366, 768});
        if (SMALLER.contains(role)) {
            walks.add(new Object[] {"en", 1280, 800});
        }
        Set<String> found = new LinkedHashSet<>();
        resize(robot, 1366, 768);
        ui.logIn(robot, role);
        for (Object[] walk : walks) {
            String language = (String) walk[0];
            int width = (int) walk[1];
            int height = (int) walk[2];
            resize(robot, width, height);
            switchLanguage(robot, language);
            String walked = role + " " + language + " " + width + "x" + height;
            long started = System.nanoTime();
            int screens = visit(robot.lookup("#moduleTabs").queryAs(TabPane.class), walked, found);
            log.info("Walked {}: {} screens in {} ms", walked, screens, (System.nanoTime() - started) / 1_000_000);
        }
        assertThat(found).as("text cut short on screen").isEmpty();
    }

    /**
     * Walks the tabs of {@code pane} and the tab panes inside them; how many screens it looked at.
     * Each step runs on the UI thread through {@link WorkbenchRobot#onFx}, not {@code FxRobot.interact}:
     * interact pauses 5 × 10 ms for later events after each call, four times a screen, which was a
     * third of the walk; {@link #settle} after a selection or a pick is what waits for the screen
     * (decision 0115).
     */
    private static int visit(TabPane pane, String path, Set<String> found) {
        int screens = 0;
        for (Tab tab : List.copyOf(pane.getTabs())) {
            if (tab.isDisabled()) {
                continue;
            }
            screens++;
            onFx(() -> {
                pane.getSelectionModel().select(tab);
                return null;
            });
            settle();
            onFx(() -> {
                ClippedText.pickFirstRows(tab.getContent());
                return null;
            });
            settle();
            String here = path + " › " + tab.getText();
            List<String> seen = onFx(() -> ClippedText.in(pane.getScene()));
            seen.forEach(s -> found.add(here + ": " + s));
            if (!seen.isEmpty()) {
                WorkbenchRobot.save(pane.getScene(), SHOTS.resolve(fileName(here) + ".png"));
            }
            List<TabPane> inner = onFx(() -> List.copyOf(ClippedText.nestedTabPanes(tab.getContent())));
            for (TabPane nested : inner) {
                screens += visit(nested, here, found);
            }
        }
        return screens;
    }

    /** A screen with findings is saved under target/clipping-walk, to be looked at as a user sees it. */
    private static String fileName(String here) {
        return here.replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    /**
     * Lets background loads started by a tab or a row finish and their results show: until the
     * workbench's one executor has nothing running or due twice in a row, with the UI thread's
     * events and two pulses (so a layout pass) between the looks. A fixed pause (350 ms, twice a
     * tab) took most of the walk's time and missed a load slower than itself (decision 0094). The
     * pulses are waited for by a timer started through {@code Platform.runLater}, so after every
     * event already queued: TestFX's {@code waitForFxEvents} before them (five round trips with a
     * 10 ms sleep each) added nothing but time (decision 0115).
     */
    private static void settle() {
        ScheduledThreadPoolExecutor executor = (ScheduledThreadPoolExecutor) ui.services().background();
        int idleLooks = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (idleLooks < 2) {
            pulses(2);
            idleLooks = idle(executor) ? idleLooks + 1 : 0;
            if (System.nanoTime() > until) {
                throw new AssertionError("the workbench's background work did not finish within 30 s");
            }
        }
    }

    /** Nothing running and nothing due now; the periodic refreshes wait in the queue for their time. */
    private static boolean idle(ScheduledThreadPoolExecutor executor) {
        return executor.getActiveCount() == 0 && executor.getQueue().stream()
                .noneMatch(task -> ((Delayed) task).getDelay(TimeUnit.NANOSECONDS) <= 0);
    }

    /** Waits for {@code count} pulses of the UI thread (animations, CSS and layout run in each). */
    private static void pulses(int count) {
        CountDownLatch seen = new CountDownLatch(count);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                seen.countDown();
            }
        };
        Platform.runLater(timer::start);
        try {
            if (!seen.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse of the UI thread in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            Platform.runLater(timer::stop);
        }
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
