package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** The callback and satisfaction figures of a month, and the CSI month by month. */
public final class CareFiguresService {

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public CareFiguresService(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    public CareFigures month(YearMonth month) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> month(handle, month));
    }

    /** The CSI of the twelve months up to {@code last}, oldest first. */
    public List<CareFigures.Line> csiByMonth(YearMonth last) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            List<CareFigures.Line> lines = new ArrayList<>();
            for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
                lines.add(line(m.toString(), dao.allScores(start(m), start(m.plusMonths(1)))));
            }
            return lines;
        });
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    CareFigures month(Handle handle, YearMonth month) {
        CallbackDao dao = handle.attach(CallbackDao.class);
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));
        CallbackDao.DueTally due = dueTally(dao, from, to, clock.instant());
        int reached = nz(due.reached());
        List<CallbackDao.ScoreGroup> closed = dao.closedGroups(from, to);
        int closedCount = closed.stream().mapToInt(CallbackDao.ScoreGroup::callbacks).sum();
        List<CallbackDao.ScoreGroup> groups = closed.stream().filter(CallbackDao.ScoreGroup::reached).toList();
        int closedReached = groups.stream().mapToInt(CallbackDao.ScoreGroup::callbacks).sum();
        return new CareFigures(month, due.due(), reached, nz(due.unreachable()), CsiScore.percent(reached, due.due()),
                closedCount, closedReached, CsiScore.percent(closedReached, closedCount),
                total(groups, g -> ""), lines(groups, CallbackDao.ScoreGroup::advisor),
                lines(groups, CallbackDao.ScoreGroup::technician), lines(groups, CallbackDao.ScoreGroup::workGroup));
    }

    /**
     * The callback rate and the CSI of any period [from, to), read in the caller's handle: the same
     * figures as the month's (callbacks due up to now, surveys of the callbacks reached in the period),
     * for the manager's dashboard. Either is null when the period has none.
     */
    public static CareFigures.Summary summary(Handle handle, Instant from, Instant to, Instant now) {
        CallbackDao dao = handle.attach(CallbackDao.class);
        CallbackDao.DueTally due = dueTally(dao, from, to, now);
        CallbackDao.ScoreSum scores = dao.allScores(from, to);
        return new CareFigures.Summary(due.due(), nz(due.reached()), CsiScore.percent(nz(due.reached()), due.due()),
                scores.surveys(), CsiScore.mean(scores.scoreSum(), scores.surveys()));
    }

    /** One advisor's line of the CSI by advisor over [from, to) (the month's, by the advisor's display name); surveys 0 and CSI null when none. */
    public static CareFigures.Line advisorCsi(Handle handle, Instant from, Instant to, String advisorName) {
        List<CallbackDao.ScoreGroup> surveys = handle.attach(CallbackDao.class).closedGroups(from, to).stream()
                .filter(CallbackDao.ScoreGroup::reached).toList();
        return lines(surveys, CallbackDao.ScoreGroup::advisor).stream()
                .filter(l -> l.name().equals(advisorName)).findFirst()
                .orElse(new CareFigures.Line(advisorName, 0, 0, null));
    }

    /**
     * One agent's callbacks closed in [from, to) (the month's reach tally, per agent by username): closed,
     * reached, and the rate (null when the agent closed none).
     */
    public static CareFigures.Summary agentCallbacks(Handle handle, Instant from, Instant to, String agent) {
        CallbackDao.DueTally closed = handle.attach(CallbackDao.class).closedTallyBy(from, to, agent);
        return new CareFigures.Summary(closed.due(), nz(closed.reached()), CsiScore.percent(nz(closed.reached()), closed.due()),
                0, null);
    }

    /** Complaints received in [from, to) about orders one advisor (by username) received. */
    public static int complaintsOfAdvisor(Handle handle, Instant from, Instant to, String advisor) {
        return handle.attach(ComplaintDao.class).countOfAdvisor(from, to, advisor);
    }

    /** Callbacks first due in the period, up to now: one due tomorrow is not yet late. */
    private static CallbackDao.DueTally dueTally(CallbackDao dao, Instant from, Instant to, Instant now) {
        Instant dueUntil = to.isAfter(now) ? now : to;
        return dao.dueTally(from, dueUntil.isBefore(from) ? from : dueUntil);
    }

    private static List<CareFigures.Line> lines(List<CallbackDao.ScoreGroup> groups,
                                                Function<CallbackDao.ScoreGroup, String> by) {
        Map<String, List<CallbackDao.ScoreGroup>> byName = groups.stream()
                .collect(Collectors.groupingBy(g -> by.apply(g) == null ? "" : by.apply(g)));
        return byName.values().stream().map(named -> total(named, by))
                .sorted(Comparator.comparing(CareFigures.Line::name)).toList();
    }

    private static CareFigures.Line total(List<CallbackDao.ScoreGroup> groups,
                                          Function<CallbackDao.ScoreGroup, String> by) {
        int surveys = 0;
        int unhappy = 0;
        BigDecimal scoreSum = null;
        for (CallbackDao.ScoreGroup g : groups) {
            surveys += g.callbacks();
            unhappy += nz(g.unhappy());
            if (g.scoreSum() != null) {
                scoreSum = scoreSum == null ? g.scoreSum() : scoreSum.add(g.scoreSum());
            }
        }
        String name = groups.isEmpty() || by.apply(groups.get(0)) == null ? "" : by.apply(groups.get(0));
        return new CareFigures.Line(name, surveys, unhappy, CsiScore.mean(scoreSum, surveys));
    }

    private static CareFigures.Line line(String name, CallbackDao.ScoreSum s) {
        return new CareFigures.Line(name, s.surveys(), nz(s.unhappy()), CsiScore.mean(s.scoreSum(), s.surveys()));
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
