package com.fours.workbench.testing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.ui.Background;

/**
 * For a view model's unit test: the JavaFX toolkit running (headless), a real {@link Background} on
 * one worker thread, and a way to start a command on the UI thread and wait until its background work
 * and its hand-back are done.
 */
public final class FxBackground implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Background background = new Background(executor);

    public FxBackground() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The JavaFX toolkit did not start", e);
        }
    }

    public Background background() {
        return background;
    }

    /** Runs {@code command} on the UI thread, then waits for the work it started and its result on the UI thread. */
    public void run(Runnable command) {
        try {
            WaitForAsyncUtils.asyncFx(command).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !background.busyProperty().get());
        } catch (Exception e) {
            throw new IllegalStateException("The command did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
