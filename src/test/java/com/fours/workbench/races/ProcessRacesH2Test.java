package com.fours.workbench.races;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;

/**
 * The short version of the process races on the embedded H2 file shared by several processes
 * ({@code AUTO_SERVER=TRUE}, the app's own URL): this JVM opens it first and serves it, the eight
 * desk JVMs reach it through H2's automatic server.
 */
class ProcessRacesH2Test {

    @Test
    void eightWorkstationsRacingOnTheSharedH2FileOneGetsTheLastUnitAndTheSlotNumbersStayGapless(@TempDir Path dir)
            throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(dir, "workbench");
        try (AppServices services = ProcessRaces.openSetUp(settings, dir)) {
            ProcessRaces.Report report = ProcessRaces.run("H2 AUTO_SERVER", settings, services, dir.resolve("run"), 8, 3);

            RaceAssertions.assertRulesHeld(report, 8, 3);
        }
    }
}
