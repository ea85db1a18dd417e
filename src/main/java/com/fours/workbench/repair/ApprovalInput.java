package com.fours.workbench.repair;

import java.time.Instant;
import java.util.Set;

/**
 * What the advisor records when the customer answers. Lines in {@code declinedLineIds} are declined
 * (kept as recommendations); every other line waiting for approval is approved.
 */
public record ApprovalInput(ApprovalMethod method, String customerName, String calledBy, Instant calledAt,
                            String phone, String whatWasSaid, Set<Long> declinedLineIds) {

    public static final String CUSTOMER_NAME = "customerName";
    public static final String CALLED_BY = "calledBy";
    public static final String CALLED_AT = "calledAt";
    public static final String PHONE = "phone";
    public static final String WHAT_WAS_SAID = "whatWasSaid";

    public ApprovalInput {
        declinedLineIds = declinedLineIds == null ? Set.of() : Set.copyOf(declinedLineIds);
    }

    public static ApprovalInput counter(String customerName) {
        return new ApprovalInput(ApprovalMethod.COUNTER_SIGNATURE, customerName, null, null, null, null, Set.of());
    }

    public static ApprovalInput phone(String customerName, String calledBy, Instant calledAt, String whatWasSaid) {
        return new ApprovalInput(ApprovalMethod.PHONE, customerName, calledBy, calledAt, null, whatWasSaid, Set.of());
    }

    public ApprovalInput declining(Set<Long> lineIds) {
        return new ApprovalInput(method, customerName, calledBy, calledAt, phone, whatWasSaid, lineIds);
    }
}
