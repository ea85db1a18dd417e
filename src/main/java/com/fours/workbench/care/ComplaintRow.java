package com.fours.workbench.care;

/** A complaint in a list, with whether a deadline has passed now (shown in red). */
public record ComplaintRow(Complaint complaint, boolean overdue) {
}
