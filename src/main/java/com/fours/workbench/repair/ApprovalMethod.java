package com.fours.workbench.repair;

/** How the customer agreed to the plan or to an addition: signed at the counter, or on the phone. */
public enum ApprovalMethod {
    COUNTER_SIGNATURE,
    PHONE
}
