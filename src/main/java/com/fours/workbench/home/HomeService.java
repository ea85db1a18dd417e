package com.fours.workbench.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.parts.PurchaseOrderStatus;
import com.fours.workbench.parts.StocktakeStatus;
import com.fours.workbench.repair.FindingDao;
import com.fours.workbench.repair.ProgressContacts;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * The home page (今日): for the logged-in user, the lines of their roles, each a count, how many are
 * late and the first few items. Every line is a count and a short list read on an index, so the
 * page is cheap enough to read again every half minute.
 */
public final class HomeService {

    /** How many items a line names; the count says how many there are in all. */
    public static final int FIRST = 4;

    /** An order on its way: received and not yet handed back (nor cancelled). */
    static final List<String> ON_ITS_WAY = Stream.of(RepairOrderStatus.values())
            .filter(s -> s != RepairOrderStatus.DELIVERED && s != RepairOrderStatus.CANCELLED).map(Enum::name).toList();

    private static final List<String> EXPECTED = Stream.of(AppointmentStatus.values())
            .filter(AppointmentStatus::isOpen).map(Enum::name).toList();
    private static final List<String> RECEIVABLE = List.of(PurchaseOrderStatus.SENT.name(),
            PurchaseOrderStatus.PARTLY_RECEIVED.name());
    private static final List<String> COUNTING = List.of(StocktakeStatus.COUNTING.name(), StocktakeStatus.PAUSED.name(),
            StocktakeStatus.RECOUNTING.name());
    private static final List<String> TO_APPROVE = List.of(StocktakeStatus.COUNTED.name());

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public HomeService(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    /** The kinds of line the user's roles see, in page order. */
    public static Set<HomeLineKind> kindsFor(Set<Role> roles) {
        Set<HomeLineKind> kinds = EnumSet.noneOf(HomeLineKind.class);
        for (HomeLineKind kind : HomeLineKind.values()) {
            if (kind.isFor(roles)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * The logged-in user's page; empty when nobody is logged in (a refresh in flight as the user logs
     * out reads nothing and refuses nothing: there is no screen left to show it).
     */
    public HomePage page() {
        Instant now = clock.instant();
        AuthenticatedUser user = session.user().orElse(null);
        if (user == null) {
            return new HomePage(List.of(), now, List.of());
        }
        Set<HomeLineKind> kinds = kindsFor(user.roles());
        List<HomeLine> lines = transactions.read(handle -> {
            List<HomeLine> read = new ArrayList<>();
            for (HomeLineKind kind : kinds) {
                read.add(line(handle, kind, user, now));
            }
            HomeLine mine = line(handle, HomeLineKind.OVERDUE_5S_ACTIONS, user, now);
            if (!mine.empty()) {
                read.add(mine);
            }
            return read;
        });
        return new HomePage(lines, now, shortcuts(user));
    }

    /** The screens beyond the lines the user may open from the page: the dashboard for whoever may read it. */
    static List<HomeScreen> shortcuts(AuthenticatedUser user) {
        return user.may(Permission.VIEW_DASHBOARD) ? List.of(HomeScreen.DASHBOARD) : List.of();
    }

    /** One line, read in the caller's handle; public for the tests and the benchmark. */
    public HomeLine line(Handle handle, HomeLineKind kind, AuthenticatedUser user, Instant now) {
        HomeDao dao = handle.attach(HomeDao.class);
        ZonedDateTime here = now.atZone(clock.getZone());
        LocalDate today = here.toLocalDate();
        return switch (kind) {
            case ARRIVALS -> {
                LocalTime time = here.toLocalTime();
                List<HomeItem> items = dao.firstArrivals(today, EXPECTED, FIRST).stream()
                        .map(a -> new HomeItem(join(a.plate(), a.customerName()),
                                today.atTime(a.slot()).atZone(clock.getZone()).toInstant(), a.slot().isBefore(time), a.id()))
                        .toList();
                yield new HomeLine(kind, dao.arrivals(today, EXPECTED), dao.arrivalsLate(today, EXPECTED, time), items);
            }
            case PAST_PROMISED -> {
                int late = dao.ordersPastPromise(ON_ITS_WAY, now);
                yield new HomeLine(kind, late, late, rows(dao.firstOrdersPastPromise(ON_ITS_WAY, now, FIRST), now));
            }
            case LATE_NOT_CONTACTED -> {
                // repair's rule: late (past the latest promise, not ready) and nobody called since
                FindingDao findings = handle.attach(FindingDao.class);
                int late = ProgressContacts.lateNotContacted(findings, now);
                List<HomeItem> items = ProgressContacts.firstLateNotContacted(findings, now, FIRST).stream()
                        .map(r -> new HomeItem(join(r.number(), r.plate()), r.promisedAt(),
                                true, r.id())).toList();
                yield new HomeLine(kind, late, late, items);
            }
            case AWAITING_APPROVAL -> orders(kind, dao, List.of(RepairOrderStatus.PLANNED.name()), now);
            case READY_TO_HAND_BACK -> orders(kind, dao, List.of(RepairOrderStatus.SETTLED.name()), now);
            case TO_SETTLE -> orders(kind, dao, List.of(RepairOrderStatus.READY_FOR_SETTLEMENT.name()), now);
            case TO_DISPATCH -> new HomeLine(kind, dao.undispatched(), dao.undispatchedLate(now),
                    rows(dao.firstUndispatched(FIRST), now));
            case MY_JOBS -> new HomeLine(kind, dao.myJobs(user.id()), dao.myJobsLate(user.id(), now),
                    rows(dao.firstMyJobs(user.id(), FIRST), now));
            case SELF_CHECKS -> new HomeLine(kind, dao.selfChecks(user.id(), 0), 0,
                    plain(dao.firstSelfChecks(user.id(), 0, FIRST)));
            case RECHECKS -> new HomeLine(kind, dao.qcWaiting(1), 0, plain(dao.firstQcWaiting(1, FIRST)));
            case FINAL_CHECKS -> new HomeLine(kind, dao.qcWaiting(2), 0, plain(dao.firstQcWaiting(2, FIRST)));
            case DAYS_NOT_CLOSED -> new HomeLine(kind, dao.daysNotClosed(), dao.daysNotClosedBefore(today),
                    dao.firstDaysNotClosed(FIRST).stream().map(d -> new HomeItem("",
                            d.atStartOfDay(clock.getZone()).toInstant(), d.isBefore(today), null)).toList());
            case PICKS -> new HomeLine(kind, dao.picks(), 0, plain(dao.firstPicks(FIRST)));
            case RECEIPTS_DUE -> new HomeLine(kind, dao.receiptsDue(RECEIVABLE), 0,
                    plain(dao.firstReceiptsDue(RECEIVABLE, FIRST)));
            case COUNTS_IN_PROGRESS -> new HomeLine(kind, dao.stocktakes(COUNTING), 0,
                    plain(dao.firstStocktakes(COUNTING, FIRST)));
            case STOCKTAKES_TO_APPROVE -> new HomeLine(kind, dao.stocktakes(TO_APPROVE), 0,
                    plain(dao.firstStocktakes(TO_APPROVE, FIRST)));
            case CALLBACKS_DUE -> {
                // care's lists: due today, and overdue when due before today and still open
                Instant startOfToday = today.atStartOfDay(clock.getZone()).toInstant();
                Instant endOfToday = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
                List<HomeItem> items = dao.firstCallbacksDue(endOfToday, FIRST).stream()
                        .map(r -> new HomeItem(join(r.number(), r.plate()), r.at(), r.at().isBefore(startOfToday), r.id()))
                        .toList();
                yield new HomeLine(kind, dao.callbacksDue(endOfToday), dao.callbacksDue(startOfToday), items);
            }
            case COMPLAINTS_OVERDUE -> {
                int late = dao.complaintsOverdue(now);
                List<HomeItem> items = dao.firstComplaintsOverdue(now, FIRST).stream()
                        .map(r -> new HomeItem(join(r.number(), r.plate()), r.at(), true, r.id())).toList();
                yield new HomeLine(kind, late, late, items);
            }
            case OVERDUE_5S_ACTIONS -> {
                int late = FiveSInspections.overdueOf(handle, user.id(), today);
                List<HomeItem> items = FiveSInspections.firstOverdueOf(handle, user.id(), today, FIRST).stream()
                        .map(a -> new HomeItem(a.text(), a.dueDay().atStartOfDay(clock.getZone()).toInstant(), true,
                                a.id())).toList();
                yield new HomeLine(kind, late, late, items);
            }
            case REORDER -> {
                List<HomeDao.Reorder> first = dao.firstReorders(FIRST);
                yield new HomeLine(kind, first.isEmpty() ? 0 : first.get(0).total(), 0,
                        first.stream().map(r -> new HomeItem(r.partNumber(), null, false, r.id())).toList());
            }
        };
    }

    private HomeLine orders(HomeLineKind kind, HomeDao dao, List<String> statuses, Instant now) {
        return new HomeLine(kind, dao.orders(statuses), dao.ordersPastPromise(statuses, now),
                rows(dao.firstOrders(statuses, FIRST), now));
    }

    /** Items late when their time (the promised time) has passed. */
    private static List<HomeItem> rows(List<HomeDao.Row> rows, Instant now) {
        return rows.stream().map(r -> new HomeItem(join(r.number(), r.plate()), r.at(),
                r.at() != null && r.at().isBefore(now), r.id())).toList();
    }

    private static List<HomeItem> plain(List<HomeDao.Row> rows) {
        return rows.stream().map(r -> new HomeItem(join(r.number(), r.plate()), r.at(), false, r.id())).toList();
    }

    /** "number · plate", the number alone where there is no plate (the parts counter's spelling). */
    static String join(String first, String second) {
        if (second == null || second.isBlank()) {
            return first == null ? "" : first;
        }
        return first == null || first.isBlank() ? second : first + " · " + second;
    }
}
