package com.fours.workbench.cashier;

import java.util.List;

import com.fours.workbench.core.Money;
import com.fours.workbench.core.VatSplit;
import com.fours.workbench.repair.Payer;

/**
 * One bill of a settlement before it is issued: the payer, its lines with the discounts spread
 * onto them, and the sums. {@code total} is the sum of the line totals and {@code vat} splits it
 * into pre-tax and tax exactly.
 */
public record SettlementBill(Payer payer, String payerName, String claimReference, Money excess, List<BillLine> lines,
                             List<BillDiscount> discounts, Money labourAmount, Money partsAmount, Money otherAmount,
                             Money discountAmount, Money total, VatSplit vat) {

    public SettlementBill {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
    }

    public List<BillLine> labourLines() {
        return lines.stream().filter(l -> l.kind() == BillLineKind.LABOUR).toList();
    }

    public List<BillLine> partLines() {
        return lines.stream().filter(l -> l.kind() == BillLineKind.PART).toList();
    }

    public List<BillLine> otherLines() {
        return lines.stream().filter(l -> l.kind() != BillLineKind.LABOUR && l.kind() != BillLineKind.PART).toList();
    }
}
