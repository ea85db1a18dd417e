package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.repair.LineDoneListener;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.security.Session;

/**
 * Waste recorded as the work is done: when a repair line is finished, in its transaction, the
 * store's rules for its labour operation add their kinds, and the rules for the parts the customer
 * agreed to on the same order add theirs (per unit fitted). A line adds a kind once however often
 * it is finished (checked here, held by the ledger's unique key). Old-part rules count only when
 * the customer left the old parts to the store.
 */
public final class WasteGeneration implements LineDoneListener {

    private static final Logger LOG = LoggerFactory.getLogger(WasteGeneration.class);
    /** The intake's choice that leaves the old parts to the store (intake/OldPartsHandling). */
    private static final String DISPOSE = "DISPOSE";

    private final Session session;
    private final Clock clock;

    public WasteGeneration(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    @Override
    public void lineDone(Handle handle, RepairLine line) {
        String by = session.user().map(u -> u.username()).orElse(line.doneBy() == null ? "-" : line.doneBy());
        int added = generate(handle, line.id(), line.repairOrderId(), line.kind(), line.operationId(),
                LocalDate.now(clock), by, clock.instant());
        if (added > 0) {
            LOG.debug("Line {} finished: {} waste rows", line.id(), added);
        }
    }

    /**
     * The waste of a finished line on {@code day}: its operation's rules, and the rules of the parts
     * the customer agreed to on its order; each line and kind once. Returns the rows added.
     */
    public static int generate(Handle handle, long lineId, long orderId, LineKind kind, Long operationId,
                               LocalDate day, String by, Instant at) {
        EnvironmentDao dao = handle.attach(EnvironmentDao.class);
        EnvironmentDao.OrderOf order = dao.orderOf(orderId).orElse(null);
        if (order == null) {
            return 0;
        }
        boolean oldPartsLeft = DISPOSE.equals(order.oldParts());
        int added = 0;
        if (kind == LineKind.LABOUR && operationId != null) {
            added += add(dao, lineId, BigDecimal.ONE, dao.rulesOfOperation(operationId), oldPartsLeft, order, day, by,
                    at);
        }
        for (EnvironmentDao.PartLine part : dao.approvedPartLines(order.orderId())) {
            added += add(dao, part.id(), part.quantity(), dao.rulesOfPart(part.partId()), oldPartsLeft, order, day, by,
                    at);
        }
        return added;
    }

    private static int add(EnvironmentDao dao, long lineId, BigDecimal units, List<WasteRule> rules,
                           boolean oldPartsLeft, EnvironmentDao.OrderOf order, LocalDate day, String by, Instant at) {
        int added = 0;
        for (WasteRule rule : rules) {
            if (rule.oldPart() && !oldPartsLeft) {
                continue;
            }
            if (dao.entriesOfLine(lineId, rule.kindId()) > 0) {
                continue;
            }
            BigDecimal quantity = rule.quantityPer().multiply(units).setScale(3, RoundingMode.HALF_UP);
            if (quantity.signum() <= 0) {
                continue;
            }
            dao.insertEntry(rule.kindId(), day, WasteMovement.PRODUCED.name(), quantity,
                    (rule.oldPart() ? WasteSource.OLD_PART : WasteSource.RULE).name(), lineId, order.orderNumber(),
                    null, null, rule.source(), by, at);
            added++;
        }
        return added;
    }
}
