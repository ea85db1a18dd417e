package com.fours.workbench.security;

/** Something a user may do. Services check these; the user interface only follows them. */
public enum Permission {
    USE_APPOINTMENTS,
    USE_RECEPTION,
    USE_REPAIR_ORDERS,
    USE_QUALITY_CONTROL,
    USE_CASHIER,
    USE_PARTS_WAREHOUSE,
    USE_CUSTOMERS,
    USE_CUSTOMER_CARE,
    EDIT_CUSTOMERS,
    VIEW_CUSTOMER_PHONES,
    MERGE_CUSTOMERS,
    CORRECT_MILEAGE,
    IMPORT_CUSTOMERS,
    MANAGE_USERS,
    VIEW_AUDIT_LOG,
    EDIT_STORE_PROFILE,
    VIEW_SYSTEM_INFO
}
