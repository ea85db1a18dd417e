package com.fours.workbench.repair;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.Money;

/**
 * The sums of a repair order's lines, declined lines left out. Each line is already rounded to the
 * fen, so the totals are exact sums. {@code pending} is what waits for the customer's word.
 */
public record RepairTotals(Money labour, Money parts, Money fees, Money sublet, Money total, Money approved,
                           Money pending, Money declined, Map<Payer, Money> byPayer) {

    public RepairTotals {
        byPayer = Map.copyOf(byPayer);
    }

    public static RepairTotals of(List<RepairLine> lines) {
        Map<LineKind, Money> byKind = new EnumMap<>(LineKind.class);
        Map<Payer, Money> byPayer = new EnumMap<>(Payer.class);
        Money total = Money.ZERO;
        Money approved = Money.ZERO;
        Money pending = Money.ZERO;
        Money declined = Money.ZERO;
        for (RepairLine line : lines) {
            if (line.declined()) {
                declined = declined.plus(line.amount());
                continue;
            }
            byKind.merge(line.kind(), line.amount(), Money::plus);
            byPayer.merge(line.payer(), line.amount(), Money::plus);
            total = total.plus(line.amount());
            if (line.approved()) {
                approved = approved.plus(line.amount());
            } else {
                pending = pending.plus(line.amount());
            }
        }
        return new RepairTotals(byKind.getOrDefault(LineKind.LABOUR, Money.ZERO),
                byKind.getOrDefault(LineKind.PART, Money.ZERO), byKind.getOrDefault(LineKind.FEE, Money.ZERO),
                byKind.getOrDefault(LineKind.SUBLET, Money.ZERO), total, approved, pending, declined, byPayer);
    }

    /** What the customer pays: the lines paid by the customer. */
    public Money customerPays() {
        return byPayer.getOrDefault(Payer.CUSTOMER, Money.ZERO);
    }
}
