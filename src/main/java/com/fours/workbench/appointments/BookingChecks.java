package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;

/** A booking as typed, checked field by field before anything is read or written. */
final class BookingChecks {

    static final BigDecimal MAX_HOURS = new BigDecimal("99.99");

    private BookingChecks() {
    }

    record Checked(ServiceType serviceType, long groupId, LocalDate day, LocalTime slot, BigDecimal hours, Money cost,
                   Channel channel, String items, String notes) {
    }

    /** Field by field, before anything is read or written. */
    static Checked check(AppointmentInput in, Clock clock) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (in.vehicleId() == null) {
            errors.reject(AppointmentInput.VEHICLE, new InvalidValueException("appointment.invalid.noVehicle"));
        }
        if (in.serviceType() == null) {
            errors.reject(AppointmentInput.SERVICE_TYPE, new InvalidValueException("field.required"));
        }
        if (in.workGroupId() == null) {
            errors.reject(AppointmentInput.WORK_GROUP, new InvalidValueException("field.required"));
        }
        if (in.channel() == null) {
            errors.reject(AppointmentInput.CHANNEL, new InvalidValueException("field.required"));
        }
        if (in.day() == null) {
            errors.reject(AppointmentInput.DAY, new InvalidValueException("field.required"));
        }
        if (in.slot() == null) {
            errors.reject(AppointmentInput.SLOT, new InvalidValueException("field.required"));
        }
        if (in.day() != null && in.slot() != null
                && LocalDateTime.of(in.day(), in.slot()).isBefore(LocalDateTime.now(clock))) {
            errors.reject(AppointmentInput.SLOT, new InvalidValueException("appointment.invalid.past"));
        }
        BigDecimal hours = errors.check(AppointmentInput.HOURS, () -> hours(in.estimatedHours()));
        Money cost = errors.check(AppointmentInput.COST, () -> {
            if (in.estimatedCost() == null || in.estimatedCost().isBlank()) {
                return Money.ZERO;
            }
            Money parsed = Money.parse(in.estimatedCost());
            if (parsed.isNegative()) {
                throw new InvalidValueException("appointment.invalid.negativeCost");
            }
            return parsed;
        });
        String items = errors.check(AppointmentInput.ITEMS, () -> text(in.requestedItems()));
        String notes = errors.check(AppointmentInput.NOTES, () -> text(in.notes()));
        errors.throwIfAny();
        return new Checked(in.serviceType(), in.workGroupId(), in.day(), in.slot(), hours, cost, in.channel(), items, notes);
    }

    /** Hours as an advisor types them ("2.5", "2,5 h", "3 小时"), refused when not a positive figure of two decimals. */
    static BigDecimal hours(String typed) {
        String text = typed == null ? "" : typed.strip().replace('。', '.').replace('，', '.').replace(',', '.');
        if (text.endsWith("h") || text.endsWith("小时")) {
            text = text.substring(0, text.endsWith("h") ? text.length() - 1 : text.length() - 2).strip();
        }
        if (text.isEmpty()) {
            throw new InvalidValueException("field.required");
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("appointment.invalid.hours");
        }
        if (hours.signum() <= 0) {
            throw new InvalidValueException("appointment.invalid.hoursNotPositive");
        }
        if (hours.scale() > 2 || hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidValueException("appointment.invalid.hours");
        }
        return hours.setScale(2);
    }

    /** Requested items and notes: lines of free text; empty is stored as empty (the columns are NOT NULL). */
    private static String text(String typed) {
        String text = Typed.optionalMultilineText(typed, AppointmentService.MAX_TEXT);
        return text == null ? "" : text;
    }

    /**
     * An overbooking, cancellation or call reason: one line of at most
     * {@value AppointmentService#MAX_REASON} characters; null when empty.
     */
    static String reason(String typed) {
        return Typed.optionalLineText(typed, AppointmentService.MAX_REASON);
    }
}
