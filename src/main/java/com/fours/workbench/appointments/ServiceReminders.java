package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Cars due for maintenance in the coming weeks, as a list to call and book from. A car is due on
 * its next-service date or on the day its odometer is projected to reach the next-service
 * mileage, whichever comes first. The daily distance comes from its odometer readings (first to
 * last, if at least 30 days apart), else from its mileage since first registration. Cars already
 * booked are left out, and so are cars overdue by more than 90 days.
 */
public final class ServiceReminders {

    static final int MIN_DAYS_OF_HISTORY = 30;
    /** A car overdue longer than this has likely gone elsewhere: that is customer care's list, not a call to book. */
    static final int MAX_DAYS_OVERDUE = 90;

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;
    private final CustomerService customers;

    public ServiceReminders(Transactions transactions, Session session, Clock clock, CustomerService customers) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
        this.customers = customers;
    }

    record Row(long vehicleId, long ownerId, String plate, String vin, String brand, String model, int mileage,
               LocalDate firstRegistration, LocalDate nextServiceDate, Integer nextServiceMileage, String ownerName,
               String mobile, Instant firstAt, Instant lastAt, Integer firstKm, Integer lastKm) {
    }

    record Readings(long vehicleId, Instant firstAt, Instant lastAt, Integer firstKm, Integer lastKm) {
    }

    record Car(long vehicleId, long ownerId, String plate, String vin, String brand, String model, int mileage,
               LocalDate firstRegistration, LocalDate nextServiceDate, Integer nextServiceMileage, String ownerName,
               String mobile) {
    }

    /** Due from 90 days overdue up to {@code weeks} weeks ahead, soonest first. */
    public List<DueVehicle> due(int weeks) {
        session.require(Permission.USE_APPOINTMENTS);
        if (weeks < 1 || weeks > 26) {
            throw new BusinessRuleException("reminders.invalidWeeks");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusWeeks(weeks);
        LocalDate oldest = today.minusDays(MAX_DAYS_OVERDUE);
        ZoneId zone = clock.getZone();
        return transactions.read(handle -> {
            Set<Long> booked = new HashSet<>(handle.attach(AppointmentDao.class).vehiclesBookedFrom(today));
            List<DueVehicle> due = new ArrayList<>();
            // the odometer history first, in one pass, then the cars
            Map<Long, Readings> readings = new HashMap<>();
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            dao.readings().forEach(r -> readings.put(r.vehicleId(), r));
            dao.carsWithNextService().forEach(car -> {
                if (booked.contains(car.vehicleId())) {
                    return;
                }
                Readings r = readings.get(car.vehicleId());
                Row row = new Row(car.vehicleId(), car.ownerId(), car.plate(), car.vin(), car.brand(), car.model(),
                        car.mileage(), car.firstRegistration(), car.nextServiceDate(), car.nextServiceMileage(),
                        car.ownerName(), car.mobile(), r == null ? null : r.firstAt(), r == null ? null : r.lastAt(),
                        r == null ? null : r.firstKm(), r == null ? null : r.lastKm());
                DueVehicle d = dueOf(row, today, zone);
                if (d != null && !d.dueOn().isAfter(horizon) && !d.dueOn().isBefore(oldest)) {
                    due.add(d);
                }
            });
            due.sort(Comparator.comparing(DueVehicle::dueOn).thenComparing(DueVehicle::vehicleId));
            return due.stream().map(d -> new DueVehicle(d.vehicleId(), d.customerId(), d.plate(), d.brandAndModel(),
                    d.ownerName(), phone(d.phone()), d.nextServiceDate(), d.nextServiceMileage(), d.projectedMileage(),
                    d.dueOn(), d.byMileage(), (int) Math.max(0, ChronoUnit.DAYS.between(d.dueOn(), today)))).toList();
        });
    }

    /** The due day of one car, or null if it has neither a date nor a mileage that can be projected. */
    static DueVehicle dueOf(Row row, LocalDate today, ZoneId zone) {
        BigDecimal perDay = kmPerDay(row, zone);
        LocalDate lastReadingDay = row.lastAt() == null ? today : LocalDate.ofInstant(row.lastAt(), zone);
        int lastKm = row.lastKm() == null ? row.mileage() : Math.max(row.lastKm(), row.mileage());
        Integer projectedToday = perDay == null ? null
                : lastKm + perDay.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(lastReadingDay, today)))
                        .setScale(0, RoundingMode.HALF_UP).intValue();
        LocalDate byMileage = null;
        if (row.nextServiceMileage() != null && perDay != null && perDay.signum() > 0) {
            long daysToGo = BigDecimal.valueOf(row.nextServiceMileage() - lastKm).divide(perDay, 0, RoundingMode.CEILING)
                    .longValue();
            byMileage = lastReadingDay.plusDays(daysToGo);
        }
        LocalDate byDate = row.nextServiceDate();
        if (byDate == null && byMileage == null) {
            return null;
        }
        boolean mileageFirst = byMileage != null && (byDate == null || byMileage.isBefore(byDate));
        String model = ((row.brand() == null ? "" : row.brand()) + " " + (row.model() == null ? "" : row.model())).strip();
        return new DueVehicle(row.vehicleId(), row.ownerId(), row.plate() == null ? row.vin() : row.plate(), model,
                row.ownerName(), row.mobile(), byDate, row.nextServiceMileage(), projectedToday,
                mileageFirst ? byMileage : byDate, mileageFirst, 0);
    }

    static BigDecimal kmPerDay(Row row, ZoneId zone) {
        if (row.firstAt() != null && row.lastAt() != null && row.firstKm() != null && row.lastKm() != null) {
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(row.firstAt(), zone), LocalDate.ofInstant(row.lastAt(), zone));
            if (days >= MIN_DAYS_OF_HISTORY && row.lastKm() > row.firstKm()) {
                return BigDecimal.valueOf(row.lastKm() - row.firstKm()).divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
            }
        }
        if (row.firstRegistration() != null && row.lastAt() != null) {
            int km = row.lastKm() == null ? row.mileage() : row.lastKm();
            long days = ChronoUnit.DAYS.between(row.firstRegistration(), LocalDate.ofInstant(row.lastAt(), zone));
            if (days >= MIN_DAYS_OF_HISTORY && km > 0) {
                return BigDecimal.valueOf(km).divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
            }
        }
        return null;
    }

    private String phone(String stored) {
        if (stored == null) {
            return "";
        }
        try {
            return customers.phoneForDisplay(PhoneNumber.parse(stored));
        } catch (BusinessRuleException notAPhone) {
            return stored;
        }
    }
}
