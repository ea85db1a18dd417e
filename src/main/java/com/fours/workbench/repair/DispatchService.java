package com.fours.workbench.repair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Dispatch (派工): the team lead gives an approved labour line to a technician or to a work group
 * (the appointments feature's groups and their members). Giving it to someone else ends the
 * current assignment and adds a new one, so who had it stays in the history; every change is audited.
 */
public final class DispatchService {

    static final List<String> WORKSHOP_ROLES = List.of("TECHNICIAN", "TEAM_LEAD");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public DispatchService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Labour lines of approved and running orders not done yet, soonest promised first, with who has them. */
    public List<DispatchJob> jobs() {
        session.require(Permission.DISPATCH_JOBS);
        return transactions.read(handle -> handle.attach(DispatchDao.class).dispatchJobs().stream()
                .map(j -> new DispatchJob(j.orderId(), j.orderNumber(), RepairPlans.plateDisplay(j.plate()),
                        j.model().strip(), j.promisedAt(), j.lineId(), j.description(), j.standardHours(), j.status(),
                        j.assignee()))
                .toList());
    }

    /** Work groups first, then technicians: who a job can be given to. */
    public List<DispatchTarget> targets() {
        session.require(Permission.DISPATCH_JOBS);
        return transactions.read(handle -> {
            DispatchDao dao = handle.attach(DispatchDao.class);
            List<DispatchTarget> all = new ArrayList<>(dao.groups());
            all.addAll(dao.technicians(WORKSHOP_ROLES));
            return all;
        });
    }

    /** Every assignment the line had, oldest first; the last one without an end is the current one. */
    public List<JobAssignment> history(long lineId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(DispatchDao.class).assignments(lineId));
    }

    /** Gives the line to the target; refused for work that may not be done now or when it already has it. */
    public JobAssignment assign(long lineId, DispatchTarget target) {
        session.require(Permission.DISPATCH_JOBS);
        if (target == null) {
            throw new BusinessRuleException("dispatch.unknownTarget", "");
        }
        return transactions.inTransaction(handle -> {
            RepairLine line = RepairOrderService.requireWorkable(handle, lineId);
            if (line.kind() != LineKind.LABOUR) {
                throw new BusinessRuleException("dispatch.notLabour", line.description());
            }
            DispatchDao dao = handle.attach(DispatchDao.class);
            requireKnown(dao, target);
            Optional<JobAssignment> current = dao.currentAssignment(lineId);
            if (current.isPresent() && Objects.equals(current.get().technicianId(), target.technicianId())
                    && Objects.equals(current.get().workGroupId(), target.workGroupId())) {
                throw new BusinessRuleException("dispatch.alreadyAssigned", line.description(), current.get().assignee());
            }
            dao.endAssignments(lineId, clock.instant());
            long id = dao.insertAssignment(lineId, target.technicianId(), target.workGroupId(),
                    session.requireUser().username(), clock.instant());
            JobAssignment made = dao.assignments(lineId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
            audit.record(handle, DispatchAuditAction.JOB_DISPATCHED, "repair_line", lineId,
                    current.map(JobAssignment::assignee).orElse(null), line.description() + " → " + made.assignee());
            return made;
        });
    }

    private static void requireKnown(DispatchDao dao, DispatchTarget target) {
        boolean known = target.isGroup()
                ? dao.groups().stream().anyMatch(g -> g.workGroupId().equals(target.workGroupId()))
                : target.technicianId() != null && dao.technicians(WORKSHOP_ROLES).stream()
                        .anyMatch(t -> t.technicianId().equals(target.technicianId()));
        if (!known) {
            throw new BusinessRuleException("dispatch.unknownTarget", String.valueOf(target.name()));
        }
    }
}
