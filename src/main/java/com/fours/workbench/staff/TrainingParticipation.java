package com.fours.workbench.staff;

import java.math.BigDecimal;

/** Trainings attended in a period, their hours, and how many were passed. */
public record TrainingParticipation(int courses, BigDecimal hours, int passed) {
}
