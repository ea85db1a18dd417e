package com.fours.workbench.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training as typed: each field is checked by {@link TrainingService#record}. */
public record TrainingInput(Long userId, String course, TrainingKind kind, BigDecimal hours, LocalDate heldOn,
                            String trainer, boolean passed) {
}
