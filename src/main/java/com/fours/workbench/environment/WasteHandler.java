package com.fours.workbench.environment;

import java.time.LocalDate;
import java.util.List;

/** A licensed handler (持证单位): its licence, until when, and the categories it may take. */
public record WasteHandler(long id, String name, String licenceNo, LocalDate licenceExpiry, List<String> categories) {

    public boolean licensedOn(LocalDate day) {
        return !day.isAfter(licenceExpiry);
    }

    public boolean mayTake(WasteKind kind) {
        return categories.contains(kind.category());
    }
}
