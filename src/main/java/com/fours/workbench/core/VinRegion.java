package com.fours.workbench.core;

import java.util.Optional;

/** The continent a VIN was assigned in, from its first character (ISO 3780). */
public enum VinRegion {
    AFRICA("ABCDEFGH"),
    ASIA("JKLMNPR"),
    EUROPE("STUVWXYZ"),
    NORTH_AMERICA("12345"),
    OCEANIA("67"),
    SOUTH_AMERICA("89");

    private final String firstCharacters;

    VinRegion(String firstCharacters) {
        this.firstCharacters = firstCharacters;
    }

    static Optional<VinRegion> ofFirstCharacter(char first) {
        for (VinRegion region : values()) {
            if (region.firstCharacters.indexOf(first) >= 0) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
