package com.fours.workbench.receivables;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fours.workbench.core.Money;

/**
 * A payer's statement (对账单) for a month: the balance brought forward, the bills and receipts of
 * the month in day order, the balance carried; the credit limit for an account customer (else null).
 */
public record Statement(ReceivablePayer payer, YearMonth month, Money opening, List<StatementLine> lines,
                        Money billed, Money received, Money closing, Money creditLimit, LocalDate printedOn) {
}
