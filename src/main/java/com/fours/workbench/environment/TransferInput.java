package com.fours.workbench.environment;

/** A hand-over as typed: the kind and handler chosen, the rest as text. */
public record TransferInput(Long kindId, Long handlerId, String manifestNo, String quantity, String vehicle,
                            String day, String handedBy, String receivedBy) {

    public static final String KIND = "kind";
    public static final String HANDLER = "handler";
    public static final String MANIFEST = "manifest";
    public static final String QUANTITY = "quantity";
    public static final String VEHICLE = "vehicle";
    public static final String DAY = "day";
    public static final String HANDED_BY = "handedBy";
    public static final String RECEIVED_BY = "receivedBy";
}
