package com.fours.workbench.intake;

import java.time.Instant;

/** A photo kept with an intake sheet; the full image is read on demand ({@link IntakeService#photo}). */
public record IntakePhoto(long id, long intakeId, String fileName, int width, int height, byte[] thumbnail,
                          Instant addedAt, String addedBy) {
}
