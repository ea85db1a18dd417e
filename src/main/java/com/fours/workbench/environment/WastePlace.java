package com.fours.workbench.environment;

import java.math.BigDecimal;

/** A storage place (贮存场所) with its capacity, in the unit of the kinds stored there. */
public record WastePlace(long id, String name, WasteUnit unit, BigDecimal capacity) {
}
