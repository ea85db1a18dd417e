package com.fours.workbench.staff;

/** The manager's own marks, 1 (poor) to 5 (excellent), on the rule book's heads (8.3.1), and the comments. */
public record AppraisalMarks(Integer ability, Integer attitude, Integer satisfaction, String comments) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
}
