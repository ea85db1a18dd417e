package com.fours.workbench.environment;

/** How a waste kind is counted in the ledger. */
public enum WasteUnit {
    KG,
    LITRE,
    PIECE
}
