package com.fours.workbench.repair;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Opens repair orders and finds them. Only reception opens one, in its own transaction, so a car
 * is never received without its order or the other way round. Numbers read "RO20261127-0001":
 * the day the car came in and its place in that day (decision 0028).
 */
public final class RepairOrders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;
    private final List<Opened> openedHooks = new CopyOnWriteArrayList<>();

    /** Another feature's step when an order is opened, in reception's transaction (quality control links comebacks). */
    public interface Opened {
        void opened(Handle handle, RepairOrder order);
    }

    public void addOpenedHook(Opened hook) {
        openedHooks.add(hook);
    }

    public RepairOrders(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    /** A new order with status RECEIVED, in the caller's transaction; the caller writes the audit row. */
    public RepairOrder open(Handle handle, long customerId, long vehicleId, long intakeId, String advisor) {
        return open(handle, customerId, vehicleId, intakeId, advisor, clock.instant());
    }

    /** As above for a car received at {@code receivedAt} (the demo's past visits): numbered on that day. */
    public RepairOrder open(Handle handle, long customerId, long vehicleId, long intakeId, String advisor,
                            Instant receivedAt) {
        RepairOrderDao orders = handle.attach(RepairOrderDao.class);
        String number = nextNumber(orders, LocalDate.ofInstant(receivedAt, clock.getZone()));
        long id = orders.insert(number, RepairOrderStatus.RECEIVED.name(), customerId, vehicleId, intakeId, advisor,
                receivedAt);
        RepairOrder opened = orders.find(id).orElseThrow();
        for (Opened hook : openedHooks) {
            hook.opened(handle, opened);
        }
        return opened;
    }

    /**
     * The day's next number. The counter row is created if missing and then updated, which locks it
     * until the transaction ends: two workstations never get the same number, and a rolled-back
     * reception gives its number back.
     */
    static String nextNumber(RepairOrderDao orders, LocalDate day) {
        orders.ensureCounter(day);
        orders.advanceCounter(day);
        int sequence = orders.lastNumber(day);
        return "RO" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }

    public Optional<RepairOrder> ofIntake(Handle handle, long intakeId) {
        return handle.attach(RepairOrderDao.class).findByIntake(intakeId);
    }

    public Optional<RepairOrder> byNumber(String number) {
        session.require(Permission.USE_RECEPTION);
        return transactions.read(handle -> handle.attach(RepairOrderDao.class).findByNumber(number.strip()));
    }
}
