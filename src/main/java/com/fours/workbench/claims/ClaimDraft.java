package com.fours.workbench.claims;

/**
 * A claim as typed when drafted: the maker's fault code and the cause (warranty), the insurer's
 * assessor (insurance), and where the old parts wait and by when they go back (empty: 30 days).
 */
public record ClaimDraft(String faultCode, String cause, String assessor, String place, String returnBy) {

    public static final String FAULT_CODE = "claimFaultCode";
    public static final String CAUSE = "claimCause";
    public static final String ASSESSOR = "claimAssessor";
    public static final String PLACE = "claimPlace";
    public static final String RETURN_BY = "claimReturnBy";
}
