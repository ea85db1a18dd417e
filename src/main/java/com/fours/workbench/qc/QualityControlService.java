package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.customers.VehicleService;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * The three-level sign-off (三级检验) of repair orders in QC, the completion certificate and the
 * guarantee. A round starts at the self-check when the order enters QC; each level is signed by
 * the logged-in user as the role that may sign it, only after the level below passed, and one
 * person signs at most one level of an order (in every round). The self-check is signed by a
 * technician who clocked on or was given a line of the order (any technician when nobody was:
 * an order of fees and sublet work only). A failure, with its reason, closes
 * the round and sends the order back to rework; a passed final check writes the exit date, the
 * mileage and the guarantee, and moves the order on to settlement. Every signature is audited.
 */
public final class QualityControlService {

    /** Categories whose cars may not leave without a completion certificate. */
    public static final Set<RepairCategory> CERTIFIED = EnumSet.of(RepairCategory.SECOND_LEVEL_MAINTENANCE,
            RepairCategory.ASSEMBLY_REPAIR, RepairCategory.WHOLE_VEHICLE_REPAIR);

    /** The heaviest category first: what a certificate names when an order has several. */
    static final List<RepairCategory> WEIGHT = List.of(RepairCategory.WHOLE_VEHICLE_REPAIR, RepairCategory.ASSEMBLY_REPAIR,
            RepairCategory.SECOND_LEVEL_MAINTENANCE, RepairCategory.SPECIALIST_REPAIR, RepairCategory.MINOR_REPAIR,
            RepairCategory.BODYWORK, RepairCategory.PAINT, RepairCategory.FIRST_LEVEL_MAINTENANCE, RepairCategory.WARRANTY);

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

    public QualityControlService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                                 RepairOrderService repair, VehicleService vehicles) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.repair = repair;
        this.vehicles = vehicles;
    }

    // ---- reading

    public QcSheet sheet(long orderId) {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> sheet(handle, orderId));
    }

    public static QcSheet sheet(Handle handle, long orderId) {
        RepairPlan plan = RepairOrderService.plan(handle, orderId);
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
        return new QcSheet(orderId, plan.order().number(), plan.status(), plan.version(), plan.plate(), plan.model(),
                plan.vin(), plan.customerName(), plan.mileage(), categories, round, waiting, checklist, signatures, release,
                dao.certificate(orderId).orElse(null), certificateRequired(categories), dao.comeback(orderId).orElse(null));
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

    public static boolean certificateRequired(Set<RepairCategory> categories) {
        return categories.stream().anyMatch(CERTIFIED::contains);
    }

    /** Orders in QC (with the level each waits for) and those passed but without a certificate they need. */
    public List<QcOrderRow> orders() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> {
            List<Long> ids = handle.createQuery("""
                    SELECT o.id FROM repair_order o LEFT JOIN qc_certificate c ON c.repair_order_id = o.id
                    WHERE o.status = 'IN_QC'
                       OR (o.status IN ('READY_FOR_SETTLEMENT', 'SETTLED') AND c.id IS NULL AND EXISTS (
                           SELECT 1 FROM repair_line l WHERE l.repair_order_id = o.id AND NOT l.declined
                             AND l.category IN ('SECOND_LEVEL_MAINTENANCE', 'ASSEMBLY_REPAIR', 'WHOLE_VEHICLE_REPAIR')))
                    ORDER BY COALESCE(o.status_changed_at, o.created_at), o.id
                    """).mapTo(Long.class).list();
            List<QcOrderRow> rows = new ArrayList<>();
            for (long id : ids) {
                QcSheet s = sheet(handle, id);
                Instant since = handle.createQuery("SELECT COALESCE(status_changed_at, created_at) FROM repair_order WHERE id = :id")
                        .bind("id", id).mapTo(Instant.class).one();
                rows.add(new QcOrderRow(id, s.orderNumber(), s.status(), s.plate(), s.model(), s.customerName(), s.roundNo(),
                        s.waitingFor(), since, s.certificateRequired(),
                        s.certificate() == null ? null : s.certificate().number(), s.comeback() != null));
            }
            return rows;
        });
    }

    // ---- signing

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
        Integer exitMileage = errors.check(EXIT_MILEAGE, () -> parseMileage(exitMileageText));
        if (exitMileage != null && level != QcLevel.FINAL_CHECK) {
            exitMileage = null;
        }
        errors.throwIfAny();
        Integer mileage = exitMileage;
        transactions.useTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            dao.lockOrder(orderId).orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            QcSheet sheet = sheet(handle, orderId);
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
                repair.transition(orderId, sheet.orderVersion(), RepairOrderStatus.IN_PROGRESS);
            } else if (level == QcLevel.FINAL_CHECK) {
                LocalDate exitDate = LocalDate.ofInstant(now, clock.getZone());
                int exitKm = mileage == null ? sheet.intakeMileage() : mileage;
                Guarantee g = Guarantee.of(periods(handle, sheet.categories()), exitDate, exitKm);
                dao.insertRelease(orderId, signatureId, sheet.roundNo(), exitDate, exitKm, g.category().name(), g.days(),
                        g.km(), g.until(), g.untilKm());
                if (exitKm > sheet.intakeMileage()) {
                    // the road test moved the odometer: the car's history (and its service reminders) gets the reading
                    vehicles.recordMileage(handle, RepairOrderService.plan(handle, orderId).order().vehicleId(), exitKm,
                            Optional.empty());
                }
                repair.transition(orderId, sheet.orderVersion(), RepairOrderStatus.READY_FOR_SETTLEMENT);
            }
        });
        return transactions.read(handle -> sheet(handle, orderId));
    }

    private static Integer parseMileage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip().replace(",", "").replace(" ", ""));
            if (value < 0 || value > 9_999_999) {
                throw new InvalidValueException("qc.invalid.exitMileage");
            }
            return value;
        } catch (NumberFormatException notNumber) {
            throw new InvalidValueException("qc.invalid.exitMileage");
        }
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
        Map<Long, ItemCheck> byItem = new java.util.LinkedHashMap<>();
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

    // ---- guarantee periods

    /** The period of each category: the store's where it set one, else the statutory minimum. */
    public List<GuaranteePeriod> guaranteePeriods() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> List.copyOf(periods(handle, EnumSet.allOf(RepairCategory.class))));
    }

    public static List<GuaranteePeriod> periods(Handle handle, Set<RepairCategory> categories) {
        Map<RepairCategory, GuaranteePeriod> store = new EnumMap<>(RepairCategory.class);
        for (QcDao.PeriodRow row : handle.attach(QcDao.class).storePeriods()) {
            RepairCategory c = RepairCategory.valueOf(row.category());
            store.put(c, new GuaranteePeriod(c, row.days(), row.km(), true));
        }
        List<GuaranteePeriod> periods = new ArrayList<>();
        for (RepairCategory c : new LinkedHashSet<>(categories)) {
            periods.add(store.getOrDefault(c, GuaranteePeriod.statutory(c)));
        }
        return periods;
    }

    /**
     * The store promises a longer period for a category; shorter than the statutory minimum in
     * days or km is refused. The statutory values themselves clear the store's own.
     */
    public GuaranteePeriod setGuaranteePeriod(RepairCategory category, String daysText, String kmText) {
        session.require(Permission.MANAGE_QC_CHECKLISTS);
        GuaranteePeriod statutory = GuaranteePeriod.statutory(category);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer days = errors.check("days", () -> atLeast(daysText, statutory.days(), "qc.invalid.daysBelowStatutory"));
        Integer km = errors.check("km", () -> atLeast(kmText, statutory.km(), "qc.invalid.kmBelowStatutory"));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            GuaranteePeriod before = periods(handle, Set.of(category)).get(0);
            dao.deletePeriod(category.name());
            boolean storeSet = days != statutory.days() || km != statutory.km();
            if (storeSet) {
                dao.insertPeriod(category.name(), days, km);
            }
            audit.record(handle, QcAuditAction.QC_GUARANTEE_PERIOD_SET, "qc_guarantee_period", category.name(),
                    before.days() + " d / " + before.km() + " km", days + " d / " + km + " km");
            return new GuaranteePeriod(category, days, km, storeSet);
        });
    }

    private static int atLeast(String text, int minimum, String belowKey) {
        int value;
        try {
            value = Integer.parseInt(text == null ? "" : text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("qc.invalid.wholeNumber");
        }
        if (value < minimum) {
            throw new InvalidValueException(belowKey, minimum);
        }
        if (value > 9_999_999) {
            throw new InvalidValueException("qc.invalid.wholeNumber");
        }
        return value;
    }

    // ---- certificate

    /**
     * Issues the completion certificate of an order whose final check passed, numbered without
     * gaps per year (JG2026-000001). Allowed for any order; required only for the certified
     * categories. Issuing it twice is refused with the number already given.
     */
    public Certificate issueCertificate(long orderId) {
        AuthenticatedUser user = session.require(Permission.SIGN_FINAL_CHECK);
        try {
            return issue(orderId, user);
        } catch (JdbiException e) {
            if (Transactions.isLockTimeout(e)) {
                throw new BusinessRuleException("qc.busy");
            }
            throw e;
        }
    }

    private Certificate issue(long orderId, AuthenticatedUser user) {
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            dao.lockOrder(orderId).orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            QcSheet sheet = sheet(handle, orderId);
            if (sheet.certificate() != null) {
                throw new BusinessRuleException("qc.certificateIssued", sheet.orderNumber(), sheet.certificate().number());
            }
            Release release = sheet.release();
            if (release == null) {
                throw new BusinessRuleException("qc.certificateBeforeFinal", sheet.orderNumber());
            }
            Certificate issued = insertCertificate(handle, sheet, user.username(), clock.instant(), clock.getZone());
            audit.record(handle, QcAuditAction.QC_CERTIFICATE_ISSUED, "qc_certificate", issued.id(), null,
                    "number=" + issued.number() + ", order=" + sheet.orderNumber() + ", category=" + issued.repairCategory());
            return issued;
        });
    }

    /**
     * Takes the year's next number (locking its counter row until the transaction ends) and writes
     * the certificate of a released order with its fields as they are now; the caller checks and audits.
     */
    public static Certificate insertCertificate(Handle handle, QcSheet sheet, String issuedBy, Instant now, java.time.ZoneId zone) {
        QcDao dao = handle.attach(QcDao.class);
        Release release = sheet.release();
        Signature finalCheck = sheet.signatures().stream().filter(s -> s.id() == release.signatureId()).findFirst()
                .orElseThrow();
        int year = LocalDate.ofInstant(now, zone).getYear();
        dao.ensureCounter(year);
        dao.advanceCounter(year);
        int sequence = dao.lastNumber(year);
        CertificateFacts facts = handle.createQuery("""
                SELECT c.name AS customer_name, v.plate, v.plate_color,
                       TRIM(COALESCE(v.brand, '') || ' ' || COALESCE(v.model, '')) AS vehicle_type, v.vin,
                       s.name AS shop_name, s.phone AS shop_phone
                FROM repair_order o JOIN customer c ON c.id = o.customer_id JOIN vehicle v ON v.id = o.vehicle_id
                CROSS JOIN store_profile s WHERE o.id = :id
                """).bind("id", sheet.repairOrderId()).map(ConstructorMapper.of(CertificateFacts.class)).one();
        RepairCategory category = WEIGHT.stream().filter(sheet.categories()::contains).findFirst()
                .orElse(RepairCategory.MINOR_REPAIR);
        dao.insertCertificate(sheet.repairOrderId(), number(year, sequence), year, sequence, facts.customerName(),
                facts.plate(), facts.plateColor(), facts.vehicleType(), facts.vin(), facts.shopName(), facts.shopPhone(),
                category.name(), release.exitDate(), release.exitMileage(), finalCheck.displayName(),
                release.guaranteeUntil(), release.guaranteeUntilKm(), issuedBy, now);
        return dao.certificate(sheet.repairOrderId()).orElseThrow();
    }

    record CertificateFacts(String customerName, String plate, String plateColor, String vehicleType, String vin,
                            String shopName, String shopPhone) {
    }

    static String number(int year, int sequence) {
        return "JG" + year + "-" + String.format("%06d", sequence);
    }

    // ---- figures

    /**
     * The first-time-fix rate and internal comebacks per technician (whoever clocked on a line of
     * the order) and per work group (the groups those technicians belong to; an order counts once
     * per group) for orders whose final check passed between {@code from} and {@code to}, both
     * included; failed rounds are counted when they were signed within the period. The store's
     * figure comes first, named by {@code storeName}.
     */
    public List<FixRate> fixRates(LocalDate from, LocalDate to, String storeName) {
        session.require(Permission.USE_QUALITY_CONTROL);
        if (from == null || to == null) {
            throw new InvalidValueException("qc.invalid.period");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("qc.periodBackwards");
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return transactions.read(handle -> {
            List<OrderFigure> finished = handle.createQuery("""
                    SELECT r.repair_order_id AS order_id, r.rounds FROM qc_release r JOIN qc_signature s ON s.id = r.signature_id
                    WHERE s.signed_at >= :start AND s.signed_at < :end
                    """).bind("start", start).bind("end", end).map(ConstructorMapper.of(OrderFigure.class)).list();
            List<OrderFigure> failures = handle.createQuery("""
                    SELECT repair_order_id AS order_id, COUNT(*) AS rounds FROM qc_signature
                    WHERE NOT passed AND signed_at >= :start AND signed_at < :end GROUP BY repair_order_id
                    """).bind("start", start).bind("end", end).map(ConstructorMapper.of(OrderFigure.class)).list();
            List<WorkerRow> workers = handle.createQuery("""
                    SELECT DISTINCT l.repair_order_id AS order_id, u.display_name AS technician, g.name AS work_group
                    FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id JOIN app_user u ON u.id = c.user_id
                    LEFT JOIN work_group_member m ON m.user_id = c.user_id LEFT JOIN work_group g ON g.id = m.group_id
                    WHERE c.started_at < :end
                    """).bind("end", end).map(ConstructorMapper.of(WorkerRow.class)).list();
            Map<Long, Set<String>> technicians = new java.util.HashMap<>();
            Map<Long, Set<String>> groups = new java.util.HashMap<>();
            for (WorkerRow w : workers) {
                technicians.computeIfAbsent(w.orderId(), k -> new java.util.TreeSet<>()).add(w.technician());
                if (w.workGroup() != null) {
                    groups.computeIfAbsent(w.orderId(), k -> new java.util.TreeSet<>()).add(w.workGroup());
                }
            }
            Map<String, int[]> byTechnician = new java.util.TreeMap<>();
            Map<String, int[]> byGroup = new java.util.TreeMap<>();
            int[] store = new int[3];
            for (OrderFigure f : finished) {
                add(store, f.rounds() == 1);
                for (String t : technicians.getOrDefault(f.orderId(), Set.of())) {
                    add(byTechnician.computeIfAbsent(t, k -> new int[3]), f.rounds() == 1);
                }
                for (String g : groups.getOrDefault(f.orderId(), Set.of())) {
                    add(byGroup.computeIfAbsent(g, k -> new int[3]), f.rounds() == 1);
                }
            }
            for (OrderFigure f : failures) {
                store[2] += f.rounds();
                for (String t : technicians.getOrDefault(f.orderId(), Set.of())) {
                    byTechnician.computeIfAbsent(t, k -> new int[3])[2] += f.rounds();
                }
                for (String g : groups.getOrDefault(f.orderId(), Set.of())) {
                    byGroup.computeIfAbsent(g, k -> new int[3])[2] += f.rounds();
                }
            }
            List<FixRate> rates = new ArrayList<>();
            rates.add(new FixRate(storeName, true, store[0], store[1], store[2]));
            byGroup.forEach((name, c) -> rates.add(new FixRate(name, true, c[0], c[1], c[2])));
            byTechnician.forEach((name, c) -> rates.add(new FixRate(name, false, c[0], c[1], c[2])));
            return rates;
        });
    }

    private static void add(int[] counts, boolean firstTime) {
        counts[0]++;
        if (firstTime) {
            counts[1]++;
        }
    }

    record OrderFigure(long orderId, int rounds) {
    }

    record WorkerRow(long orderId, String technician, String workGroup) {
    }

    // ---- checklists

    public List<ChecklistItem> checklistItems() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> handle.attach(QcDao.class).allItems()).stream()
                .sorted(java.util.Comparator.comparing(ChecklistItem::category,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparingInt(ChecklistItem::position))
                .toList();
    }

    /** Adds ({@code id} null) or changes a checklist item; a changed item keeps what earlier signatures recorded. */
    public ChecklistItem saveChecklistItem(Long id, int expectedVersion, RepairCategory category, String position,
                                           String textZh, String textEn, boolean active) {
        session.require(Permission.MANAGE_QC_CHECKLISTS);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String zh = textZh == null ? "" : textZh.strip();
        String en = textEn == null ? "" : textEn.strip();
        if (zh.isEmpty()) {
            errors.reject("textZh", new InvalidValueException("qc.invalid.itemTextRequired"));
        } else if (zh.length() > 200) {
            errors.reject("textZh", new InvalidValueException("qc.invalid.itemTextTooLong", 200));
        } else {
            errors.check("textZh", () -> Typed.optionalText(zh, 200));
        }
        if (en.length() > 200) {
            errors.reject("textEn", new InvalidValueException("qc.invalid.itemTextTooLong", 200));
        } else {
            errors.check("textEn", () -> Typed.optionalText(en, 200));
        }
        Integer pos = errors.check("position", () -> atLeast(position == null || position.isBlank() ? "0" : position, 0,
                "qc.invalid.wholeNumber"));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            QcDao dao = handle.attach(QcDao.class);
            String cat = category == null ? null : category.name();
            long saved;
            String before = null;
            if (id == null) {
                saved = dao.insertItem(cat, pos, zh, en.isEmpty() ? zh : en, active);
            } else {
                ChecklistItem old = dao.item(id).orElseThrow(() -> new BusinessRuleException("qc.itemNotFound", id));
                before = old.toString();
                if (dao.updateItem(id, expectedVersion, cat, pos, zh, en.isEmpty() ? zh : en, active) == 0) {
                    throw new BusinessRuleException("qc.itemChanged", old.textZh());
                }
                saved = id;
            }
            ChecklistItem item = dao.item(saved).orElseThrow();
            audit.record(handle, QcAuditAction.QC_CHECKLIST_ITEM_SAVED, "qc_checklist_item", saved, before, item.toString());
            return item;
        });
    }
}
