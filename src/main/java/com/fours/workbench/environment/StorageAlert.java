package com.fours.workbench.environment;

/** How near a kind's oldest stored quantity is to the one-year limit of GB 18597-2023. */
public enum StorageAlert {
    NONE,
    DUE_SOON,
    OVERDUE
}
