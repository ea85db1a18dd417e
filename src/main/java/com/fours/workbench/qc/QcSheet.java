package com.fours.workbench.qc;

import java.util.List;
import java.util.Set;

import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairOrderStatus;

/**
 * Quality control of one repair order as its screen shows it: the checklist of its categories,
 * every signature of every round (oldest first), the level the current round waits for (null when
 * the order is not in QC), what the passed final check and the certificate wrote, and the road
 * test: whether the work needs one and the one that counts (null when none does); once a
 * maintenance passed, the car's next service (null otherwise).
 */
public record QcSheet(long repairOrderId, String orderNumber, RepairOrderStatus status, int orderVersion, String plate,
                      String model, String vin, String customerName, int intakeMileage, Set<RepairCategory> categories,
                      int roundNo, QcLevel waitingFor, List<ChecklistItem> checklist, List<Signature> signatures,
                      Release release, Certificate certificate, boolean certificateRequired, Comeback comeback,
                      RoadTestStatus roadTestStatus, RoadTest roadTest, MaintenanceInterval.NextService nextService) {

    public QcSheet {
        categories = Set.copyOf(categories);
        checklist = List.copyOf(checklist);
        signatures = List.copyOf(signatures);
    }

    /** The signatures of the current round (or of the passing round once released). */
    public List<Signature> currentRound() {
        return signatures.stream().filter(s -> s.roundNo() == roundNo).toList();
    }

    /** Failed rounds so far: each a rework loop (an internal comeback). */
    public long failures() {
        return signatures.stream().filter(s -> !s.passed()).count();
    }

    public boolean finalCheckPassed() {
        return release != null;
    }
}
