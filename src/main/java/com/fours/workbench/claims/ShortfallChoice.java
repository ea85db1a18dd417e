package com.fours.workbench.claims;

/** What the store does with the part of a claim the maker or insurer refused. */
public enum ShortfallChoice {
    /** The store bears it (its own cost). */
    ABSORB,
    /** The customer is asked to pay it at the cashier. */
    CHARGE_CUSTOMER
}
