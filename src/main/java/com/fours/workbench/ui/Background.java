package com.fours.workbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the UI thread on the workbench's one executor and hands the result back on the UI
 * thread. Views never wait on the database.
 */
public final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final Executor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private int running;

    public Background(Executor executor) {
        this.executor = executor;
    }

    /** True while any work started here is running; bind progress indicators to it. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public Executor executor() {
        return executor;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running++;
        busy.set(true);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            // the workbench is closing and its executor has stopped: a late refresh has nothing to show
            finished();
            log.debug("Not started, the workbench is closing: {}", work);
        }
        return task;
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
