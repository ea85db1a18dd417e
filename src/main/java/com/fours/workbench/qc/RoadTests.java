package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The road test (路试, rule book 3.3(5)): the store names the work that needs one (a repair category
 * or a labour operation); it is recorded on the order once the work is done, before the final
 * check, which cannot pass without a passed road test since the last failed check (decision 0097).
 */
public final class RoadTests {

    public static final String TESTED_BY = "testedBy";
    public static final String START_MILEAGE = "startMileage";
    public static final String END_MILEAGE = "endMileage";
    public static final String REMARKS = "remarks";
    static final int MAX_TESTER = 50;
    static final int MAX_REMARKS = 1000;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public RoadTests(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a road test of an order in the workshop or in QC; the end mileage is never below the start. */
    public RoadTest record(long orderId, String testedBy, String startMileage, String endMileage, boolean passed,
                           String remarks) {
        AuthenticatedUser user = session.require(Permission.USE_QUALITY_CONTROL);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String tester = errors.check(TESTED_BY, () -> Typed.requiredText(testedBy, MAX_TESTER));
        Integer start = errors.check(START_MILEAGE, () -> required(startMileage));
        Integer end = errors.check(END_MILEAGE, () -> required(endMileage));
        String note = errors.check(REMARKS, () -> Typed.optionalMultilineText(remarks, MAX_REMARKS));
        if (start != null && end != null && end < start) {
            errors.reject(END_MILEAGE, new InvalidValueException("qc.roadTest.endBelowStart", start));
        }
        if (!passed && note == null) {
            errors.reject(REMARKS, new InvalidValueException("qc.roadTest.remarksWhenFailed"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            RepairPlan plan = RepairOrderService.plan(handle, orderId);
            if (plan.status() != RepairOrderStatus.IN_PROGRESS && plan.status() != RepairOrderStatus.IN_QC) {
                throw new BusinessRuleException("qc.roadTest.notNow", plan.order().number(), plan.status());
            }
            if (start < plan.mileage()) {
                throw new InvalidFieldsException(java.util.Map.of(START_MILEAGE,
                        new InvalidValueException("qc.roadTest.startBelowIntake", plan.mileage())));
            }
            Instant now = clock.instant();
            RoadTestDao dao = handle.attach(RoadTestDao.class);
            long id = dao.insert(orderId, tester, start, end, passed, note == null ? "" : note, user.username(), now);
            audit.record(handle, QcAuditAction.QC_ROAD_TEST_RECORDED, "repair_order", orderId, null,
                    "order=" + plan.order().number() + ", by=" + tester + ", km=" + start + "-" + end + ", passed="
                            + passed + (note == null ? "" : ", remarks=" + note));
            return dao.ofOrder(orderId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        });
    }

    /** The road tests of an order, oldest first. */
    public List<RoadTest> ofOrder(long orderId) {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> handle.attach(RoadTestDao.class).ofOrder(orderId));
    }

    /** Whether the order's work needs a road test before its final check. */
    public boolean required(long orderId) {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> required(handle, RepairOrderService.plan(handle, orderId)));
    }

    public List<RoadTestRule> rules() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> handle.attach(RoadTestDao.class).rules());
    }

    /** The labour operations a rule may name. */
    public List<RoadTestOperation> operations() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> handle.attach(RoadTestDao.class).operations());
    }

    /** A rule: every order with a charged line of this category (or of this operation) is road-tested. */
    public RoadTestRule addRule(RepairCategory category, Long operationId) {
        AuthenticatedUser user = session.require(Permission.MANAGE_QC_CHECKLISTS);
        if ((category == null) == (operationId == null)) {
            throw new InvalidValueException("qc.roadTest.ruleOneOf");
        }
        return transactions.inTransaction(handle -> {
            RoadTestDao dao = handle.attach(RoadTestDao.class);
            String name = category == null ? null : category.name();
            if (dao.existing(name, operationId) > 0) {
                throw new BusinessRuleException("qc.roadTest.ruleExists");
            }
            long id = dao.insertRule(name, operationId, user.username(), clock.instant());
            audit.record(handle, QcAuditAction.QC_ROAD_TEST_RULE_SET, "road_test_rule", id, null,
                    "category=" + name + ", operation=" + operationId);
            return dao.rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        });
    }

    public void removeRule(long ruleId) {
        session.require(Permission.MANAGE_QC_CHECKLISTS);
        transactions.useTransaction(handle -> {
            RoadTestRule rule = handle.attach(RoadTestDao.class).rules().stream().filter(r -> r.id() == ruleId)
                    .findFirst().orElseThrow(() -> new BusinessRuleException("qc.roadTest.ruleNotFound"));
            handle.attach(RoadTestDao.class).deleteRule(ruleId);
            audit.record(handle, QcAuditAction.QC_ROAD_TEST_RULE_SET, "road_test_rule", ruleId,
                    "category=" + rule.category() + ", operation=" + rule.operationId(), null);
        });
    }

    /** Whether a rule names a category or an operation of the order's charged lines. */
    static boolean required(Handle handle, RepairPlan plan) {
        List<RepairLine> charged = plan.lines().stream().filter(RepairLine::charged).toList();
        List<String> categories = charged.stream().map(RepairLine::category).filter(Objects::nonNull)
                .map(RepairCategory::name).distinct().toList();
        List<Long> operations = charged.stream().map(RepairLine::operationId).filter(Objects::nonNull).distinct().toList();
        if (categories.isEmpty() && operations.isEmpty()) {
            return false;
        }
        // an empty IN list is not SQL: a value no row holds stands in for it
        return handle.attach(RoadTestDao.class).matching(categories.isEmpty() ? List.of("") : categories,
                operations.isEmpty() ? List.of(-1L) : operations) > 0;
    }

    /** The road test that counts for the final check: the last one since quality control last failed the order. */
    static Optional<RoadTest> current(Handle handle, long orderId) {
        RoadTestDao dao = handle.attach(RoadTestDao.class);
        Optional<Instant> failed = dao.lastFailure(orderId);
        List<RoadTest> tests = dao.ofOrder(orderId).stream()
                .filter(t -> failed.isEmpty() || t.recordedAt().isAfter(failed.get())).toList();
        return tests.isEmpty() ? Optional.empty() : Optional.of(tests.get(tests.size() - 1));
    }

    private static Integer required(String typed) {
        Integer km = QcNumbers.mileage(typed);
        if (km == null) {
            throw new InvalidValueException("field.required");
        }
        return km;
    }
}
