package com.fours.workbench.customers;

/** How the customer wants to be reached for approvals and reminders. */
public enum PreferredContact {
    PHONE,
    SMS,
    WECHAT
}
