package com.fours.workbench.care;

/** How the store reaches a customer the phone did not: recorded on a callback closed unreached. */
public enum CallbackFallback {
    SMS,
    LETTER
}
