package com.fours.workbench.appointments;

import java.math.BigDecimal;

/** One work group on one day: its technicians' available hours against the hours booked. */
public record GroupDay(long groupId, String name, BigDecimal available, BigDecimal booked, int bookings) {

    public BigDecimal free() {
        return available.subtract(booked);
    }

    public boolean overbooked() {
        return booked.compareTo(available) > 0;
    }

    /** Booked as a share of available, 0..1 and beyond when overbooked; 0 on a day without hours. */
    public double load() {
        return available.signum() == 0 ? (booked.signum() == 0 ? 0 : 1.5) : booked.doubleValue() / available.doubleValue();
    }
}
