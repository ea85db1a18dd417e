package com.fours.workbench.intake.ui;

/**
 * A photo on the form: kept already ({@code photoId}, its full image read when it is opened), or
 * waiting for the sheet's first save ({@code image} in hand).
 */
public record PhotoItem(String fileName, byte[] thumbnail, Long photoId, byte[] image) {

    static PhotoItem kept(com.fours.workbench.intake.IntakePhoto photo) {
        return new PhotoItem(photo.fileName(), photo.thumbnail(), photo.id(), null);
    }

    static PhotoItem pending(com.fours.workbench.intake.PreparedPhoto photo) {
        return new PhotoItem(photo.fileName(), photo.thumbnail(), null, photo.image());
    }

    public boolean pending() {
        return photoId == null;
    }
}
