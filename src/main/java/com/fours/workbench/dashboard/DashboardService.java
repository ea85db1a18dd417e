package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.appointments.AppointmentFigures;
import com.fours.workbench.appointments.PeriodFigures;
import com.fours.workbench.care.CareFiguresService;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.FiguresService;
import com.fours.workbench.qc.FixRateFigures;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The manager's dashboard (经营看板, decision 0095): the figures of a period beside those of the
 * period before and of the same period last year, each read by SQL sums in a read transaction of its
 * own, the two comparisons beside the period (decision 0129).
 * The figures other tabs already compute come from their owners: first-time fix and comebacks from
 * QC, bookings and capacity from appointments, stock from the warehouse, callbacks and CSI from
 * customer care.
 */
public final class DashboardService {

    public static final String FROM = "from";
    public static final String TO = "to";
    /** A year and a day: a year from any day, leap day included. */
    static final int LONGEST_DAYS = 366;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;
    private final Executor background;

    /** {@code background}: the workbench's executor, on which the comparisons are read beside the period. */
    public DashboardService(Transactions transactions, Session session, Clock clock, Executor background) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
        this.background = background;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first of this month to today. */
    public DashboardPeriod thisMonth() {
        return new DashboardPeriod(today().withDayOfMonth(1), today());
    }

    public DashboardPeriod lastMonth() {
        return DashboardPeriod.month(YearMonth.from(today()).minusMonths(1));
    }

    /** January 1 to today. */
    public DashboardPeriod thisYear() {
        return new DashboardPeriod(today().withDayOfYear(1), today());
    }

    /** The period's figures and its two comparisons; only the service manager may read them. */
    public Dashboard read(LocalDate from, LocalDate to) {
        session.require(Permission.VIEW_DASHBOARD);
        DashboardPeriod period = checked(from, to);
        // the stock value is now's, the same for the three periods: read once (decision 0124), on this thread
        // while the comparisons' reads begin, each period taking it when it comes to its stock (decision 0131); a
        // comparison waiting for it holds its connection, and the pool has room for the three reads and this one
        FutureTask<Money> stockValue = new FutureTask<>(() -> transactions.read(FiguresService::stockValue));
        Supplier<Money> stock = () -> joined(stockValue);
        // a year to date's period before is last year's same days: read once (decision 0117)
        boolean sameDays = period.lastYear().equals(period.previous());
        FutureTask<DashboardFigures> previous = beside(period.previous(), stock);
        FutureTask<DashboardFigures> lastYear = sameDays ? previous : beside(period.lastYear(), stock);
        stockValue.run();
        DashboardFigures current = transactions.read(handle -> figures(handle, period, stock));
        return new Dashboard(current, joined(previous), joined(lastYear));
    }

    /**
     * A comparison read on another connection while this thread reads the period (decision 0129): on two
     * cores the month's three periods take the time of two. Each period is its own read transaction.
     */
    private FutureTask<DashboardFigures> beside(DashboardPeriod period, Supplier<Money> stockValue) {
        FutureTask<DashboardFigures> task = new FutureTask<>(
                () -> transactions.read(handle -> figures(handle, period, stockValue)));
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            // the workbench is closing: joined() reads it on this thread
        }
        return task;
    }

    /**
     * What a task read; read on this thread when the executor has not started it yet, so a read
     * waiting here never waits for a queue that this very thread holds up (the executor has two threads).
     */
    private static <T> T joined(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the dashboard", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One period's figures alone, e.g. for one employee's appraisal, which reads {@link DashboardFigures#technicians()}. */
    public DashboardFigures figures(LocalDate from, LocalDate to) {
        session.require(Permission.VIEW_DASHBOARD);
        DashboardPeriod period = checked(from, to);
        return transactions.read(handle -> figures(handle, period, () -> FiguresService.stockValue(handle)));
    }

    /** Refuses, next to its field, a missing day, a period that ends before it starts, runs past today or is over a year. */
    DashboardPeriod checked(LocalDate from, LocalDate to) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (from == null) {
            errors.reject(FROM, new BusinessRuleException("field.required"));
        }
        if (to == null) {
            errors.reject(TO, new BusinessRuleException("field.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.reject(TO, new BusinessRuleException("dashboard.period.backwards"));
            } else if (to.isAfter(today())) {
                errors.reject(TO, new BusinessRuleException("dashboard.period.future"));
            } else if (new DashboardPeriod(from, to).days() > LONGEST_DAYS) {
                errors.reject(FROM, new BusinessRuleException("dashboard.period.tooLong"));
            }
        }
        if (from != null && from.isAfter(today())) {
            errors.reject(FROM, new BusinessRuleException("dashboard.period.future"));
        }
        errors.throwIfAny();
        return new DashboardPeriod(from, to);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** {@code stockValue}: the stock's value now, asked for when the period's stock figures are read. */
    DashboardFigures figures(Handle handle, DashboardPeriod period, Supplier<Money> stockValue) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        DashboardDao dao = handle.attach(DashboardDao.class);
        List<DashboardDao.BillDay> days = dao.billDays(from, to);
        List<DashboardDao.LabourKind> labour = dao.labourByKind(from, to);
        AppointmentFigures bookings = PeriodFigures.read(handle, from, to);
        BigDecimal capacity = bookings.groups().stream().map(AppointmentFigures.GroupUse::available)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal booked = bookings.groups().stream().map(AppointmentFigures.GroupUse::booked)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        FixRateFigures.StoreFixRate fix = FixRateFigures.store(handle, start, end);
        return new DashboardFigures(period, days.isEmpty() ? 0 : dao.cars(from, to), carsByDay(days, period),
                carsByKind(labour), revenue(days), byPayer(days),
                sum(labour, DashboardDao.LabourKind::hours), Money.of(sum(labour, DashboardDao.LabourKind::revenue)),
                technicians(handle, dao, from, to, start, end),
                fix.rate(), fix.comebacks(), bookings.bookings(), bookings.arrived(), bookings.noShows(), capacity, booked,
                FiguresService.figures(handle, from, to, start, end, stockValue.get()),
                CareFiguresService.summary(handle, start, end, clock.instant()));
    }

    private static <T> BigDecimal sum(List<T> rows, java.util.function.Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static DashboardFigures.Revenue revenue(List<DashboardDao.BillDay> days) {
        return new DashboardFigures.Revenue(Money.of(sum(days, DashboardDao.BillDay::labour)),
                Money.of(sum(days, DashboardDao.BillDay::parts)), Money.of(sum(days, DashboardDao.BillDay::other)),
                Money.of(sum(days, DashboardDao.BillDay::discount)), Money.of(sum(days, DashboardDao.BillDay::total)),
                Money.of(sum(days, DashboardDao.BillDay::counterSales)));
    }

    /** Each payer that has a standing bill in the period, with their total. */
    private static List<DashboardFigures.PayerAmount> byPayer(List<DashboardDao.BillDay> days) {
        Map<String, BigDecimal> payers = new HashMap<>();
        days.forEach(d -> d.byPayer().forEach((payer, amount) -> payers.merge(payer, amount, BigDecimal::add)));
        return payers.entrySet().stream()
                .map(p -> new DashboardFigures.PayerAmount(Payer.valueOf(p.getKey()), Money.of(p.getValue())))
                .sorted(Comparator.comparing(DashboardFigures.PayerAmount::payer)).toList();
    }

    /** Every day of the period (a long period: every month), with the cars billed on it; none is 0 cars. */
    private static List<DashboardFigures.DayCount> carsByDay(List<DashboardDao.BillDay> billDays, DashboardPeriod period) {
        Map<LocalDate, Integer> cars = new HashMap<>();
        for (DashboardDao.BillDay d : billDays) {
            LocalDate key = period.byMonth() ? d.businessDay().withDayOfMonth(1) : d.businessDay();
            cars.merge(key, d.cars(), Integer::sum);
        }
        List<DashboardFigures.DayCount> days = new ArrayList<>();
        LocalDate first = period.byMonth() ? period.from().withDayOfMonth(1) : period.from();
        for (LocalDate d = first; !d.isAfter(period.to()); d = period.byMonth() ? d.plusMonths(1) : d.plusDays(1)) {
            days.add(new DashboardFigures.DayCount(d, cars.getOrDefault(d, 0)));
        }
        return days;
    }

    private static List<DashboardFigures.KindCount> carsByKind(List<DashboardDao.LabourKind> labour) {
        return labour.stream().filter(DashboardDao.LabourKind::onRepairLine)
                .map(k -> new DashboardFigures.KindCount(k.category() == null ? null : RepairCategory.valueOf(k.category()),
                        k.cars()))
                .sorted(Comparator.comparing(DashboardFigures.KindCount::category,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** One advisor's cars and average bill over the days [from, to], read in the caller's handle (the appraisal's). */
    public static AdvisorSales advisorSales(Handle handle, LocalDate from, LocalDate to, String advisor) {
        DashboardDao.BillSums bills = handle.attach(DashboardDao.class).billSumsOfAdvisor(from, to, advisor);
        return new AdvisorSales(bills.cars(), Ratios.per(bills.total().subtract(bills.counterSales()),
                BigDecimal.valueOf(bills.cars()), 2));
    }

    /** Cars billed and the average bill (null when no car was billed). */
    public record AdvisorSales(int cars, BigDecimal averageBill) {
    }

    /** Each technician's hours over the days [from, to] in the clock's zone, read in the caller's handle (the appraisal's). */
    public static List<TechnicianFigures> technicians(Handle handle, LocalDate from, LocalDate to, ZoneId zone) {
        return technicians(handle, handle.attach(DashboardDao.class), from, to, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Everyone who clocked or was on the workshop's calendar, by name. */
    private static List<TechnicianFigures> technicians(Handle handle, DashboardDao dao, LocalDate from, LocalDate to,
                                                       Instant start, Instant end) {
        Map<Long, BigDecimal> available = PeriodFigures.availableHours(handle, from, to);
        Map<Long, DashboardDao.Clocked> clocked = new HashMap<>();
        dao.clocked(start, end).forEach(c -> clocked.put(c.userId(), c));
        Map<Long, DashboardDao.Finished> finished = new HashMap<>();
        dao.finished(start, end).forEach(f -> finished.put(f.userId(), f));
        Set<Long> ids = new TreeSet<>(available.keySet());
        ids.addAll(clocked.keySet());
        ids.addAll(finished.keySet());
        Map<Long, String[]> names = new HashMap<>();
        if (!ids.isEmpty()) {
            dao.users(List.copyOf(ids)).forEach(u -> names.put(u.userId(), new String[] {u.username(), u.name()}));
        }
        List<TechnicianFigures> list = new ArrayList<>();
        for (long id : ids) {
            String[] name = names.getOrDefault(id, new String[] {"#" + id, "#" + id});
            DashboardDao.Clocked c = clocked.get(id);
            DashboardDao.Finished f = finished.get(id);
            list.add(new TechnicianFigures(name[0], name[1], available.getOrDefault(id, BigDecimal.ZERO).setScale(2),
                    c == null ? BigDecimal.ZERO.setScale(2) : hours(c.seconds()),
                    f == null ? BigDecimal.ZERO.setScale(2) : hours(f.seconds()),
                    f == null ? BigDecimal.ZERO.setScale(2) : f.book().setScale(2, RoundingMode.HALF_UP)));
        }
        list.sort(Comparator.comparing(TechnicianFigures::name));
        return list;
    }

    private static BigDecimal hours(BigDecimal seconds) {
        return seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
