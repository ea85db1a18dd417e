package com.fours.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void workAskedForAfterTheWorkbenchClosedIsNotStartedAndRaisesNoErrorDialog() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        Background background = new Background(executor);

        assertThatCode(() -> background.run(() -> "late refresh", value -> { }, failure -> { }))
                .doesNotThrowAnyException();
        assertThat(background.busyProperty().get()).isFalse();
    }
}
