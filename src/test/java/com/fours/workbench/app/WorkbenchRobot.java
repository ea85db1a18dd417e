package com.fours.workbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import javax.imageio.ImageIO;

import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every TestFX test of the workbench does the same way once it is started ({@link WorkbenchFixture}
 * starts it): type a log-in, wait for the screen, pick a module tab or a sub-tab, read a label or a
 * field, save what the scene shows.
 */
final class WorkbenchRobot {

    private WorkbenchRobot() {
    }

    /** Where a tour saves its pictures: {@code -Dscreenshots=DIR}, else target/screenshots; made if missing. */
    static Path screenshotFolder() throws IOException {
        Path out = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(out);
        return out;
    }

    /** What the scene shows once its pending events are done, as a PNG. */
    static void save(Scene scene, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Types the name and password into the log-in form (emptied first) and presses the button. */
    static void logIn(FxRobot robot, String username, String password) {
        robot.interact(() -> {
            robot.lookup("#loginUsername").queryTextInputControl().setText("");
            robot.lookup("#loginPassword").queryTextInputControl().setText("");
        });
        robot.clickOn("#loginUsername").write(username);
        robot.clickOn("#loginPassword").write(password);
        robot.clickOn("#loginButton");
    }

    /** Logs out with the keyboard (Ctrl+Shift+L) and waits for the log-in form. */
    static void logOut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
    }

    /** Selects the module tab {@code tabId} (such as {@code tab-PARTS_WAREHOUSE}) through the tab pane's selection model. */
    static void selectModule(FxRobot robot, String tabId) {
        selectTab(robot, "#moduleTabs", tabId);
    }

    /** Waits for the tab pane {@code tabPane}, then selects its tab {@code tabId} through its selection model. */
    static void selectTab(FxRobot robot, String tabPane, String tabId) {
        waitUntil(() -> robot.lookup(tabPane).tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup(tabPane).queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the node is laid out and visible on the screen (a button appears with its card), then clicks it. */
    static void clickWhenShown(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(query);
    }

    /**
     * The text of a label, empty where there is none. Read on the JavaFX thread: a lookup from the
     * test's thread walks children lists the screen may be changing (an IndexOutOfBoundsException).
     */
    static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    /** The text of a field, empty where there is none; read on the JavaFX thread as {@link #text}. */
    static String input(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQueryAs(TextInputControl.class).map(TextInputControl::getText).orElse(""));
    }

    /** What {@code read} returns, read on the JavaFX thread; unlike {@code FxRobot.interact}, no pause for later events after. */
    static <T> T onFx(Callable<T> read) {
        try {
            return Platform.isFxApplicationThread() ? read.call() : WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the screen", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, () -> "");
    }

    /** Waits up to 30 s for {@code condition}, then lets the screen finish showing it; on time-out says {@code state}. */
    static void waitUntil(Callable<Boolean> condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
            // the screen may be half-way through showing what was waited for: let it finish
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            String seen = state.get();
            throw new AssertionError("the screen did not reach the expected state in time"
                    + (seen.isEmpty() ? "" : "; " + seen), e);
        }
    }

    /**
     * Scrolls the scroll pane {@code paneQuery} so that the node {@code query} is on the screen: a
     * window of 768 or 800 pixels shows only part of a long form, and a click must land on it.
     */
    static void scrollIntoView(FxRobot robot, String paneQuery, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup(paneQuery).queryAs(ScrollPane.class);
        robot.interact(() -> {
            Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 40) / room)));
            }
            double across = scroll.getContent().getBoundsInLocal().getWidth() - scroll.getViewportBounds().getWidth();
            if (across > 0) {
                scroll.setHvalue(Math.min(1, Math.max(0, (at.getMinX() - 40) / across)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
