package com.fours.workbench.care;

import java.util.List;

/** The caller's lists: due today, overdue (due before today, still open), upcoming, and done lately. */
public record CallbackLists(List<Callback> today, List<Callback> overdue, List<Callback> upcoming, List<Callback> done) {
}
