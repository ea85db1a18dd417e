package com.fours.workbench.cashier;

import java.time.LocalDate;

/**
 * A bill voided after its visit was exported: the file keeps the old number, so the cashier corrects
 * the record in the provincial system (the re-issued bill goes out with the next export).
 */
public record HealthRecordVoided(String orderNumber, String billNumber, String reversalNumber, LocalDate voidedOn,
                                 String fileName) {
}
