package com.fours.workbench.app;

import java.util.function.DoubleConsumer;

import javafx.application.Platform;
import javafx.scene.control.ProgressBar;

/**
 * How far the demo's first-start copy has got (decision 0130), told by the thread that copies, which
 * may begin before the JavaFX toolkit is up, and shown by the window's bar once it exists. The bar
 * moves as each part of the copy ends instead of running an indeterminate animation, whose
 * redrawing took the copy's second core on a PC without a graphics card.
 */
final class StartupProgress implements DoubleConsumer {

    private volatile double done;
    private volatile DoubleConsumer shown = value -> { };

    /** The copying thread: this much of it is done, 0 to 1. */
    @Override
    public void accept(double value) {
        done = value;
        shown.accept(value);
    }

    /** On the UI thread: {@code bar} shows how far the copy is, from now on; it never moves back. */
    void showOn(ProgressBar bar) {
        bar.setProgress(done);
        shown = value -> Platform.runLater(() -> bar.setProgress(Math.max(bar.getProgress(), value)));
        // a part that ended between the two lines above
        bar.setProgress(Math.max(bar.getProgress(), done));
    }
}
