package com.fours.workbench.inspection;

import java.math.BigDecimal;

/** One item of a checklist version: scored from 0 to {@code scaleMax}, counted with its weight. */
public record FiveSItem(long id, int position, FiveSPillar pillar, String text, int scaleMax, BigDecimal weight) {
}
