package com.fours.workbench.intake;

/**
 * One field that differs from the signed sheet: {@code field} is an {@link IntakeInput} field name
 * or {@code marker.<n>}; the values are as kept in the snapshot (see {@link IntakeSnapshot}).
 */
public record FieldChange(String field, String before, String after) {
}
