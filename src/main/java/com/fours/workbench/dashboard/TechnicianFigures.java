package com.fours.workbench.dashboard;

import java.math.BigDecimal;

/**
 * One technician's hours over a period (the appraisal reads these too): hours available on the
 * workshop's calendar, hours clocked on jobs started in the period, and, for the labour lines
 * finished in the period, the hours clocked on them and the book hours they earned (each line's
 * hours shared among those who clocked on it by their clocked time).
 */
public record TechnicianFigures(String username, String name, BigDecimal available, BigDecimal clocked,
                                BigDecimal clockedOnFinished, BigDecimal book) {

    /** Clocked against available, in percent; null when no hours were available. */
    public BigDecimal productivity() {
        return Ratios.percent(clocked, available);
    }

    /** Book against clocked on the finished lines, in percent; null when nothing was finished. */
    public BigDecimal efficiency() {
        return Ratios.percent(book, clockedOnFinished);
    }
}
