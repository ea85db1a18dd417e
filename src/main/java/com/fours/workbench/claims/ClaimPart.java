package com.fours.workbench.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An old part kept for the maker: its tag, the shelf it waits on and the day it must go back by. */
public record ClaimPart(long id, long claimId, int lineNo, String code, String description, BigDecimal quantity,
                        String tag, String place, LocalDate returnBy) {
}
