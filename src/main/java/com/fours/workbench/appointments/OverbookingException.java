package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.LocalTime;

import com.fours.workbench.core.BusinessRuleException;

/**
 * The booking would take more hours than the group has left, or a car more than the slot holds.
 * The advisor sees the figures and may book anyway with a reason, if allowed to confirm it.
 */
public class OverbookingException extends BusinessRuleException {

    private final transient GroupDay group;
    private final transient SlotLoad slot;
    private final BigDecimal requested;

    OverbookingException(String messageKey, GroupDay group, SlotLoad slot, BigDecimal requested) {
        super(messageKey, group.name(), plain(group.free().max(BigDecimal.ZERO)), plain(requested),
                slot.slot().toString(), slot.booked(), slot.limit());
        this.group = group;
        this.slot = slot;
        this.requested = requested;
    }

    /** 7.5 rather than 7.50, 8 rather than 8.00. */
    static String plain(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public GroupDay group() {
        return group;
    }

    public SlotLoad slot() {
        return slot;
    }

    public BigDecimal requested() {
        return requested;
    }

    public boolean groupOverbooked() {
        return group.booked().add(requested).compareTo(group.available()) > 0;
    }

    public boolean slotOverbooked() {
        return slot.booked() + 1 > slot.limit();
    }

    public LocalTime slotTime() {
        return slot.slot();
    }
}
