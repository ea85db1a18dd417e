package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * What the ledger says: what is in store per kind and since when (first in, first out), the
 * one-year limit of GB 18597-2023 and how full each storage place is, the HJ 1259 ledger of a month
 * or a year, and the figures (per kind per month, per 100 cars).
 */
public final class WasteReports {

    /** A warning this many days before a quantity has been stored for a year. */
    public static final int WARNING_DAYS = 30;
    /** A storage place from this share of its capacity on is nearly full. */
    public static final int NEAR_FULL_PERCENT = 80;
    /** Every row ever recorded (no row is dated in the future). */
    static final LocalDate EVER = LocalDate.of(9999, 12, 31);

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public WasteReports(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    public List<WasteStock> stock() {
        session.require(Permission.USE_ENVIRONMENT);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(handle -> stock(handle, today));
    }

    public List<PlaceFill> places() {
        session.require(Permission.USE_ENVIRONMENT);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(handle -> fills(handle.attach(EnvironmentDao.class).places(), stock(handle, today)));
    }

    public LedgerReport month(YearMonth month) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> ledger(handle, month.atDay(1), month.atEndOfMonth(), false));
    }

    public LedgerReport year(int year) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> ledger(handle, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), true));
    }

    public List<String> closedMonths() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(EnvironmentDao.class).closedMonths());
    }

    /** The waste an order's finished lines produced. */
    public List<WasteEntry> ofOrder(String orderNumber) {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> handle.attach(EnvironmentDao.class).entriesOfOrder(orderNumber));
    }

    /** Produced per kind per month from {@code from} to {@code to}, and per 100 cars received in the month. */
    public List<WasteMonthFigure> figures(YearMonth from, YearMonth to) {
        session.require(Permission.USE_ENVIRONMENT);
        ZoneId zone = clock.getZone();
        return transactions.read(handle -> {
            EnvironmentDao dao = handle.attach(EnvironmentDao.class);
            Map<Long, WasteKind> kinds = new HashMap<>();
            dao.kinds().forEach(k -> kinds.put(k.id(), k));
            Map<YearMonth, Integer> cars = new HashMap<>();
            List<WasteMonthFigure> figures = new ArrayList<>();
            for (EnvironmentDao.MonthQuantity q : dao.producedByMonth(from.atDay(1), to.atEndOfMonth())) {
                YearMonth month = YearMonth.of(q.ledgerYear(), q.ledgerMonth());
                int count = cars.computeIfAbsent(month, m -> dao.carsReceived(m.atDay(1).atStartOfDay(zone).toInstant(),
                        m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
                WasteKind kind = kinds.get(q.kindId());
                figures.add(new WasteMonthFigure(month, kind.id(), kind.name(), kind.unit(), q.quantity(), count,
                        count == 0 ? null : q.quantity().multiply(BigDecimal.valueOf(100))
                                .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)));
            }
            figures.sort((a, b) -> a.month().equals(b.month()) ? a.kindName().compareTo(b.kindName())
                    : a.month().compareTo(b.month()));
            return figures;
        });
    }

    static BigDecimal inStore(Handle handle, long kindId, LocalDate to) {
        return handle.attach(EnvironmentDao.class).totals(to, to).stream().filter(t -> t.kindId() == kindId)
                .findFirst().map(t -> t.opening().add(t.produced()).subtract(t.transferred())).orElse(BigDecimal.ZERO);
    }

    static List<WasteStock> stock(Handle handle, LocalDate today) {
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        Map<Long, List<EnvironmentDao.DayQuantity>> produced = new HashMap<>();
        dao.producedByDay(today).forEach(d -> produced.computeIfAbsent(d.kindId(), k -> new ArrayList<>()).add(d));
        Map<Long, BigDecimal> transferred = new HashMap<>();
        dao.transferredTotals(today).forEach(d -> transferred.put(d.kindId(), d.quantity()));
        List<WasteStock> stock = new ArrayList<>();
        for (WasteKind kind : dao.kinds()) {
            stock.add(stockOf(kind, produced.getOrDefault(kind.id(), List.of()),
                    transferred.getOrDefault(kind.id(), BigDecimal.ZERO), today));
        }
        return stock;
    }

    /**
     * A kind's stock from what it added per day (oldest first) and all it handed over: the hand-overs
     * take the oldest quantities first, so the stock is stored since the first day whose running
     * total is more than what was handed over.
     */
    static WasteStock stockOf(WasteKind kind, List<EnvironmentDao.DayQuantity> days, BigDecimal transferred,
                              LocalDate today) {
        BigDecimal running = BigDecimal.ZERO;
        LocalDate since = null;
        for (EnvironmentDao.DayQuantity day : days) {
            running = running.add(day.quantity());
            if (since == null && running.compareTo(transferred) > 0) {
                since = day.onDay();
            } else if (running.compareTo(transferred) <= 0) {
                since = null;
            }
        }
        BigDecimal inStore = running.subtract(transferred);
        if (since == null || inStore.signum() <= 0) {
            return new WasteStock(kind, running, transferred, inStore, null, null, null, StorageAlert.NONE);
        }
        LocalDate limit = since.plusYears(1);
        long daysLeft = ChronoUnit.DAYS.between(today, limit);
        StorageAlert alert = daysLeft < 0 ? StorageAlert.OVERDUE
                : daysLeft <= WARNING_DAYS ? StorageAlert.DUE_SOON : StorageAlert.NONE;
        return new WasteStock(kind, running, transferred, inStore, since, limit, daysLeft, alert);
    }

    static List<PlaceFill> fills(List<WastePlace> places, List<WasteStock> stock) {
        List<PlaceFill> fills = new ArrayList<>();
        for (WastePlace place : places) {
            BigDecimal stored = stock.stream().filter(s -> s.kind().placeId() == place.id()).map(WasteStock::inStore)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // shown rounded down, compared exactly: 79.5% is not yet nearly full
            BigDecimal exact = stored.multiply(BigDecimal.valueOf(100)).divide(place.capacity(), 6, RoundingMode.HALF_UP);
            fills.add(new PlaceFill(place, stored, exact.setScale(0, RoundingMode.DOWN).intValue(),
                    exact.compareTo(BigDecimal.valueOf(NEAR_FULL_PERCENT)) >= 0));
        }
        return fills;
    }

    static LedgerReport ledger(Handle handle, LocalDate from, LocalDate to, boolean year) {
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        Map<Long, EnvironmentDao.KindTotals> totals = new HashMap<>();
        dao.totals(from, to).forEach(t -> totals.put(t.kindId(), t));
        List<LedgerRow> rows = new ArrayList<>();
        for (WasteKind kind : dao.kinds()) {
            EnvironmentDao.KindTotals t = totals.get(kind.id());
            BigDecimal opening = t == null ? BigDecimal.ZERO : t.opening();
            BigDecimal produced = t == null ? BigDecimal.ZERO : t.produced();
            BigDecimal transferred = t == null ? BigDecimal.ZERO : t.transferred();
            rows.add(new LedgerRow(kind, opening, produced, transferred, opening.add(produced).subtract(transferred)));
        }
        List<String> closed = dao.closedMonths();
        boolean allClosed = true;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            allClosed &= closed.contains(m.toString());
        }
        return new LedgerReport(from, to, year, rows, dao.entries(from, to), dao.transfers(from, to), allClosed);
    }
}
