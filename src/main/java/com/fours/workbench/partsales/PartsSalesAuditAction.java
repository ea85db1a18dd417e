package com.fours.workbench.partsales;

import com.fours.workbench.security.AuditAction;

public enum PartsSalesAuditAction implements AuditAction {
    PARTS_SALE_CREATED,
    PARTS_SALE_PICKED,
    PARTS_SALE_CANCELLED,
    PARTS_SALE_RETURNED,
    PARTS_SALE_PRICE_SET,
    TRADE_DISCOUNT_CHANGED,
    PRICE_LIST_PRINTED,
    PRICE_LIST_EXPORTED,
    PARTS_SALE_PRINTED
}
