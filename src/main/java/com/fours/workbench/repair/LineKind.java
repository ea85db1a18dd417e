package com.fours.workbench.repair;

/** What a repair-order line charges for: labour (hours × rate), a part of the warehouse, a fee, or work done outside (外协). */
public enum LineKind {
    LABOUR,
    PART,
    FEE,
    SUBLET
}
