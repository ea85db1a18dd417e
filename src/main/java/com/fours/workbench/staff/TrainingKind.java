package com.fours.workbench.staff;

/** What a training was (rule book 8.1, 9.2): induction in the first month, the quarterly one, a product's, safety. */
public enum TrainingKind {
    INDUCTION,
    QUARTERLY,
    PRODUCT,
    SAFETY
}
