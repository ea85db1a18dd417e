package com.fours.workbench.care;

/** What a complaint is about. */
public enum ComplaintCategory {
    SERVICE_ATTITUDE,
    REPAIR_QUALITY,
    PRICE,
    WAITING_TIME,
    PARTS,
    OTHER
}
