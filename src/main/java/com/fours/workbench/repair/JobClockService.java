package com.fours.workbench.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The job clock (工时打卡): a technician clocks on a labour line dispatched to them (or to their
 * group) and off it, finished or for a pause. Several technicians may be on one line; one
 * technician is on one line at a time. The first clock-on starts the line (and moves an approved
 * order to IN_PROGRESS through the repair workflow); the last FINISHED clock-off marks it done.
 * Times come from the injected clock.
 */
public final class JobClockService {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final RepairOrderService repairOrders;

    public JobClockService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                           RepairOrderService repairOrders) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.repairOrders = repairOrders;
    }

    /** The signed-in technician clocks on the line; refused while they are on another line. */
    public void clockOn(long lineId) {
        AuthenticatedUser user = session.require(Permission.USE_REPAIR_ORDERS);
        transactions.useTransaction(handle -> {
            DispatchDao dao = handle.attach(DispatchDao.class);
            dao.lockUser(user.id());
            for (DispatchDao.ClockRow open : dao.openClocks(user.id())) {
                if (open.lineId() == lineId) {
                    throw new BusinessRuleException("jobClock.alreadyOn", open.description());
                }
                throw new BusinessRuleException("jobClock.onAnotherJob", open.description());
            }
            RepairLine line = RepairOrderService.requireWorkable(handle, lineId);
            if (line.kind() != LineKind.LABOUR) {
                throw new BusinessRuleException("dispatch.notLabour", line.description());
            }
            if (dao.dispatchedTo(lineId, user.id()) == 0) {
                throw new BusinessRuleException("jobClock.notDispatched", line.description());
            }
            if (line.status() == LineStatus.WAITING) {
                repairOrders.lineStarted(handle, lineId);
            }
            dao.clockOn(lineId, user.id(), clock.instant());
            audit.record(handle, DispatchAuditAction.JOB_CLOCKED_ON, "repair_line", lineId, null, line.description());
        });
    }

    /**
     * The signed-in technician clocks off the line: finished, or a pause with its reason. Refused
     * when they are not clocked on it.
     */
    public void clockOff(long lineId, JobClockReason reason) {
        AuthenticatedUser user = session.require(Permission.USE_REPAIR_ORDERS);
        Objects.requireNonNull(reason, "reason");
        transactions.useTransaction(handle -> {
            DispatchDao dao = handle.attach(DispatchDao.class);
            dao.lockUser(user.id());
            DispatchDao.ClockRow open = dao.openClocks(user.id()).stream().filter(c -> c.lineId() == lineId).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("jobClock.notClockedOn", description(handle, lineId)));
            dao.clockOff(open.id(), clock.instant(), reason.name());
            if (reason == JobClockReason.FINISHED && dao.openClocksOnLine(lineId).isEmpty()) {
                repairOrders.lineDone(handle, lineId);
            }
            audit.record(handle, DispatchAuditAction.JOB_CLOCKED_OFF, "repair_line", lineId, open.description(),
                    reason.name());
        });
    }

    private static String description(org.jdbi.v3.core.Handle handle, long lineId) {
        return handle.attach(RepairPlanDao.class).line(lineId).map(RepairLine::description)
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
    }

    /** The signed-in technician's jobs: dispatched to them or their group, not done or done today. */
    public List<TechnicianJob> myJobs() {
        AuthenticatedUser user = session.require(Permission.USE_REPAIR_ORDERS);
        Instant now = clock.instant();
        Instant startOfDay = LocalDate.ofInstant(now, zone()).atStartOfDay(zone()).toInstant();
        return transactions.read(handle -> {
            DispatchDao dao = handle.attach(DispatchDao.class);
            List<Long> lineIds = dao.jobsOf(user.id(), startOfDay);
            if (lineIds.isEmpty()) {
                return List.of();
            }
            List<DispatchDao.ClockRow> clocks = dao.clocks(lineIds);
            List<TechnicianJob> jobs = new ArrayList<>();
            Map<Long, RepairPlan> plans = new LinkedHashMap<>();
            for (long lineId : lineIds) {
                RepairLine line = handle.attach(RepairPlanDao.class).line(lineId).orElseThrow();
                RepairPlan plan = plans.computeIfAbsent(line.repairOrderId(), id -> RepairOrderService.plan(handle, id));
                List<DispatchDao.ClockRow> mine = clocks.stream()
                        .filter(c -> c.lineId() == lineId && c.userId() == user.id()).toList();
                boolean on = mine.stream().anyMatch(c -> c.stoppedAt() == null);
                jobs.add(new TechnicianJob(plan.id(), plan.order().number(), plan.plate(), plan.model(), lineId,
                        line.description(), line.standardHours(), line.status(), on, minutes(mine, now),
                        plan.promisedAt()));
            }
            return jobs;
        });
    }

    /** Actual against standard hours of every labour line of the order, in total and per technician. */
    public List<LineTime> times(long orderId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        Instant now = clock.instant();
        return transactions.read(handle -> {
            RepairPlan plan = RepairOrderService.plan(handle, orderId);
            List<RepairLine> labour = plan.lines().stream().filter(l -> l.kind() == LineKind.LABOUR).toList();
            if (labour.isEmpty()) {
                return List.of();
            }
            List<DispatchDao.ClockRow> clocks = handle.attach(DispatchDao.class)
                    .clocks(labour.stream().map(RepairLine::id).toList());
            List<LineTime> times = new ArrayList<>();
            for (RepairLine line : labour) {
                List<DispatchDao.ClockRow> ofLine = clocks.stream().filter(c -> c.lineId() == line.id()).toList();
                Map<Long, List<DispatchDao.ClockRow>> byUser = new LinkedHashMap<>();
                ofLine.forEach(c -> byUser.computeIfAbsent(c.userId(), u -> new ArrayList<>()).add(c));
                List<TechnicianTime> technicians = byUser.values().stream()
                        .map(rows -> new TechnicianTime(line.id(), rows.get(0).userId(), rows.get(0).displayName(),
                                minutes(rows, now)))
                        .toList();
                times.add(new LineTime(line.id(), line.description(), line.standardHours(), minutes(ofLine, now),
                        technicians));
            }
            return times;
        });
    }

    /** Whole minutes of the stretches together (an open stretch up to now). */
    static long minutes(List<DispatchDao.ClockRow> rows, Instant now) {
        Duration total = Duration.ZERO;
        for (DispatchDao.ClockRow row : rows) {
            total = total.plus(Duration.between(row.startedAt(), row.stoppedAt() == null ? now : row.stoppedAt()));
        }
        return total.toMinutes();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
