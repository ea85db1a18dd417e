package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.customers.VehicleService;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The three-level sign-off (三级检验) of repair orders in QC. A round starts at the self-check when
 * the order enters QC; each level is signed by the logged-in user as the role that may sign it,
 * only after the level below passed, and one person signs at most one level of an order (in every
 * round). The self-check is signed by a technician who clocked on or was given a line of the order
 * (any technician when nobody was: an order of fees and sublet work only). A failure, with its
 * reason, closes the round and sends the order back to rework; a passed final check writes the exit
 * date, the mileage and the guarantee (after a maintenance, the car's next service too), and moves
 * the order on to settlement. Every signature is
 * audited; the status change runs in the signature's transaction.
 */
public final class QcSignOff {

    static final int MAX_REASON = 1000;
    static final int MAX_NOTE = 500;

    public static final String REASON = "reason";
    public static final String EXIT_MILEAGE = "exitMileage";
    public static final String ITEMS = "items";

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final RepairOrderService repair;
    private final VehicleService vehicles;

    public QcSignOff(Transactions transactions, Session session, AuditTrail audit, Clock clock, RepairOrderService repair,
                     VehicleService vehicles) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.repair = repair;
        this.vehicles = vehicles;
    }

    /** Signs a level as passed. The final check may record the odometer at exit (blank: the intake mileage). */
    public QcSheet pass(long orderId, QcLevel level, List<ItemCheck> checks, String exitMileage) {
        return sign(orderId, level, checks, true, null, exitMileage);
    }

    /** Signs a level as failed with the reason: the round closes and the order goes back to rework. */
    public QcSheet fail(long orderId, QcLevel level, List<ItemCheck> checks, String reason) {
        return sign(orderId, level, checks, false, reason, null);
    }

    private QcSheet sign(long orderId, QcLevel level, List<ItemCheck> checks, boolean passed, String reason,
                         String exitMileageText) {
        AuthenticatedUser user = session.require(Permission.USE_QUALITY_CONTROL);
        if (level == null) {
            throw new InvalidValueException("qc.invalid.level");
        }
        if (!user.may(level.permission())) {
            throw new BusinessRuleException("qc.roleNotHeld", level.role());
        }
        String why = reason == null ? "" : reason.strip();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (!passed && why.isEmpty()) {
            errors.reject(REASON, new InvalidValueException("qc.invalid.reasonRequired"));
        } else if (why.length() > MAX_REASON) {
            errors.reject(REASON, new InvalidValueException("qc.invalid.reasonTooLong", MAX_REASON));
        } else {
            errors.check(REASON, () -> Typed.optionalMultilineText(why, MAX_REASON));
        }
        Integer exitMileage = errors.check(EXIT_MILEAGE, () -> QcNumbers.mileage(exitMileageText));
        if (exitMileage != null && level != QcLevel.FINAL_CHECK) {
            exitMileage = null;
        }
        errors.throwIfAny();
        Integer mileage = exitMileage;
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            dao.lockOrder(orderId).orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            RepairPlan plan = RepairOrderService.plan(handle, orderId);
            QcSheet sheet = QcSheets.sheet(handle, plan);
            if (sheet.status() != RepairOrderStatus.IN_QC || sheet.waitingFor() == null) {
                throw new BusinessRuleException("qc.notInQc", sheet.orderNumber(), sheet.status());
            }
            requireOrder(sheet, level);
            requireDistinctSigner(sheet, level, user);
            if (level == QcLevel.SELF_CHECK && dao.clockedStretches(orderId, user.id()) == 0
                    && dao.assignments(orderId, user.id()) == 0 && dao.anyoneWorked(orderId)) {
                throw new BusinessRuleException("qc.notWorkedOn", user.displayName(), sheet.orderNumber());
            }
            Map<Long, ItemCheck> byItem = checkItems(sheet, checks, passed);
            Optional<RoadTest> roadTest = level == QcLevel.FINAL_CHECK && passed
                    ? requireRoadTest(handle, plan, sheet) : Optional.empty();
            if (mileage != null && mileage < sheet.intakeMileage()) {
                throw new InvalidFieldsException(Map.of(EXIT_MILEAGE,
                        new InvalidValueException("qc.invalid.exitMileageBelowIntake", sheet.intakeMileage())));
            }
            Instant now = clock.instant();
            long signatureId = dao.insertSignature(orderId, sheet.roundNo(), level.name(), passed, passed ? null : why,
                    user.id(), user.username(), level.role().name(), now);
            for (ChecklistItem item : sheet.checklist()) {
                ItemCheck check = byItem.get(item.id());
                if (check != null) {
                    dao.insertItemResult(signatureId, item.id(), item.textZh(), check.result().name(),
                            check.note() == null ? "" : check.note().strip());
                }
            }
            audit.record(handle, passed ? QcAuditAction.QC_LEVEL_PASSED : QcAuditAction.QC_LEVEL_FAILED, "repair_order",
                    orderId, null, "order=" + sheet.orderNumber() + ", round=" + sheet.roundNo() + ", level=" + level
                            + ", as=" + level.role() + (passed ? "" : ", reason=" + why));
            if (!passed) {
                return QcSheets.sheet(handle, repair.transition(handle, plan, sheet.orderVersion(),
                        RepairOrderStatus.IN_PROGRESS));
            }
            if (level != QcLevel.FINAL_CHECK) {
                return QcSheets.sheet(handle, plan);
            }
            // no odometer typed at exit: the road test's end reading is where the car stands
            release(handle, plan, sheet, signatureId, now, mileage != null ? mileage
                    : roadTest.map(RoadTest::endMileage).orElse(null));
            return QcSheets.sheet(handle, repair.transition(handle, plan, sheet.orderVersion(),
                    RepairOrderStatus.READY_FOR_SETTLEMENT));
        });
    }

    /** The passed final check: exit date and mileage, the guarantee, and the car's reading if the road test moved it. */
    private void release(Handle handle, RepairPlan plan, QcSheet sheet, long signatureId, Instant now, Integer mileage) {
        LocalDate exitDate = LocalDate.ofInstant(now, clock.getZone());
        int exitKm = mileage == null ? sheet.intakeMileage() : mileage;
        Guarantee g = Guarantee.of(GuaranteePeriods.periods(handle, sheet.categories()), exitDate, exitKm);
        handle.attach(QcDao.class).insertRelease(plan.id(), signatureId, sheet.roundNo(), exitDate, exitKm,
                g.category().name(), g.days(), g.km(), g.until(), g.untilKm());
        if (exitKm > sheet.intakeMileage()) {
            // the road test moved the odometer: the car's history (and its service reminders) gets the reading
            vehicles.recordMileage(handle, plan.order().vehicleId(), exitKm, Optional.empty());
        }
        if (MaintenanceIntervals.isMaintenance(sheet.categories())) {
            // a maintenance passed: the car is next due one interval on from today's date and reading (decision 0104)
            long vehicleId = plan.order().vehicleId();
            MaintenanceIntervals.ofCar(handle, vehicleId).ifPresent(interval -> {
                MaintenanceInterval.NextService next = interval.after(exitDate, exitKm);
                vehicles.recordNextService(handle, vehicleId, next.date(), next.mileage(),
                        "order=" + sheet.orderNumber() + ", interval=" + MaintenanceIntervals.describe(interval));
            });
        }
    }

    /**
     * Work the store road-tests passes its final check only after a passed road test since the
     * order last failed quality control (decision 0097).
     */
    private static Optional<RoadTest> requireRoadTest(Handle handle, RepairPlan plan, QcSheet sheet) {
        Optional<RoadTest> current = RoadTests.current(handle, plan.id());
        if (!RoadTests.required(handle, plan)) {
            return current;
        }
        if (current.isEmpty()) {
            throw new BusinessRuleException("qc.roadTest.missing", sheet.orderNumber());
        }
        if (!current.get().passed()) {
            throw new BusinessRuleException("qc.roadTest.failed", sheet.orderNumber(), current.get().remarks());
        }
        return current;
    }

    /** The level is the one the round waits for: not signed twice, none skipped. */
    private static void requireOrder(QcSheet sheet, QcLevel level) {
        if (level == sheet.waitingFor()) {
            return;
        }
        boolean signed = sheet.currentRound().stream().anyMatch(s -> s.level() == level);
        if (signed) {
            throw new BusinessRuleException("qc.levelSigned", level, sheet.roundNo());
        }
        throw new BusinessRuleException("qc.levelBelowMissing", level, sheet.waitingFor());
    }

    /** One person, one level of an order: in this round and in every earlier round of it. */
    private static void requireDistinctSigner(QcSheet sheet, QcLevel level, AuthenticatedUser user) {
        for (Signature s : sheet.signatures()) {
            if (s.userId() == user.id() && s.level() != level) {
                throw new BusinessRuleException("qc.sameSigner", user.displayName(), s.level(), sheet.orderNumber());
            }
        }
    }

    /**
     * Every item of the checklist needs a result to pass, and a passed level has no failed item;
     * a failure may leave items open (the signer stops at the first fault).
     */
    private static Map<Long, ItemCheck> checkItems(QcSheet sheet, List<ItemCheck> checks, boolean passed) {
        Map<Long, ChecklistItem> items = sheet.checklist().stream()
                .collect(Collectors.toMap(ChecklistItem::id, Function.identity()));
        Map<Long, ItemCheck> byItem = new LinkedHashMap<>();
        for (ItemCheck check : checks == null ? List.<ItemCheck>of() : checks) {
            if (check == null || !items.containsKey(check.itemId()) || check.result() == null) {
                continue;
            }
            if (check.note() != null && check.note().strip().length() > MAX_NOTE) {
                throw new BusinessRuleException("qc.noteTooLong", items.get(check.itemId()).textZh(), MAX_NOTE);
            }
            Typed.optionalMultilineText(check.note(), MAX_NOTE);
            byItem.put(check.itemId(), check);
        }
        if (passed) {
            List<String> missing = sheet.checklist().stream().filter(i -> !byItem.containsKey(i.id()))
                    .map(ChecklistItem::textZh).toList();
            if (!missing.isEmpty()) {
                throw new BusinessRuleException("qc.itemsMissing", missing.size(), missing.get(0));
            }
            for (ItemCheck check : byItem.values()) {
                if (check.result() == ItemResult.FAIL) {
                    throw new BusinessRuleException("qc.failedItemOnPass", items.get(check.itemId()).textZh());
                }
            }
        }
        return byItem;
    }
}
