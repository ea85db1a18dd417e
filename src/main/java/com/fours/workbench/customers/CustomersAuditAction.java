package com.fours.workbench.customers;

import com.fours.workbench.security.AuditAction;

public enum CustomersAuditAction implements AuditAction {
    CUSTOMER_CREATED,
    CUSTOMER_CHANGED,
    CUSTOMERS_MERGED,
    PHONE_REVEALED,
    VEHICLE_CREATED,
    VEHICLE_CHANGED,
    VEHICLE_OWNER_CHANGED,
    MILEAGE_CORRECTED,
    NEXT_SERVICE_SET,
    ARCHIVE_IMPORTED,
    ARCHIVE_EXPORTED
}
