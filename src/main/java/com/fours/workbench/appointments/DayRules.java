package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/**
 * The rules a booking keeps under its day's lock: the car, the group, the slot and the advisor
 * exist, a car is booked once a day, and the group's hours and the slot's cars hold unless an
 * overbooking is confirmed. The day's lock itself: its row, taken first, and a lock held too long
 * turned into a refusal to try again.
 */
final class DayRules {

    private static final Logger log = LoggerFactory.getLogger(DayRules.class);

    private DayRules() {
    }

    /** The advisor chosen for a booking is a user of the store, refused by name rather than by a foreign key. */
    static void advisorExists(Handle handle, Long advisorId) {
        if (advisorId != null && handle.attach(AppointmentDao.class).userCount(advisorId) == 0) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.ADVISOR,
                    new InvalidValueException("appointment.invalid.unknownAdvisor", String.valueOf(advisorId))));
        }
    }

    /** The rules that need the database, under the day's lock; returns the car's owner. */
    static long rulesOfTheDay(Handle handle, BookingChecks.Checked c, long vehicleId, long exceptAppointment) {
        Long ownerId = handle.attach(AppointmentDao.class).ownerOf(vehicleId).orElse(null);
        if (ownerId == null) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.VEHICLE,
                    new InvalidValueException("appointment.invalid.unknownVehicle", String.valueOf(vehicleId))));
        }
        WorkGroup group = handle.attach(WorkshopDao.class).group(c.groupId()).filter(WorkGroup::active).orElse(null);
        if (group == null) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.WORK_GROUP,
                    new InvalidValueException("appointment.invalid.unknownGroup")));
        }
        if (!handle.attach(WorkshopDao.class).slots().isSlot(c.slot())) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.SLOT,
                    new InvalidValueException("appointment.invalid.slot", c.slot().toString())));
        }
        if (handle.attach(AppointmentDao.class).openOnDay(vehicleId, c.day(), exceptAppointment) > 0) {
            throw new BusinessRuleException("appointment.vehicleAlreadyBooked", c.day().toString());
        }
        return ownerId;
    }

    /** Null when the booking fits; the confirming user's name when it does not and may go ahead. */
    static String overbookingConfirmation(Handle handle, BookingChecks.Checked c, BigDecimal released, String reason,
                                          AuthenticatedUser approver, AuthenticatedUser user, boolean sameSlot) {
        DayPlan plan = Capacity.plan(handle, c.day());
        if (!plan.open()) {
            throw new InvalidFieldsException(Map.of(AppointmentInput.DAY, new InvalidValueException(
                    plan.calendarName().isEmpty() ? "appointment.invalid.closed" : "appointment.invalid.holiday",
                    plan.calendarName())));
        }
        GroupDay group = Capacity.group(plan, c.groupId()).orElseThrow();
        group = new GroupDay(group.groupId(), group.name(), group.available(), group.booked().subtract(released),
                group.bookings());
        SlotLoad slot = plan.slots().stream().filter(s -> s.slot().equals(c.slot())).findFirst()
                .orElse(new SlotLoad(c.slot(), 0, 1));
        if (sameSlot) {
            slot = new SlotLoad(slot.slot(), slot.booked() - 1, slot.limit());
        }
        boolean overGroup = group.booked().add(c.hours()).compareTo(group.available()) > 0;
        boolean overSlot = slot.booked() + 1 > slot.limit();
        if (!overGroup && !overSlot) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new OverbookingException(overGroup && overSlot ? "appointment.overbooked.both"
                    : overGroup ? "appointment.overbooked.group" : "appointment.overbooked.slot", group, slot, c.hours());
        }
        AuthenticatedUser confirming = approver != null ? approver : user;
        if (!confirming.may(Permission.OVERBOOK_APPOINTMENTS)) {
            throw new BusinessRuleException("appointment.overbook.notAllowed", confirming.displayName());
        }
        return confirming.username();
    }

    /** Serialises the bookings of a day; without its row there is no lock, so nothing is booked. */
    static void lockDay(Handle handle, LocalDate day) {
        if (handle.attach(AppointmentDao.class).lockDay(day).isEmpty()) {
            throw new BusinessRuleException("appointment.busy");
        }
    }

    /** The day's lock row exists before any booking of the day locks it; a second insert is harmless. */
    static void ensureDayRow(Transactions transactions, LocalDate day) {
        if (transactions.read(handle -> handle.attach(AppointmentDao.class).dayRows(day)) > 0) {
            return;
        }
        try {
            transactions.useTransaction(handle -> handle.attach(AppointmentDao.class).insertDay(day));
        } catch (JdbiException raced) {
            log.debug("Day row of {} inserted by someone else meanwhile", day);
        }
    }

    /** A lock held too long by another desk becomes a refusal to try again, not an error. */
    static <T> T locked(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            if (Transactions.isLockTimeout(e)) {
                throw new BusinessRuleException("appointment.busy");
            }
            throw e;
        }
    }
}
