package com.fours.workbench.environment;

import java.math.BigDecimal;

/** A kind in the ledger of a period: in store at its start, produced, transferred, in store at its end. */
public record LedgerRow(WasteKind kind, BigDecimal opening, BigDecimal produced, BigDecimal transferred,
                        BigDecimal closing) {
}
