package com.fours.workbench.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 14: a workbench process on the embedded database, killed with {@code kill -9} ten times
 * while it receives parts, sells over the counter, books, receives cars, issues parts, signs
 * quality control, certifies, settles, takes payments and delivers, loses nothing that committed.
 * The long version: {@code bash bench/crash.sh --kills=100}.
 */
class KilledWorkbenchLosesNothingTest {

    private static final Logger log = LoggerFactory.getLogger(KilledWorkbenchLosesNothingTest.class);

    @TempDir
    Path folder;

    @Test
    void tenKillsLoseNoCommitReuseNoNumberAndLeaveNoVisitHalfDone() throws Exception {
        CrashRun.Result result = CrashRun.run(folder, 10, System.nanoTime(), false, log::info);

        assertThat(result.lost()).as("commits logged but gone after a kill").isEmpty();
        assertThat(result.reused()).as("numbers given to another order after a kill").isEmpty();
        assertThat(result.broken()).as("invariants broken after a kill").isEmpty();
        assertThat(result.loggedByType()).as("what the store's day committed")
                .containsKeys("BOOKING", "ORDER", "ISSUE", "RELEASE", "BILL", "PAYMENT", "STEP");
        assertThat(result.loggedByKilledChildren()).as("commits of the killed processes").isGreaterThan(10);
        assertThat(result.commitsChecked()).isGreaterThan(result.commitsLogged());
    }
}
