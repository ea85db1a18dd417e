package com.fours.workbench.environment;

import java.time.LocalDate;

/** The catalogue's forms as typed on screen; each field's name is the key its refusal is shown under. */
public final class CatalogueInput {

    public static final String NAME = "name";
    public static final String UNIT = "unit";
    public static final String CAPACITY = "capacity";
    public static final String CATEGORY = "category";
    public static final String CODE = "code";
    public static final String PLACE = "place";
    public static final String LICENCE = "licence";
    public static final String EXPIRY = "expiry";
    public static final String CATEGORIES = "categories";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String QUANTITY = "quantity";

    private CatalogueInput() {
    }

    /** A storage place and its capacity, in the unit of the kinds it holds. */
    public record Place(String name, WasteUnit unit, String capacity) {
    }

    /** A kind: category (HW08), national code (900-214-08), name, unit, where it is stored. */
    public record Kind(String category, String code, String name, WasteUnit unit, Long placeId) {
    }

    /** A licensed handler: the categories it may take as typed ("HW08, HW31"). */
    public record Handler(String name, String licenceNo, LocalDate expiry, String categories) {
    }

    /**
     * A generation rule: {@code source} is a labour operation's code or, with {@code part}, a part
     * number; {@code quantityPer} per line (per unit of the part line).
     */
    public record Rule(Long kindId, boolean part, String source, String quantityPer, boolean oldPart) {
    }
}
