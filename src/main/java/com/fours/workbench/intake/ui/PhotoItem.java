package com.fours.workbench.intake.ui;

/** A thumbnail on the form: kept already, or waiting for the sheet's first save. */
public record PhotoItem(String fileName, byte[] thumbnail, boolean pending) {
}
