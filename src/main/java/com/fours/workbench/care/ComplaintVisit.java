package com.fours.workbench.care;

import java.time.Instant;

/** A visit of a car a complaint may be about, known by its order number. */
public record ComplaintVisit(long id, String number, Instant createdAt) {
}
