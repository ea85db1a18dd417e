package com.fours.workbench.repair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.testing.MutableClock;

/**
 * Another workstation, as a process of its own on the same embedded database (H2's AUTO_SERVER):
 * the advisor receives {@code rounds} cars, one every {@code pauseMillis}, and after each commit
 * appends the order number and the epoch milliseconds at which the
 * service was called and returned (the commit lies between) to {@code side file}.
 * Arguments: data folder, customer id, rounds, pause ms, side file.
 */
public final class OtherWorkstationMain {

    private OtherWorkstationMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Path.of(args[0]);
        long customerId = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        Path side = Path.of(args[4]);
        MutableClock clock = MutableClock.shanghai(WorkstationsSeeEachOtherTest.NOW);
        try (AppServices services = AppServices.open(DatabaseSettings.embedded(folder, "workbench"), false, folder, clock)) {
            services.authentication().login("lina", RepairFixture.PASSWORD.toCharArray());
            Files.writeString(side, "ready\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            for (int n = 1; n <= rounds; n++) {
                // A pause that is no multiple of the poll interval, so commits fall at every phase of it.
                Thread.sleep(pause + 37L * n);
                Vehicle car = services.vehicles().create(customerId, new VehicleInput(
                        RepairFixture.vin("LVGBE40K", "NG7" + String.format("%05d", n)), "粤B7" + String.format("%04d", n),
                        null, "广汽丰田", "雷凌", "2021", "A25C" + String.format("%07d", n), "铂金银", "2021-05-10", "20000",
                        "2027-05-09", "2027-02-10", "30000"), false);
                IntakeDraft draft = services.intakes().draftForVehicle(car.id());
                long started = System.currentTimeMillis();
                IntakeInput d = draft.input();
                IntakeSheet sheet = services.intakes().receive(draft, new IntakeInput("21000", FuelLevel.HALF, "",
                        "保养", d.requestedItems(), "", d.promisedAt(), d.oldParts(), d.approvalContact(),
                        d.customerWaits(), d.notes(), List.of()), List.of(), Optional.empty());
                long returned = System.currentTimeMillis();
                Files.writeString(side, sheet.repairOrder().number() + " " + started + " " + returned + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
        }
    }
}
