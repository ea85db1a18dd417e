package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/**
 * A booking with what the lists show of its car, customer, group and advisor. The phone is as the
 * current user may see it.
 */
public record Appointment(long id, long customerId, long vehicleId, ServiceType serviceType, long workGroupId,
                          @ColumnName("visit_day") LocalDate day, LocalTime slot, BigDecimal estimatedHours, BigDecimal estimatedCost,
                          Long advisorId, Channel channel, boolean customerWaits, String requestedItems, String notes,
                          AppointmentStatus status, String overbookReason, String overbookedBy, Long rescheduledFrom,
                          Instant createdAt, String createdBy, Instant statusAt, int version, String plate, String vin,
                          String brand, String model, String customerName, String phone, String groupName,
                          String advisorName, CallOutcome lastCall) {

    static final String COLUMNS = """
            a.id, a.customer_id, a.vehicle_id, a.service_type, a.work_group_id, a.visit_day, a.slot, a.estimated_hours,
            a.estimated_cost, a.advisor_id, a.channel, a.customer_waits, a.requested_items, a.notes, a.status,
            a.overbook_reason, a.overbooked_by, a.rescheduled_from, a.created_at, a.created_by, a.status_at, a.version,
            v.plate, v.vin, v.brand, v.model, c.name AS customer_name, c.mobile AS phone, g.name AS group_name,
            u.display_name AS advisor_name,
            (SELECT k.outcome FROM appointment_call k WHERE k.appointment_id = a.id ORDER BY k.id DESC LIMIT 1)
                AS last_call
            FROM appointment a
            JOIN vehicle v ON v.id = a.vehicle_id
            JOIN customer c ON c.id = a.customer_id
            JOIN work_group g ON g.id = a.work_group_id
            LEFT JOIN app_user u ON u.id = a.advisor_id
            """;

    public List<String> itemLines() {
        return Arrays.stream(requestedItems.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The plate, or the VIN of a car without one. */
    public String vehicleLabel() {
        return plate != null ? plate : vin;
    }

    Appointment withPhone(String shown) {
        return new Appointment(id, customerId, vehicleId, serviceType, workGroupId, day, slot, estimatedHours,
                estimatedCost, advisorId, channel, customerWaits, requestedItems, notes, status, overbookReason,
                overbookedBy, rescheduledFrom, createdAt, createdBy, statusAt, version, plate, vin, brand, model,
                customerName, shown, groupName, advisorName, lastCall);
    }

    String auditText() {
        return "vehicle=" + vehicleId + ", customer=" + customerId + ", type=" + serviceType + ", group=" + workGroupId
                + ", day=" + day + ", slot=" + slot + ", hours=" + estimatedHours.toPlainString() + ", cost="
                + estimatedCost.toPlainString() + ", advisor=" + advisorId + ", channel=" + channel + ", waits="
                + customerWaits + ", status=" + status;
    }
}
