package com.fours.workbench.qc;

/** What a signer found for one checklist item: the result and a note (may be empty). */
public record ItemCheck(long itemId, ItemResult result, String note) {

    public static ItemCheck pass(long itemId) {
        return new ItemCheck(itemId, ItemResult.PASS, "");
    }
}
