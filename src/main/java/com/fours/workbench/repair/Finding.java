package com.fours.workbench.repair;

import java.time.Instant;
import java.util.List;

/**
 * What the technician found: for an item of the intake sheet ({@link #itemText} as reception wrote
 * it, null for another fault found), with fault codes, measurements and photos. {@link #lineId} is
 * the line it proposed for the customer's approval, if any.
 */
public record Finding(long id, long repairOrderId, String itemText, FindingOutcome outcome, String description,
                      String faultCodes, String measurements, Long lineId, String recordedBy, Instant recordedAt,
                      List<FindingPhoto> photos) {

    public Finding {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    Finding withPhotos(List<FindingPhoto> kept) {
        return new Finding(id, repairOrderId, itemText, outcome, description, faultCodes, measurements, lineId,
                recordedBy, recordedAt, kept);
    }
}
