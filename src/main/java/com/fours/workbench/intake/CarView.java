package com.fours.workbench.intake;

/** The three drawings of the car outline a marker can sit on. */
public enum CarView {
    LEFT,
    TOP,
    RIGHT
}
