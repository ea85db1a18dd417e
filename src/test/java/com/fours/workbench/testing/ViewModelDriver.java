package com.fours.workbench.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/**
 * Drives a view model the way its view does, with no view: each command on the JavaFX thread, then
 * a wait until the background work it started (and whatever that work started when it finished)
 * is done, on the workbench's own executor. The view model's properties are read on the JavaFX
 * thread too. English messages, so a test reads what an English user reads.
 */
public final class ViewModelDriver {

    private final Background background;
    private final Messages messages = Messages.forLocale(Messages.ENGLISH);
    private final ErrorReporter errors = new ErrorReporter(messages);

    public ViewModelDriver(AppServices services) {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
        background = new Background(services.background());
    }

    public Background background() {
        return background;
    }

    public Messages messages() {
        return messages;
    }

    public ErrorReporter errors() {
        return errors;
    }

    /** Runs {@code command} on the JavaFX thread and waits until the work it started is done. */
    public void act(Runnable command) {
        read(() -> {
            command.run();
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> read(() -> !background.busyProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("the view model's background work did not finish in 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code value} computed on the JavaFX thread, as a view would read it. */
    public <T> T read(Callable<T> value) {
        try {
            if (Platform.isFxApplicationThread()) {
                return value.call();
            }
            return WaitForAsyncUtils.asyncFx(value).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            if (e.getCause() instanceof Error failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
