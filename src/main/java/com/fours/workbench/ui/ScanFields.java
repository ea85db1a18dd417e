package com.fours.workbench.ui;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * What a field a barcode scanner types into does after a refused scan, on every screen the same:
 * it flashes red, beeps, takes the focus back and selects what was scanned, so the bad code stays
 * readable and the next scan replaces it instead of being appended to it. A good scan is cleared
 * by its view model.
 */
public final class ScanFields {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private ScanFields() {
    }

    /** Raises the alarm on {@code field} each time {@code refusals} changes (a counter the view model increments). */
    public static void alarmOn(TextInputControl field, ObservableValue<? extends Number> refusals) {
        PauseTransition flash = new PauseTransition(Duration.millis(700));
        flash.setOnFinished(e -> field.pseudoClassStateChanged(DANGER, false));
        refusals.addListener((obs, old, now) -> {
            field.pseudoClassStateChanged(DANGER, true);
            flash.playFromStart();
            if (!GraphicsEnvironment.isHeadless()) {
                Toolkit.getDefaultToolkit().beep();
            }
            field.requestFocus();
            field.selectAll();
        });
    }
}
