package com.fours.workbench.care;

/**
 * The store's callback rules: due {@code dueDays} after the hand-back ({@code heavyDueDays} after
 * a repair that needed a completion certificate); closed unreached after {@code maxAttempts}
 * unanswered calls made on at least {@code minAttemptDays} different days, with the fallback.
 */
public record CallbackSettings(int dueDays, int heavyDueDays, int maxAttempts, int minAttemptDays,
                               CallbackFallback fallback, int version) {
}
