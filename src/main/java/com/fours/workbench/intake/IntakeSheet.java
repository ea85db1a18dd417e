package com.fours.workbench.intake;

import java.util.List;

import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.repair.RepairOrder;

/**
 * A saved intake with everything around it: its repair order, the customer and the car, the
 * photos, and (once signed) what changed since the customer signed.
 */
public record IntakeSheet(Intake intake, RepairOrder repairOrder, Customer customer, Vehicle vehicle,
                          String advisorName, List<IntakePhoto> photos, List<FieldChange> changesSinceSigned) {

    public IntakeSheet {
        photos = List.copyOf(photos);
        changesSinceSigned = List.copyOf(changesSinceSigned);
    }

    public boolean changedSinceSigned() {
        return !changesSinceSigned.isEmpty();
    }
}
