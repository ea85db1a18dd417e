package com.fours.workbench.receivables;

import java.time.LocalDate;

import com.fours.workbench.core.Money;

/**
 * A line of a statement: a bill put on account (debit, with its order and car) or a receipt (credit,
 * with its method and reference), and the balance after it.
 */
public record StatementLine(LocalDate day, String number, String orderNumber, String plate, ReceiptMethod method,
                            String reference, Money debit, Money credit, Money balance) {
}
