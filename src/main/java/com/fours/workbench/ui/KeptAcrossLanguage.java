package com.fours.workbench.ui;

import javafx.scene.control.TextInputControl;

/**
 * Marks a field whose text the workbench carries over when the language is switched and the screen
 * is rebuilt (a search someone is in the middle of). The field needs an id: the text goes back into
 * the field of the same id on the new screen.
 */
public final class KeptAcrossLanguage {

    private static final String KEY = KeptAcrossLanguage.class.getName();

    private KeptAcrossLanguage() {
    }

    public static <T extends TextInputControl> T mark(T field) {
        field.getProperties().put(KEY, Boolean.TRUE);
        return field;
    }

    public static boolean isMarked(TextInputControl field) {
        return Boolean.TRUE.equals(field.getProperties().get(KEY));
    }
}
