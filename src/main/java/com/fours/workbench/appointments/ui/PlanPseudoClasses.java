package com.fours.workbench.appointments.ui;

import javafx.css.PseudoClass;

/** The states the appointments stylesheet rules read on cards, chips, cells and rows. */
final class PlanPseudoClasses {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    static final PseudoClass FULL = PseudoClass.getPseudoClass("full");
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private PlanPseudoClasses() {
    }
}
