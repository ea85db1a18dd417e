package com.fours.workbench.home;

/**
 * The tab a home line opens, named as the workbench's tabs are (app/ maps it onto its own list):
 * home cannot see app/, which builds it.
 */
public enum HomeScreen {
    APPOINTMENTS,
    RECEPTION,
    REPAIR_ORDERS,
    QUALITY_CONTROL,
    CASHIER,
    PARTS_WAREHOUSE,
    CUSTOMER_CARE,
    ENVIRONMENT,
    /** The manager's dashboard, opened from the home page's shortcut rather than from a line. */
    DASHBOARD
}
