package com.fours.workbench.parts;

import com.fours.workbench.security.AuditAction;

public enum StocktakeAuditAction implements AuditAction {
    STOCKTAKE_CREATED,
    STOCKTAKE_PAUSED,
    STOCKTAKE_RESUMED,
    STOCKTAKE_COUNT_FINISHED,
    STOCKTAKE_APPROVED,
    STOCKTAKE_POSTED
}
