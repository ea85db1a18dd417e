package com.fours.workbench.cashier;

/**
 * What a line of a bill charges for. Labour and parts are the two groups the settlement list
 * (JT/T 1133) keeps apart; fees and work done outside are "other fees"; the excess is the part of an
 * insured repair the customer pays (plus on the customer's bill, minus on the insurer's).
 */
public enum BillLineKind {
    LABOUR,
    PART,
    FEE,
    SUBLET,
    EXCESS
}
