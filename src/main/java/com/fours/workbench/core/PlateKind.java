package com.fours.workbench.core;

import java.util.Optional;

/** What a plate number says about the vehicle (GA 36-2018); most kinds end in a special character. */
public enum PlateKind {
    ORDINARY(null, PlateColor.BLUE),
    NEW_ENERGY_SMALL(null, PlateColor.GREEN),
    NEW_ENERGY_LARGE(null, PlateColor.YELLOW_GREEN),
    POLICE('警', PlateColor.WHITE),
    COACH('学', PlateColor.YELLOW),
    TRAILER('挂', PlateColor.YELLOW),
    HONG_KONG('港', PlateColor.BLACK),
    MACAU('澳', PlateColor.BLACK),
    CONSULATE('领', PlateColor.BLACK),
    TEST('试', PlateColor.BLUE),
    OVERSIZE('超', PlateColor.BLUE);

    private final Character suffix;
    private final PlateColor suggestedColor;

    PlateKind(Character suffix, PlateColor suggestedColor) {
        this.suffix = suffix;
        this.suggestedColor = suggestedColor;
    }

    /** The character that ends such a plate, e.g. 学 for a driving-school coach. */
    public Optional<Character> suffix() {
        return Optional.ofNullable(suffix);
    }

    /**
     * The usual colour of such a plate. Only a suggestion: an ordinary number is blue on a car but
     * yellow on a truck or bus, so the colour is recorded separately.
     */
    public PlateColor suggestedColor() {
        return suggestedColor;
    }

    static Optional<PlateKind> ofSuffix(int character) {
        for (PlateKind kind : values()) {
            if (kind.suffix != null && kind.suffix == character) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
