package com.fours.workbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

import com.fours.workbench.core.Change;
import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.ChangeTopic;

/**
 * Keeps a screen current while it is shown: hears the changes of its topics, this workstation's
 * and the others' (decision 0057), and hands them to the screen on the UI thread, several at once
 * when they come close together. Started when the screen is shown; it stops by itself the first
 * time it hears something while its node is off screen (a module's tab left), when its node leaves
 * the scene (the user logged out: on a quiet day nothing is heard, and the subscription held the old
 * screen for good), and on {@link #stop}.
 */
public final class LiveUpdates {

    private final ChangeNotices notices;
    private final Set<ChangeTopic> topics;
    private final Supplier<Node> screen;
    private final Consumer<List<Change>> onChange;
    private final List<Change> pending = new ArrayList<>();
    private boolean delivering;
    private ChangeNotices.Subscription subscription;
    private Node watched;
    private boolean stoppedByLeaving;
    private final ChangeListener<Scene> sceneChanged = (obs, old, now) -> {
        if (now == null && subscription != null) {
            stop();
            stoppedByLeaving = true;
        } else if (now != null && stoppedByLeaving) {
            start(); // moved to another parent, not closed
        }
    };

    /** {@code screen} gives the node whose being on screen keeps this listening (null until built: not shown). */
    public LiveUpdates(ChangeNotices notices, Set<ChangeTopic> topics, Supplier<Node> screen,
                       Consumer<List<Change>> onChange) {
        this.notices = notices;
        this.topics = Set.copyOf(topics);
        this.screen = screen;
        this.onChange = onChange;
    }

    /** Starts listening (again); harmless when listening already. */
    public void start() {
        if (subscription == null) {
            subscription = notices.subscribe(topics, this::heard);
        }
        stoppedByLeaving = false;
        if (!watchScreen()) {
            Platform.runLater(this::watchScreen); // started while its screen was being built
        }
    }

    private boolean watchScreen() {
        Node node = screen.get();
        if (node == null) {
            return false;
        }
        if (node != watched) {
            if (watched != null) {
                watched.sceneProperty().removeListener(sceneChanged);
            }
            watched = node;
            node.sceneProperty().addListener(sceneChanged);
        }
        return true;
    }

    public void stop() {
        stoppedByLeaving = false;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** For tests and the status bar: whether this screen listens now. */
    public boolean listening() {
        return subscription != null;
    }

    /** Off the UI thread. */
    private void heard(List<Change> changes) {
        synchronized (pending) {
            pending.addAll(changes);
            if (delivering) {
                return;
            }
            delivering = true;
        }
        Platform.runLater(this::deliver);
    }

    private void deliver() {
        List<Change> batch;
        synchronized (pending) {
            batch = List.copyOf(pending);
            pending.clear();
            delivering = false;
        }
        if (subscription == null) {
            return;
        }
        if (!shown(screen.get())) {
            stop();
            return;
        }
        onChange.accept(batch);
    }

    /** Whether {@code node} is on screen: in a showing window, it and all its parents visible. */
    public static boolean shown(Node node) {
        if (node == null || node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
