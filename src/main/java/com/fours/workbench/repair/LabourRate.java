package com.fours.workbench.repair;

import com.fours.workbench.core.Money;

/** The hourly rate of a repair category; {@code own} is false where the category uses the store's rate. */
public record LabourRate(RepairCategory category, Money hourlyRate, boolean own) {
}
