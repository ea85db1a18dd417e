package com.fours.workbench.care;

import java.time.Instant;

/**
 * One contact with a customer in the time line: when, what kind (a message key), an optional
 * translated detail (a message key, such as a call's outcome), the text as recorded, the car, and who.
 */
public record ContactEntry(Instant at, String kindKey, String detailKey, String text, long vehicleId, String plate,
                           String byName) {
}
