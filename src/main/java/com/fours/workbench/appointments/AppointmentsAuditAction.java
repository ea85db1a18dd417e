package com.fours.workbench.appointments;

import com.fours.workbench.security.AuditAction;

public enum AppointmentsAuditAction implements AuditAction {
    APPOINTMENT_BOOKED,
    APPOINTMENT_OVERBOOKED,
    APPOINTMENT_RESCHEDULED,
    APPOINTMENT_CANCELLED,
    APPOINTMENT_CALLED,
    APPOINTMENT_ARRIVED,
    APPOINTMENTS_NO_SHOW,
    WORK_GROUP_CHANGED,
    ABSENCE_CHANGED,
    CALENDAR_CHANGED,
    ARRIVAL_SLOTS_CHANGED
}
