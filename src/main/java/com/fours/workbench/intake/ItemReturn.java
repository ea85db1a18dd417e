package com.fours.workbench.intake;

/**
 * What the hand-back says of one taken item: given back ({@code returned}), or kept by the store
 * with {@code keptReason}. An item with neither stays unaccounted for and stops the hand-back.
 */
public record ItemReturn(long itemId, boolean returned, String keptReason) {

    public static ItemReturn returned(long itemId) {
        return new ItemReturn(itemId, true, null);
    }

    public static ItemReturn kept(long itemId, String reason) {
        return new ItemReturn(itemId, false, reason);
    }
}
