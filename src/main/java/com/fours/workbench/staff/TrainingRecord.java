package com.fours.workbench.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One course one employee attended. */
public record TrainingRecord(long id, long userId, String employeeName, String course, TrainingKind kind, BigDecimal hours,
                             LocalDate heldOn, String trainer, boolean passed) {
}
