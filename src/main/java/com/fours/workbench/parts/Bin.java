package com.fours.workbench.parts;

/** A bin location (货位) such as A-01-03: aisle, rack, shelf. */
public record Bin(long id, String code, String description, boolean active) {
}
