package com.fours.workbench.home;

import java.time.Instant;
import java.util.List;

/**
 * What waits for the logged-in user, read at {@code readAt}: the lines of the user's roles, in kind
 * order, and the screens the page offers a shortcut to (the manager's dashboard).
 */
public record HomePage(List<HomeLine> lines, Instant readAt, List<HomeScreen> shortcuts) {

    public HomePage {
        lines = List.copyOf(lines);
        shortcuts = List.copyOf(shortcuts);
    }
}
