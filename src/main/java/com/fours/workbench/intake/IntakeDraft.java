package com.fours.workbench.intake;

import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.Vehicle;

/**
 * A reception about to start: whose car, which car, the appointment it came from (or null for a
 * walk-in) and the sheet filled with what is already known.
 */
public record IntakeDraft(Customer customer, Vehicle vehicle, Long appointmentId, IntakeInput input) {
}
