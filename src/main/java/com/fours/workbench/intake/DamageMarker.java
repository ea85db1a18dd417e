package com.fours.workbench.intake;

/**
 * A numbered mark on the car outline. {@code x} and {@code y} are 0..1 within its view's drawing,
 * so the screen and the printed sheet put it at the same place whatever their size. The type is
 * null only while the advisor has not chosen one; such a marker is refused on saving.
 */
public record DamageMarker(int number, CarView view, double x, double y, DamageType type, String note) {

    public DamageMarker {
        if (number < 1) {
            throw new IllegalArgumentException("Marker numbers start at 1: " + number);
        }
        if (view == null) {
            throw new IllegalArgumentException("A marker sits on a view");
        }
        x = clamp(x);
        y = clamp(y);
        note = note == null ? "" : note.strip();
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    public DamageMarker withType(DamageType newType) {
        return new DamageMarker(number, view, x, y, newType, note);
    }

    public DamageMarker withNote(String newNote) {
        return new DamageMarker(number, view, x, y, type, newNote);
    }

    public DamageMarker renumbered(int newNumber) {
        return new DamageMarker(newNumber, view, x, y, type, note);
    }
}
