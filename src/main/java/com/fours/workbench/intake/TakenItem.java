package com.fours.workbench.intake;

import java.time.Instant;

/**
 * A key or document reception took: the keys with how many, the other kinds one each ({@code
 * description} says what "other" was). Settled at the hand-back: returned, or kept with the reason.
 */
public record TakenItem(long id, ItemKind kind, int quantity, String description, ItemState state, String reason,
                        String settledBy, Instant settledAt) {

    /** Not yet settled: the store still has it and nobody said why. */
    public boolean held() {
        return state == ItemState.HELD;
    }
}
