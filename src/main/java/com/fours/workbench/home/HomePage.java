package com.fours.workbench.home;

import java.time.Instant;
import java.util.List;

/** What waits for the logged-in user, read at {@code readAt}: the lines of the user's roles, in kind order. */
public record HomePage(List<HomeLine> lines, Instant readAt) {

    public HomePage {
        lines = List.copyOf(lines);
    }
}
