package com.fours.workbench.claims;

/**
 * What the maker or the insurer's assessor decided: the amount approved (zero: rejected), the reason
 * for what was refused and what the store does with it.
 */
public record ClaimDecision(String approved, String reason, ShortfallChoice choice) {

    public static final String APPROVED = "claimApproved";
    public static final String REASON = "claimReason";
    public static final String CHOICE = "claimChoice";
}
