package com.fours.workbench.qc;

/** The result of one checklist item at one level. */
public enum ItemResult {
    PASS,
    FAIL,
    NOT_APPLICABLE
}
