package com.fours.workbench.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.ChildJvm;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Two workstations as two processes on one embedded H2 file (AUTO_SERVER): the other process
 * receives cars; this one's job board, reloaded on the change notices of its topic the way the
 * board's screen does, shows each new order within 2 seconds of its commit (decision 0057).
 */
class WorkstationsSeeEachOtherTest {

    private static final Logger log = LoggerFactory.getLogger(WorkstationsSeeEachOtherTest.class);

    static final String NOW = "2026-11-27T02:00:00Z";
    private static final int ROUNDS = 8;

    @TempDir
    Path folder;

    @Test
    void anOrderOpenedOnAnotherWorkstationReachesThisJobBoardWithinTwoSeconds() throws Exception {
        MutableClock clock = MutableClock.shanghai(NOW);
        AppServices services = AppServices.open(DatabaseSettings.embedded(folder, "workbench"), false, folder, clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        RepairFixture f = new RepairFixture(services);
        Map<String, Long> seenOnBoard = new ConcurrentHashMap<>();
        Path side = folder.resolve("commits.txt");
        Path childLog = folder.resolve("other-workstation.log");
        Process other = null;
        try (ChangeNotices.Subscription board = services.changes().subscribe(Set.of(ChangeTopic.REPAIR_ORDER), changes -> {
            long now = System.currentTimeMillis();
            for (JobBoardCard card : services.jobBoard().board()) {
                seenOnBoard.putIfAbsent(card.orderNumber(), now);
            }
        })) {
            other = ChildJvm.start(OtherWorkstationMain.class, childLog, List.of(), folder.toString(),
                    Long.toString(f.customer.id()), Integer.toString(ROUNDS), "700", side.toString());
            assertThat(other.waitFor(120, TimeUnit.SECONDS)).as("the other workstation finishes").isTrue();
            assertThat(other.exitValue()).as(() -> read(childLog)).isZero();
            Thread.sleep(2_000);
        } finally {
            if (other != null && other.isAlive()) {
                ChildJvm.killHard(other);
            }
            services.close();
        }

        // From the call of the other workstation's service (an upper bound: the commit is later) and
        // from its return (a lower bound: the service reads the sheet again after its commit).
        List<Double> latencies = new ArrayList<>();
        List<Double> fromReturn = new ArrayList<>();
        for (String line : Files.readAllLines(side, StandardCharsets.UTF_8)) {
            if (line.equals("ready")) {
                continue;
            }
            String[] parts = line.split(" ");
            Long seen = seenOnBoard.get(parts[0]);
            assertThat(seen).as("order %s on this workstation's board", parts[0]).isNotNull();
            latencies.add((double) (seen - Long.parseLong(parts[1])));
            fromReturn.add((double) (seen - Long.parseLong(parts[2])));
        }
        assertThat(latencies).hasSize(ROUNDS);
        log.info("Other workstation's orders on this job board {} ms after the call (median {}, max {}); {} ms after"
                        + " its return (median {})", latencies, BenchmarkFigures.median(latencies),
                latencies.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), fromReturn,
                BenchmarkFigures.median(fromReturn));
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(2_000.0));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
