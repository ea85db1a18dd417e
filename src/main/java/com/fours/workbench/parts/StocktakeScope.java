package com.fours.workbench.parts;

/** What a stocktake counts: the whole store, a range of bins, one category, or the A-class parts (cycle count). */
public enum StocktakeScope {
    WHOLE_STORE,
    BIN_RANGE,
    CATEGORY,
    CYCLE_A_CLASS
}
