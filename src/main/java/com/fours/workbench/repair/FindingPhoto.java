package com.fours.workbench.repair;

/** A photo kept with a finding; the full image is read on demand ({@link FindingsService#photo}). */
public record FindingPhoto(long id, long findingId, String fileName, int width, int height, byte[] thumbnail) {
}
