package com.fours.workbench.care;

import java.time.Instant;

/** One call made on a callback. */
public record CallbackAttempt(long id, CallbackOutcome outcome, Instant callAgainAt, String note, String calledBy,
                              Instant calledAt) {
}
