package com.fours.workbench.environment;

import java.math.BigDecimal;

/** How full a storage place is: what its kinds hold now against its capacity. */
public record PlaceFill(WastePlace place, BigDecimal stored, int percent, boolean nearFull) {
}
