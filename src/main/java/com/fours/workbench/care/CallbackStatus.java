package com.fours.workbench.care;

/** Where a callback stands: still to call, done (the customer was reached), or closed unreached. */
public enum CallbackStatus {
    OPEN,
    REACHED,
    UNREACHABLE
}
