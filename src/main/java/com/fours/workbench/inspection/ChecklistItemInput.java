package com.fours.workbench.inspection;

/** An item as typed: its heading, text, the top of its scale and its weight. */
public record ChecklistItemInput(FiveSPillar pillar, String text, String scaleMax, String weight) {
}
