package com.fours.workbench.partsales;

/**
 * Where a sales order stands in the warehouse: its lines reserved (OPEN), picked by the clerk (PICKED),
 * or cancelled before picking. Billed and paid are read from its bills, never stored twice.
 */
public enum PartsSaleStatus {
    OPEN,
    PICKED,
    CANCELLED
}
