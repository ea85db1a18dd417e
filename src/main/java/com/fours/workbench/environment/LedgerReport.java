package com.fours.workbench.environment;

import java.time.LocalDate;
import java.util.List;

/**
 * The management ledger (管理台账) of a month or a year as HJ 1259-2022 lays it out: per kind what
 * was in store, produced, handed over and left; the period's hand-overs; whether the period is closed.
 */
public record LedgerReport(LocalDate from, LocalDate to, boolean year, List<LedgerRow> rows,
                           List<WasteEntry> entries, List<WasteTransfer> transfers, boolean closed) {
}
