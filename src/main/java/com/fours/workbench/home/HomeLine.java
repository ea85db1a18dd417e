package com.fours.workbench.home;

import java.util.List;

/** One line of the home page: how many are waiting, how many of them are late, and the first few. */
public record HomeLine(HomeLineKind kind, int count, int overdue, List<HomeItem> first) {

    public HomeLine {
        first = List.copyOf(first);
    }

    public boolean empty() {
        return count == 0;
    }
}
