package com.fours.workbench.claims;

import java.time.LocalDate;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;

/**
 * A warranty claim to the maker or an insurance claim to an insurer, for one bill put on its account.
 * {@code approved} is null until decided; {@code paid} is what receipts of the ledger paid for it.
 * A shortfall charged to the customer is the customer's bill {@code chargeBillId} (null otherwise),
 * with {@code chargeDue} still to pay on it at the desk.
 */
public record Claim(long id, String number, Payer kind, long billId, String billNumber, String orderNumber, String plate,
                    long itemId, long payerId, String payerName, ClaimState state, Money claimed, Money approved,
                    Money paid, Money excess, String faultCode, String cause, String payerClaimNo, String assessor,
                    String reason, ShortfallChoice shortfallChoice, LocalDate draftedOn, LocalDate submittedOn,
                    LocalDate decidedOn, LocalDate paidOn, String draftedBy, int version, Long chargeBillId,
                    String chargeBillNumber, Money chargeDue) {

    /** What the maker or insurer refused: claimed less approved, zero until decided. */
    public Money shortfall() {
        return approved == null ? Money.ZERO : claimed.minus(approved);
    }

    /** Still to be paid of what was approved. */
    public Money due() {
        return approved == null ? Money.ZERO : approved.minus(paid);
    }

    /** Days since it was drafted, or since sent once it was. */
    public long ageDays(LocalDate today) {
        LocalDate from = submittedOn == null ? draftedOn : submittedOn;
        return Math.max(0, today.toEpochDay() - from.toEpochDay());
    }
}
