package com.fours.workbench.repair;

/**
 * Where a repair order stands, in the order of a visit. Reception opens it as {@link #RECEIVED};
 * the repair-order issue moves it through the rest.
 */
public enum RepairOrderStatus {
    RECEIVED,
    PLANNED,
    APPROVED,
    IN_PROGRESS,
    IN_QC,
    READY_FOR_SETTLEMENT,
    SETTLED,
    DELIVERED,
    CANCELLED
}
