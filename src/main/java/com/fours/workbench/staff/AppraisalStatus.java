package com.fours.workbench.staff;

/** A draft the manager fills; signed by the manager (no longer changes); then signed by the employee too. */
public enum AppraisalStatus {
    DRAFT,
    MANAGER_SIGNED,
    SIGNED
}
