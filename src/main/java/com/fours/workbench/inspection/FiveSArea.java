package com.fours.workbench.inspection;

/** Where a 5S inspection is made; each area has its own checklist. */
public enum FiveSArea {
    WORKSHOP,
    WAREHOUSE,
    CUSTOMER_AREA,
    OFFICE
}
