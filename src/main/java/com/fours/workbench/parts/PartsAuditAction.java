package com.fours.workbench.parts;

import com.fours.workbench.security.AuditAction;

public enum PartsAuditAction implements AuditAction {
    PART_CREATED,
    PART_CHANGED,
    BIN_CREATED,
    SUPPLIER_CREATED,
    SUPPLIER_CHANGED,
    CATEGORY_MARGIN_CHANGED,
    STOCK_ADJUSTED,
    STOCK_TRANSFERRED,
    RECEIVED_WITHOUT_ORDER,
    OVER_RECEIPT,
    PURCHASE_ORDER_CREATED,
    /** An order placed despite its supplier's agreement (expired, above the agreed price): decision 0111. */
    PURCHASE_OUTSIDE_AGREEMENT,
    PURCHASE_ORDER_SENT,
    PURCHASE_ORDER_CLOSED,
    CATALOG_IMPORTED
}
