package com.fours.workbench.parts;

/** The unit a part is counted in; a whole unit (a filter, a set of pads) refuses fractions, a litre of oil does not. */
public enum PartUnit {
    PCS(true),
    SET(true),
    PAIR(true),
    BOTTLE(true),
    BOX(true),
    LITRE(false),
    METRE(false),
    KG(false);

    private final boolean whole;

    PartUnit(boolean whole) {
        this.whole = whole;
    }

    public boolean whole() {
        return whole;
    }
}
