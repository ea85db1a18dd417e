package com.fours.workbench.qc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * Reads the QC sheet of an order (its checklist, signatures, rounds, release, certificate and
 * comeback, and the level it waits for) and the list of orders QC has to look at.
 */
public final class QcSheets {

    private final Transactions transactions;
    private final Session session;

    public QcSheets(Transactions transactions, Session session) {
        this.transactions = transactions;
        this.session = session;
    }

    public QcSheet sheet(long orderId) {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> sheet(handle, orderId));
    }

    static QcSheet sheet(Handle handle, long orderId) {
        return sheet(handle, RepairOrderService.plan(handle, orderId));
    }

    /** The sheet of an order whose plan the caller has just read in this transaction. */
    static QcSheet sheet(Handle handle, RepairPlan plan) {
        long orderId = plan.id();
        QcDao dao = handle.attach(QcDao.class);
        Set<RepairCategory> categories = categories(plan);
        List<ChecklistItem> checklist = dao.itemsFor(categories.stream().map(Enum::name).toList());
        Map<Long, List<ItemOutcome>> outcomes = dao.itemOutcomes(orderId).stream()
                .collect(Collectors.groupingBy(ItemOutcome::signatureId));
        List<Signature> signatures = dao.signatures(orderId).stream()
                .map(r -> toSignature(r).withItems(outcomes.getOrDefault(r.id(), List.of()))).toList();
        Release release = dao.release(orderId).orElse(null);
        int failures = (int) signatures.stream().filter(s -> !s.passed()).count();
        int round = release != null ? release.rounds() : failures + 1;
        QcLevel waiting = null;
        if (plan.status() == RepairOrderStatus.IN_QC && release == null) {
            waiting = QcLevel.SELF_CHECK;
            for (Signature s : signatures) {
                if (s.roundNo() == round && s.passed() && s.level() != QcLevel.FINAL_CHECK) {
                    waiting = QcLevel.values()[s.level().ordinal() + 1];
                }
            }
        }
        boolean roadTestRequired = RoadTests.required(handle, plan);
        Optional<RoadTest> roadTest = RoadTests.current(handle, orderId);
        return new QcSheet(orderId, plan.order().number(), plan.status(), plan.version(), plan.plate(), plan.model(),
                plan.vin(), plan.customerName(), plan.mileage(), categories, round, waiting, checklist, signatures, release,
                dao.certificate(orderId).orElse(null), CompletionCertificates.required(categories),
                dao.comeback(orderId).orElse(null), RoadTestStatus.of(roadTestRequired, roadTest), roadTest.orElse(null),
                release != null && MaintenanceIntervals.isMaintenance(categories)
                        ? handle.attach(MaintenanceIntervalDao.class).nextService(plan.order().vehicleId()).orElse(null)
                        : null);
    }

    private static Signature toSignature(QcDao.SignatureRow r) {
        return new Signature(r.id(), r.repairOrderId(), r.roundNo(), QcLevel.valueOf(r.level()), r.passed(), r.reason(),
                r.userId(), r.username(), r.displayName(), Role.valueOf(r.signedAs()), r.signedAt(), List.of());
    }

    /** The categories of the order's charged (not declined) lines. */
    static Set<RepairCategory> categories(RepairPlan plan) {
        Set<RepairCategory> categories = EnumSet.noneOf(RepairCategory.class);
        for (RepairLine line : plan.lines()) {
            if (line.charged() && line.category() != null) {
                categories.add(line.category());
            }
        }
        return categories;
    }

    /** Orders in QC (with the level each waits for) and those passed but without a certificate they need. */
    public List<QcOrderRow> orders() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            List<QcOrderRow> rows = new ArrayList<>();
            for (QcDao.WaitingOrder waiting : dao.ordersForQc(List.copyOf(CompletionCertificates.CERTIFIED_NAMES))) {
                QcSheet s = sheet(handle, waiting.id());
                Instant since = waiting.since();
                rows.add(new QcOrderRow(waiting.id(), s.orderNumber(), s.status(), s.plate(), s.model(), s.customerName(),
                        s.roundNo(), s.waitingFor(), since, s.certificateRequired(),
                        s.certificate() == null ? null : s.certificate().number(), s.comeback() != null));
            }
            return rows;
        });
    }
}
