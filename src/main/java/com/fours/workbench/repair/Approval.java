package com.fours.workbench.repair;

import java.time.Instant;

import com.fours.workbench.core.Money;

/**
 * The customer's word on the plan or on additions: signed at the counter by {@link #customerName},
 * or given on the phone to {@link #calledBy} at {@link #calledAt}, with what was said.
 * {@link #approvedAmount} is the order's approved estimate after this approval.
 */
public record Approval(long id, long repairOrderId, ApprovalMethod method, String customerName, String calledBy,
                       Instant calledAt, String phone, String whatWasSaid, Money approvedAmount, Money declinedAmount,
                       String recordedBy, Instant recordedAt) {
}
