package com.fours.workbench.races;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What must hold after a run of the process races, on any database. */
final class RaceAssertions {

    private static final Logger log = LoggerFactory.getLogger(RaceAssertions.class);

    private RaceAssertions() {
    }

    static void assertRulesHeld(ProcessRaces.Report report, int desks, int rounds) {
        report.lines().forEach(log::info);
        assertThat(report.violations()).as("what the races found wrong").isEmpty();
        assertThat(report.race("parts").winnersPerRound()).as("desks that got the last unit, per round")
                .isEqualTo(Collections.nCopies(rounds, 1));
        assertThat(report.race("slots").winnersPerRound()).as("desks that got the last place, per round")
                .isEqualTo(Collections.nCopies(rounds, 1));
        assertThat(report.race("bills").winnersPerRound()).as("desks that settled their order, per round")
                .isEqualTo(Collections.nCopies(rounds, desks));
        assertThat(report.race("bills")).extracting(ProcessRaces.RaceFigures::duplicates, ProcessRaces.RaceFigures::gaps)
                .containsExactly(0, 0);
        assertThat(report.race("parts").negatives()).isZero();
        for (String race : new String[] {"parts", "slots"}) {
            assertThat(report.race(race).told().values()).as("what the losers of the %s race were told", race)
                    .isNotEmpty()
                    .allSatisfy(t -> {
                        assertThat(t.zh()).as(t.key()).matches(".*\\p{IsHan}.*").doesNotContain(t.key());
                        assertThat(t.en()).as(t.key()).matches(".*[a-z]{3}.*").doesNotContain(t.key());
                    });
            assertThat(report.race(race).told().values().stream().mapToInt(ProcessRaces.Told::times).sum())
                    .as("losers of the %s race", race).isEqualTo((desks - 1) * rounds);
        }
    }
}
