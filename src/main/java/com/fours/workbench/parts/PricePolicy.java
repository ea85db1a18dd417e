package com.fours.workbench.parts;

/** How a part's retail price is found: its moving average cost plus the category's margin, or a fixed list price. */
public enum PricePolicy {
    COST_PLUS,
    FIXED
}
