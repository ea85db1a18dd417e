package com.fours.workbench.inspection;

/** A photo kept with an inspection; the full image is read on demand. */
public record FiveSPhoto(long id, long inspectionId, String fileName, int width, int height, byte[] thumbnail) {
}
