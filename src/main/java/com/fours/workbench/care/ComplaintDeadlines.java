package com.fours.workbench.care;

/** The store's deadlines for a complaint in minutes from its receipt ("1-3-72" by default). */
public record ComplaintDeadlines(int acknowledgeMinutes, int solutionMinutes, int resolveMinutes, int version) {
}
