package com.fours.workbench.intake;

import java.time.Instant;

/** One line of the reception list: which car, whose, when, and whether the sheet is signed. */
public record IntakeSummary(long id, String repairOrderNumber, Instant receivedAt, String plate, String vin,
                            String customerName, String complaint, boolean signed) {
}
