package com.fours.workbench.repair;

/** What a change to a repair order did; the second editor of an order is shown these. */
public enum ChangeKind {
    LINE_ADDED,
    LINE_CHANGED,
    LINE_REMOVED,
    LINE_DONE,
    CANNED_JOB_APPLIED,
    APPROVED,
    STATUS_CHANGED,
    FINDING_RECORDED
}
