package com.fours.workbench.care;

/** What one call came to. */
public enum CallbackOutcome {
    REACHED,
    NO_ANSWER,
    WRONG_NUMBER,
    CALL_LATER
}
