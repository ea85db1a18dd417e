package com.fours.workbench.core;

/** The background colour of a licence plate, recorded with the number (it appears on the completion certificate). */
public enum PlateColor {
    BLUE,
    YELLOW,
    GREEN,
    BLACK,
    WHITE,
    /** large new-energy vehicles: yellow and green halves */
    YELLOW_GREEN
}
