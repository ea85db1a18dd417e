package com.fours.workbench.intake;

/**
 * A photo ready to keep with an intake: re-encoded as JPEG, at most {@link IntakePhotos#MAX_SIDE}
 * pixels on its longer side, with its thumbnail. {@code scaledDown} says it was larger.
 */
public record PreparedPhoto(String fileName, int width, int height, byte[] image, byte[] thumbnail, boolean scaledDown) {
}
