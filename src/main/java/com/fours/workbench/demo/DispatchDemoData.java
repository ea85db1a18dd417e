package com.fours.workbench.demo;

import com.fours.workbench.repair.DispatchDao;
import com.fours.workbench.repair.JobClockReason;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.LineStatus;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairPlanDao;
import com.fours.workbench.security.UserDao;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Handle;


/**
 * The demo's workshop at work: the labour of approved orders dispatched to its work group (the
 * first one to the demo technician, 张伟), running orders with a technician on the clock (one paused
 * for parts), finished orders with their clocked hours. Runs after the repair orders, through the DAO.
 */
public final class DispatchDemoData implements DemoDataContributor {

    private final Clock clock;

    public DispatchDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.dispatch";
    }

    @Override
    public int order() {
        return 45; // after the repair orders (40)
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        DispatchDao dao = handle.attach(DispatchDao.class);
        RepairPlanDao plans = handle.attach(RepairPlanDao.class);
        Instant now = clock.instant();
        long tech = handle.attach(UserDao.class).idOf("tech");
        Set<Long> busy = new HashSet<>();
        boolean techHasOne = false;
        int running = 0;
        for (DispatchDao.FloorOrder order : dao.ordersOnTheFloor()) {
            Instant since = order.statusChangedAt() == null ? now.minus(Duration.ofHours(1)) : order.statusChangedAt();
            boolean inProgress = order.status().equals("IN_PROGRESS");
            if (inProgress) {
                running++;
            }
            for (RepairLine line : plans.lines(order.id())) {
                if (line.kind() != LineKind.LABOUR || !line.approved()) {
                    continue;
                }
                List<Long> members = line.workGroupId() == null ? new ArrayList<>()
                        : new ArrayList<>(dao.members(line.workGroupId()));
                if (order.status().equals("APPROVED")) {
                    if (!techHasOne) {
                        dao.insertAssignment(line.id(), tech, null, "lead", now.minus(Duration.ofMinutes(10)));
                        techHasOne = true;
                    } else if (line.workGroupId() != null) {
                        dao.insertAssignment(line.id(), null, line.workGroupId(), "lead", now.minus(Duration.ofMinutes(10)));
                    }
                    continue;
                }
                Long who = members.stream().filter(m -> !busy.contains(m) && m != tech).findFirst()
                        .orElse(members.isEmpty() ? null : members.get(0));
                if (who == null) {
                    continue;
                }
                dao.insertAssignment(line.id(), who, null, "lead", since.minus(Duration.ofMinutes(5)));
                if (line.status() == LineStatus.IN_PROGRESS) {
                    busy.add(who);
                    Instant on = now.minus(Duration.ofMinutes(25L + 10L * running));
                    long clockId = dao.clockOn(line.id(), who, on.isBefore(since) ? since : on);
                    if (running == 3) {
                        dao.clockOff(clockId, now.minus(Duration.ofMinutes(15)), JobClockReason.WAITING_FOR_PARTS.name());
                        busy.remove(who);
                    }
                } else if (line.status() == LineStatus.DONE && line.standardHours() != null) {
                    Instant end = line.doneAt() == null ? now.minus(Duration.ofMinutes(20)) : line.doneAt();
                    long minutes = line.standardHours().multiply(java.math.BigDecimal.valueOf(60)).longValue() + 7;
                    long clockId = dao.clockOn(line.id(), who, end.minus(Duration.ofMinutes(minutes)));
                    dao.clockOff(clockId, end, JobClockReason.FINISHED.name());
                }
            }
        }
    }
}
