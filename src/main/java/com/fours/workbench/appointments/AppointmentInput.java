package com.fours.workbench.appointments;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking as the advisor filled it in. Hours and cost are typed text, checked by the service so
 * each refusal can be shown under its field; requested items are one per line (free text until
 * the labour-operation catalog exists).
 */
public record AppointmentInput(Long vehicleId, ServiceType serviceType, Long workGroupId, LocalDate day,
                               LocalTime slot, String estimatedHours, String estimatedCost, Long advisorId,
                               Channel channel, boolean customerWaits, String requestedItems, String notes) {

    public static final String VEHICLE = "vehicle";
    public static final String SERVICE_TYPE = "serviceType";
    public static final String WORK_GROUP = "workGroup";
    public static final String DAY = "day";
    public static final String SLOT = "slot";
    public static final String HOURS = "hours";
    public static final String COST = "cost";
    public static final String CHANNEL = "channel";
    public static final String ADVISOR = "advisor";
    public static final String ITEMS = "items";
    public static final String NOTES = "notes";
}
