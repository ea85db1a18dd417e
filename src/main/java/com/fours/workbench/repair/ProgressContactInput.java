package com.fours.workbench.repair;

import java.time.Instant;

/**
 * A progress contact as the advisor enters it; {@code newPromisedAt} with its {@code reason} when
 * the car will be late. The field names are the keys of the refusals under each field.
 */
public record ProgressContactInput(ProgressChannel channel, boolean reached, String whatWasSaid, Instant newPromisedAt,
                                   String reason) {

    public static final String CHANNEL = "progressChannel";
    public static final String WHAT_WAS_SAID = "progressWhatWasSaid";
    public static final String NEW_PROMISED_AT = "progressNewPromisedAt";
    public static final String REASON = "progressReason";
}
