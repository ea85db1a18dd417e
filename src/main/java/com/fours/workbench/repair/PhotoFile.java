package com.fours.workbench.repair;

/**
 * A picked image file made fit to keep: re-encoded as JPEG, scaled down, with its thumbnail. Made by
 * the store's one photo rule (reception's, handed in as a {@link PhotoPreparer}).
 */
public record PhotoFile(String fileName, int width, int height, byte[] image, byte[] thumbnail) {
}
