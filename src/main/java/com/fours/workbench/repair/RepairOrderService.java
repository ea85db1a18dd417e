package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.MoneyColumnMapper;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.parts.ReservationResult;
import com.fours.workbench.parts.ReservationService;
import com.fours.workbench.parts.ReservationStatus;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The repair plan of an order and its workflow: lines, canned jobs, parts reserved in the
 * warehouse, the customer's approvals, the margin rule and the guarded status changes. Every
 * change names the version of the order it was made on; a change on an older version is refused
 * with what the others changed since ({@link OrderChangedException}).
 */
public final class RepairOrderService {

    private static final int HOURS_SCALE = 2;
    private static final BigDecimal MAX_HOURS = new BigDecimal("999");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReservationService reservations;
    private final List<TransitionGuard> guards;

    public RepairOrderService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                              ReservationService reservations, List<TransitionGuard> guards) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.reservations = reservations;
        this.guards = new ArrayList<>(guards);
    }

    /** Another feature (quality control, the cashier) adds its rule for status changes. */
    public void addGuard(TransitionGuard guard) {
        guards.add(guard);
    }

    /**
     * Another feature's say on who pays a line, in the transaction that adds or changes it
     * (quality control: the labour of a guarantee comeback is the store's). {@code lineId} is null
     * for a new line.
     */
    public interface PayerRule {
        Payer payer(Handle handle, long orderId, Long lineId, LineKind kind, Payer asked);
    }

    private final List<PayerRule> payerRules = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void addPayerRule(PayerRule rule) {
        payerRules.add(rule);
    }

    private Payer payer(Handle handle, long orderId, Long lineId, LineKind kind, Payer asked) {
        Payer payer = asked;
        for (PayerRule rule : payerRules) {
            payer = rule.payer(handle, orderId, lineId, kind, payer);
        }
        return payer;
    }

    // ---- reading

    public RepairPlan plan(long orderId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> plan(handle, orderId));
    }

    /** The plan in the caller's transaction: for dispatch, the clock, the board and the prints. */
    public static RepairPlan plan(Handle handle, long orderId) {
        RepairOrder order = handle.attach(RepairOrderDao.class).find(orderId)
                .orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        List<RepairLine> lines = dao.lines(orderId);
        RepairTotals totals = RepairTotals.of(lines);
        Money estimate = dao.approvedEstimate(orderId).orElse(null);
        BigDecimal margin = dao.approvalMarginPercent();
        Header header = handle.createQuery("""
                SELECT v.plate, COALESCE(v.brand, '') || CASE WHEN v.model IS NULL THEN '' ELSE ' ' || v.model END AS model,
                       v.vin, c.name AS customer_name, i.approval_contact, i.mileage, i.promised_at, i.complaint,
                       COALESCE(u.display_name, o.advisor) AS advisor_name
                FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id JOIN customer c ON c.id = o.customer_id
                JOIN intake i ON i.id = o.intake_id LEFT JOIN app_user u ON u.username = o.advisor WHERE o.id = :id
                """).bind("id", orderId).map(ConstructorMapper.of(Header.class)).one();
        return new RepairPlan(order, header.advisorName(), plateDisplay(header.plate()), header.model().strip(), header.vin(), header.customerName(),
                header.approvalContact(), header.mileage(), header.promisedAt(), header.complaint(), estimate, lines,
                dao.approvals(orderId), totals, overApproved(totals.total(), estimate, margin));
    }

    record Header(String plate, String model, String vin, String customerName, String approvalContact, int mileage,
                  Instant promisedAt, String complaint, String advisorName) {
    }

    /** A stored plate as people read it (粤A·12345); an unreadable one as stored. */
    static String plateDisplay(String stored) {
        return stored == null || stored.isBlank() ? null : PlateNumber.displayOf(stored);
    }

    /** The margin rule: true when the running total is above the approved estimate by more than the margin. */
    static boolean overApproved(Money total, Money approvedEstimate, BigDecimal marginPercent) {
        if (approvedEstimate == null) {
            return false;
        }
        BigDecimal limit = approvedEstimate.amount().multiply(BigDecimal.ONE.add(marginPercent.movePointLeft(2)));
        return total.amount().compareTo(limit) > 0;
    }

    /** Orders whose number, plate or customer contains the text, in the given statuses (all when empty), newest first. */
    public List<RepairOrderRow> orders(String text, Set<RepairOrderStatus> statuses, int limit) {
        session.require(Permission.USE_REPAIR_ORDERS);
        String like = "%" + (text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", ""))
                + "%";
        List<String> wanted = (statuses == null || statuses.isEmpty() ? Set.of(RepairOrderStatus.values()) : statuses)
                .stream().map(Enum::name).toList();
        return transactions.read(handle -> handle.createQuery("""
                SELECT o.id, o.number, o.status, v.plate,
                       COALESCE(v.brand, '') || CASE WHEN v.model IS NULL THEN '' ELSE ' ' || v.model END AS model,
                       c.name AS customer_name, o.advisor, o.created_at, i.promised_at,
                       COALESCE((SELECT SUM(l.amount) FROM repair_line l WHERE l.repair_order_id = o.id AND NOT l.declined), 0)
                           AS total,
                       o.version
                FROM repair_order o JOIN vehicle v ON v.id = o.vehicle_id JOIN customer c ON c.id = o.customer_id
                JOIN intake i ON i.id = o.intake_id
                WHERE o.status IN (<statuses>)
                  AND (UPPER(o.number) LIKE :like OR UPPER(COALESCE(v.plate, '')) LIKE :like OR UPPER(c.name) LIKE :like)
                ORDER BY o.created_at DESC, o.id DESC
                LIMIT :limit
                """).bindList("statuses", wanted).bind("like", like).bind("limit", limit)
                .registerColumnMapper(new MoneyColumnMapper())
                .map(ConstructorMapper.of(RepairOrderRow.class)).stream()
                .map(r -> new RepairOrderRow(r.id(), r.number(), r.status(), plateDisplay(r.plate()), r.model(),
                        r.customerName(), r.advisor(), r.createdAt(), r.promisedAt(), r.total(), r.version()))
                .toList());
    }

    /** What changed on an order since a version: what the screen shows a second editor. */
    public List<RepairChange> changesSince(long orderId, int version) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(RepairPlanDao.class).changesSince(orderId, version));
    }

    /** The rate a labour line of this category is charged at: the category's own, else the store's. */
    public static Money rate(Handle handle, RepairCategory category) {
        if (category == null) {
            throw new BusinessRuleException("labourRate.categoryRequired");
        }
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        return dao.categoryRate(category.name()).or(dao::storeRate)
                .orElseThrow(() -> new BusinessRuleException("labourRate.none", category));
    }

    /**
     * Active parts whose number, barcode or name contains the text, with stock and retail price: what
     * the advisor picks a part line from (advisors do not use the warehouse screens).
     */
    public List<PartChoice> findParts(String text, int limit) {
        session.require(Permission.USE_REPAIR_ORDERS);
        String cleaned = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
        return transactions.read(handle -> {
            List<Long> ids = handle.createQuery("""
                    SELECT id FROM part WHERE active AND (UPPER(part_number) LIKE :like OR UPPER(name_zh) LIKE :like
                        OR UPPER(COALESCE(name_en, '')) LIKE :like)
                    ORDER BY part_number LIMIT :limit
                    """).bind("like", "%" + cleaned + "%").bind("limit", limit).mapTo(Long.class).list();
            List<PartChoice> choices = new ArrayList<>();
            PartsService.lookup(handle, cleaned).filter(p -> !ids.contains(p.id())).ifPresent(p -> choices.add(choice(handle, p)));
            for (long id : ids) {
                choices.add(choice(handle, PartsService.load(handle, id)));
            }
            return choices;
        });
    }

    private static PartChoice choice(Handle handle, Part part) {
        return new PartChoice(part.id(), part.partNumber(), part.nameZh(), StockLedger.onHand(handle, part.id()),
                PartsService.retailPrice(handle, part));
    }

    // ---- lines

    /**
     * Adds a line. A part line reserves the part in the warehouse in the same transaction; when the
     * store cannot cover it the line is refused with a {@link PartShortageException} unless
     * {@code raisePurchaseRequest}, which adds it with a purchase request for the shortage.
     */
    public RepairPlan addLine(long orderId, int expectedVersion, LineInput input, boolean raisePurchaseRequest) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            requireEditable(before);
            RepairLine line = insertLine(handle, before.order(), input, raisePurchaseRequest);
            requireStorableTotal(handle, orderId);
            finishChange(handle, before, ChangeKind.LINE_ADDED, line.description());
            audit.record(handle, RepairAuditAction.REPAIR_LINE_ADDED, "repair_order", orderId, null, auditText(line));
            afterLinesChanged(handle, before);
            return plan(handle, orderId);
        });
    }

    /** Changes a line; a changed line needs the customer's word again. A part line is reserved anew. */
    public RepairPlan changeLine(long orderId, int expectedVersion, long lineId, LineInput input,
                                 boolean raisePurchaseRequest) {
        session.require(Permission.USE_REPAIR_ORDERS);
        if (input == null || input.kind() == null) {
            throw new InvalidValueException("repairLine.invalid.kind");
        }
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            requireEditable(before);
            RepairLine old = lineOf(before, lineId);
            requireNotStarted(old);
            RepairPlanDao dao = handle.attach(RepairPlanDao.class);
            RepairLine changed;
            if (old.kind() == LineKind.PART || input.kind() == LineKind.PART || old.kind() != input.kind()) {
                releaseReservation(handle, old);
                dao.deleteLine(lineId);
                changed = insertLine(handle, before.order(), input, raisePurchaseRequest, old.lineNo());
            } else {
                Priced priced = price(handle, input);
                dao.updateLine(lineId, priced.description(), priced.category() == null ? null : priced.category().name(),
                        priced.quantity(), priced.unitPrice().amount(), priced.amount().amount(),
                        payer(handle, orderId, lineId, input.kind(), priced.payer()).name(), priced.workGroupId());
                changed = dao.line(lineId).orElseThrow();
            }
            requireStorableTotal(handle, orderId);
            finishChange(handle, before, ChangeKind.LINE_CHANGED, changed.description());
            audit.record(handle, RepairAuditAction.REPAIR_LINE_CHANGED, "repair_order", orderId, auditText(old),
                    auditText(changed));
            return plan(handle, orderId);
        });
    }

    /** Removes a line that no work and no issued part depends on; its reservation is released. */
    public RepairPlan removeLine(long orderId, int expectedVersion, long lineId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            requireEditable(before);
            RepairLine old = lineOf(before, lineId);
            requireNotStarted(old);
            releaseReservation(handle, old);
            handle.attach(RepairPlanDao.class).deleteLine(lineId);
            finishChange(handle, before, ChangeKind.LINE_REMOVED, old.description());
            audit.record(handle, RepairAuditAction.REPAIR_LINE_REMOVED, "repair_order", orderId, auditText(old), null);
            return plan(handle, orderId);
        });
    }

    /** Adds every operation and part of a canned job as lines, all or none. */
    public RepairPlan applyCannedJob(long orderId, int expectedVersion, long cannedJobId, boolean raisePurchaseRequests) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            requireEditable(before);
            CannedJob job = LabourCatalog.cannedJob(handle, cannedJobId);
            if (!job.active()) {
                throw new BusinessRuleException("cannedJob.inactive", job.code());
            }
            for (CannedJobItem item : job.items()) {
                LineInput input = item.operationId() != null
                        ? LineInput.labour(item.operationId(), item.quantity(), Payer.CUSTOMER)
                        : LineInput.part(item.partId(), item.quantity(), Payer.CUSTOMER);
                RepairLine line = insertLine(handle, before.order(), input, raisePurchaseRequests);
                audit.record(handle, RepairAuditAction.REPAIR_LINE_ADDED, "repair_order", orderId, null, auditText(line));
            }
            finishChange(handle, before, ChangeKind.CANNED_JOB_APPLIED, job.nameZh());
            afterLinesChanged(handle, before);
            return plan(handle, orderId);
        });
    }

    private RepairLine insertLine(Handle handle, RepairOrder order, LineInput input, boolean raisePurchaseRequest) {
        return insertLine(handle, order, input, raisePurchaseRequest,
                handle.attach(RepairPlanDao.class).nextLineNo(order.id()));
    }

    private RepairLine insertLine(Handle handle, RepairOrder order, LineInput input, boolean raisePurchaseRequest,
                                  int lineNo) {
        Priced p = price(handle, input);
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        long lineId = dao.insertLine(order.id(), lineNo, input.kind().name(), p.operationId(), p.partId(),
                p.description(), p.category() == null ? null : p.category().name(), p.quantity(), p.standardHours(),
                p.unitPrice().amount(), p.amount().amount(), payer(handle, order.id(), null, input.kind(), p.payer()).name(),
                p.workGroupId(), session.requireUser().username(), clock.instant());
        if (input.kind() == LineKind.PART) {
            ReservationResult reserved = reservations.reserve(order.id(), lineId, p.partId(), p.quantity());
            if (reserved.shortage().signum() > 0 && !raisePurchaseRequest) {
                // the whole transaction rolls back: no line, no reservation, no request
                throw new PartShortageException(reserved.reservation().partNumber(), reserved.reservation().partName(),
                        reserved.shortage(), Quantity.display(reserved.shortage()));
            }
            dao.setReservation(lineId, reserved.reservation().id());
        }
        return dao.line(lineId).orElseThrow();
    }

    /** The order's lines add up to what a bill's DECIMAL(14,2) total can hold; otherwise the change is refused. */
    private static void requireStorableTotal(Handle handle, long orderId) {
        Money total = plan(handle, orderId).totals().total();
        if (total.amount().abs().compareTo(Money.MAX_STORED) > 0) {
            throw new BusinessRuleException("repairOrder.totalTooLarge", total.toPlainString());
        }
    }

    /** A line checked and priced: amount = quantity × unit price, rounded half-up to the fen. */
    public record Priced(Long operationId, Long partId, String description, RepairCategory category, BigDecimal quantity,
                  BigDecimal standardHours, Money unitPrice, Money amount, Payer payer, Long workGroupId) {
    }

    public static Priced price(Handle handle, LineInput input) {
        if (input == null || input.kind() == null) {
            throw new InvalidValueException("repairLine.invalid.kind");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        BigDecimal quantity = input.quantity();
        if (quantity == null || quantity.signum() <= 0) {
            errors.reject(LineInput.QUANTITY, new InvalidValueException(
                    input.kind() == LineKind.LABOUR ? "repairLine.invalid.hours" : "repairLine.invalid.quantity"));
        } else if (input.kind() == LineKind.LABOUR
                && (quantity.stripTrailingZeros().scale() > HOURS_SCALE || quantity.compareTo(MAX_HOURS) > 0)) {
            errors.reject(LineInput.QUANTITY, new InvalidValueException("repairLine.invalid.hours"));
        } else {
            errors.check(LineInput.QUANTITY, () -> Quantity.check(quantity, false));
        }
        if (input.unitPrice() != null && input.unitPrice().isNegative()) {
            errors.reject(LineInput.UNIT_PRICE, new InvalidValueException("repairLine.invalid.price"));
        } else if (input.unitPrice() != null) {
            errors.check(LineInput.UNIT_PRICE, input.unitPrice()::storable);
        }
        String typedDescription = errors.check(LineInput.DESCRIPTION, () -> Typed.optionalText(input.description(), 200));
        String description = typedDescription == null ? "" : typedDescription;
        errors.throwIfAny();
        LabourCatalog.requireWorkGroup(handle, input.workGroupId());
        Priced priced = priceChecked(handle, input, errors, quantity, description);
        try {
            priced.amount().storable();
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(java.util.Map.of(LineInput.UNIT_PRICE, e));
        }
        return priced;
    }

    private static Priced priceChecked(Handle handle, LineInput input, InvalidFieldsException.Collector errors,
                                       BigDecimal quantity, String description) {
        Payer payer = input.payer() == null ? Payer.CUSTOMER : input.payer();
        switch (input.kind()) {
            case LABOUR -> {
                LabourOperation op = input.operationId() == null ? null : LabourCatalog.operation(handle, input.operationId());
                RepairCategory category = input.category() != null ? input.category() : op == null ? null : op.category();
                if (op == null && description.isEmpty()) {
                    errors.reject(LineInput.DESCRIPTION, new InvalidValueException("repairLine.invalid.description"));
                }
                if (category == null) {
                    errors.reject(LineInput.CATEGORY, new InvalidValueException("labourRate.categoryRequired"));
                }
                errors.throwIfAny();
                Money rate = input.unitPrice() != null ? input.unitPrice() : rate(handle, category);
                BigDecimal hours = quantity.setScale(HOURS_SCALE, RoundingMode.UNNECESSARY);
                return new Priced(op == null ? null : op.id(), null, description.isEmpty() ? op.nameZh() : description,
                        category, hours, op == null ? null : op.standardHours(), rate, rate.times(hours), payer,
                        input.workGroupId() != null ? input.workGroupId() : op == null ? null : op.workGroupId());
            }
            case PART -> {
                if (input.partId() == null) {
                    errors.reject(LineInput.ITEM, new InvalidValueException("repairLine.invalid.part"));
                }
                errors.throwIfAny();
                Part part = PartsService.load(handle, input.partId());
                Money price = input.unitPrice() != null ? input.unitPrice() : PartsService.retailPrice(handle, part);
                return new Priced(null, part.id(), description.isEmpty() ? part.nameZh() : description, input.category(),
                        quantity, null, price, price.times(quantity), payer, null);
            }
            default -> {
                if (description.isEmpty()) {
                    errors.reject(LineInput.DESCRIPTION, new InvalidValueException("repairLine.invalid.description"));
                }
                if (input.unitPrice() == null) {
                    errors.reject(LineInput.UNIT_PRICE, new InvalidValueException("repairLine.invalid.price"));
                }
                errors.throwIfAny();
                return new Priced(null, null, description, input.category(), quantity, null, input.unitPrice(),
                        input.unitPrice().times(quantity), payer, input.workGroupId());
            }
        }
    }

    private void releaseReservation(Handle handle, RepairLine line) {
        if (line.reservationId() == null) {
            return;
        }
        Reservation r = reservation(handle, line.reservationId());
        if (r.issued().subtract(r.returned()).signum() > 0) {
            throw new BusinessRuleException("repairLine.partsIssued", line.description(), Quantity.display(r.issued()));
        }
        if (r.status() == ReservationStatus.OPEN) {
            reservations.release(r.id());
        }
    }

    private static Reservation reservation(Handle handle, long reservationId) {
        return handle.createQuery("""
                SELECT r.id, r.repair_order_id, r.repair_order_line_id, r.part_id, p.part_number, p.name_zh AS part_name,
                       p.unit, r.quantity, r.issued, r.returned, r.status, r.served_from_stock, r.created_at, r.version
                FROM stock_reservation r JOIN part p ON p.id = r.part_id WHERE r.id = :id
                """).bind("id", reservationId).map(ConstructorMapper.of(Reservation.class)).one();
    }

    private static void requireEditable(RepairPlan plan) {
        if (!RepairWorkflow.EDITABLE.contains(plan.status())) {
            throw new BusinessRuleException("repairOrder.notEditable", plan.order().number(), plan.status());
        }
    }

    private static void requireNotStarted(RepairLine line) {
        if (line.status() != LineStatus.WAITING) {
            throw new BusinessRuleException("repairLine.started", line.description());
        }
    }

    private static RepairLine lineOf(RepairPlan plan, long lineId) {
        return plan.lines().stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
    }

    /** A received order with a plan is planned. */
    private void afterLinesChanged(Handle handle, RepairPlan before) {
        if (before.status() == RepairOrderStatus.RECEIVED) {
            handle.attach(RepairPlanDao.class).setStatus(before.id(), RepairOrderStatus.PLANNED.name(), clock.instant());
        }
    }

    // ---- approval

    /**
     * Records the customer's word on every line waiting for it: the lines in
     * {@link ApprovalInput#declinedLineIds()} are declined and kept as recommendations, the others
     * approved. The approved estimate becomes the sum of the approved lines; a planned order is approved.
     */
    public RepairPlan approve(long orderId, int expectedVersion, ApprovalInput input) {
        session.require(Permission.USE_REPAIR_ORDERS);
        checkApproval(input);
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            requireEditable(before);
            if (before.lines().isEmpty()) {
                throw new BusinessRuleException("repairApproval.emptyPlan", before.order().number());
            }
            List<RepairLine> pending = before.pendingLines();
            if (pending.isEmpty()) {
                throw new BusinessRuleException("repairApproval.nothingPending", before.order().number());
            }
            Money approvedNow = Money.ZERO;
            Money declinedNow = Money.ZERO;
            for (RepairLine line : pending) {
                if (input.declinedLineIds().contains(line.id())) {
                    declinedNow = declinedNow.plus(line.amount());
                } else {
                    approvedNow = approvedNow.plus(line.amount());
                }
            }
            Money estimate = before.totals().approved().plus(approvedNow);
            RepairPlanDao dao = handle.attach(RepairPlanDao.class);
            long approvalId = dao.insertApproval(orderId, input.method().name(), Typed.requiredText(input.customerName(), 100),
                    Typed.optionalText(input.calledBy(), 50), input.calledAt(), Typed.optionalText(input.phone(), 30),
                    Typed.optionalMultilineText(input.whatWasSaid(), 1000), estimate.amount(), declinedNow.amount(),
                    session.requireUser().username(), clock.instant());
            for (RepairLine line : pending) {
                boolean declined = input.declinedLineIds().contains(line.id());
                dao.decide(line.id(), approvalId, declined);
                if (declined) {
                    releaseReservation(handle, line);
                }
            }
            dao.setApprovedEstimate(orderId, estimate.amount());
            if ((before.status() == RepairOrderStatus.RECEIVED || before.status() == RepairOrderStatus.PLANNED)
                    && estimate.isPositive()) {
                dao.setStatus(orderId, RepairOrderStatus.APPROVED.name(), clock.instant());
            }
            finishChange(handle, before, ChangeKind.APPROVED, estimate.toPlainString());
            audit.record(handle, RepairAuditAction.REPAIR_PLAN_APPROVED, "repair_order", orderId,
                    before.approvedEstimate() == null ? null : before.approvedEstimate().toPlainString(),
                    input.method() + " " + Typed.clean(input.customerName()) + " approved " + approvedNow.toPlainString()
                            + " declined " + declinedNow.toPlainString());
            return plan(handle, orderId);
        });
    }

    private static void checkApproval(ApprovalInput input) {
        if (input == null || input.method() == null) {
            throw new InvalidValueException("repairApproval.invalid.method");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.customerName() == null || input.customerName().isBlank()) {
            errors.reject(ApprovalInput.CUSTOMER_NAME, new InvalidValueException("repairApproval.invalid.customerName"));
        }
        // the columns of repair_approval
        errors.check(ApprovalInput.CUSTOMER_NAME, () -> Typed.optionalText(input.customerName(), 100));
        errors.check(ApprovalInput.CALLED_BY, () -> Typed.optionalText(input.calledBy(), 50));
        errors.check(ApprovalInput.PHONE, () -> Typed.optionalText(input.phone(), 30));
        errors.check(ApprovalInput.WHAT_WAS_SAID, () -> Typed.optionalMultilineText(input.whatWasSaid(), 1000));
        if (input.method() == ApprovalMethod.PHONE) {
            if (input.calledBy() == null || input.calledBy().isBlank()) {
                errors.reject(ApprovalInput.CALLED_BY, new InvalidValueException("repairApproval.invalid.calledBy"));
            }
            if (input.calledAt() == null) {
                errors.reject(ApprovalInput.CALLED_AT, new InvalidValueException("repairApproval.invalid.calledAt"));
            }
            if (input.whatWasSaid() == null || input.whatWasSaid().isBlank()) {
                errors.reject(ApprovalInput.WHAT_WAS_SAID, new InvalidValueException("repairApproval.invalid.whatWasSaid"));
            }
        }
        errors.throwIfAny();
    }

    // ---- workflow

    /** Moves the order to {@code target} if the workflow's rules (and the other features' guards) allow it. */
    public RepairPlan transition(long orderId, int expectedVersion, RepairOrderStatus target) {
        session.require(RepairWorkflow.permissionFor(target));
        if (target == RepairOrderStatus.CANCELLED) {
            // a cancellation always has its reason: cancel() is the only way there
            throw new BusinessRuleException("repairCancel.reasonRequired");
        }
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            moveTo(handle, before, target);
            finishChange(handle, before, ChangeKind.STATUS_CHANGED, target.name());
            return plan(handle, orderId);
        });
    }

    /** The longest cancellation reason kept, in characters. */
    public static final int CANCEL_REASON_MAX = 500;

    /**
     * Cancels the order with the reason the advisor or manager typed: the reservations are
     * released, the lines' dispatches end, and the audit row keeps the reason. Refused while a
     * technician is clocked on one of its lines (their time is not silently stopped).
     */
    public RepairPlan cancel(long orderId, int expectedVersion, String reason) {
        session.require(RepairWorkflow.permissionFor(RepairOrderStatus.CANCELLED));
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String why = errors.check(CANCEL_REASON, () -> Typed.requiredMultilineText(reason, CANCEL_REASON_MAX));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            DispatchDao dispatch = handle.attach(DispatchDao.class);
            for (RepairLine line : before.lines()) {
                List<DispatchDao.ClockRow> open = dispatch.openClocksOnLine(line.id());
                if (!open.isEmpty()) {
                    throw new BusinessRuleException("repairCancel.clockOpen", before.order().number(),
                            open.get(0).displayName(), line.description());
                }
            }
            moveTo(handle, before, RepairOrderStatus.CANCELLED);
            for (RepairLine line : before.lines()) {
                dispatch.endAssignments(line.id(), clock.instant());
            }
            audit.record(handle, RepairAuditAction.REPAIR_ORDER_CANCELLED, "repair_order", orderId,
                    before.status().name(), why);
            finishChange(handle, before, ChangeKind.STATUS_CHANGED, RepairOrderStatus.CANCELLED.name());
            return plan(handle, orderId);
        });
    }

    /** The field of the cancellation's reason, for the error under it. */
    public static final String CANCEL_REASON = "cancelReason";

    /**
     * The same status change inside the caller's transaction: the cashier issues the bills and
     * settles the order, or records the hand-back and delivers it, all or nothing.
     */
    public RepairPlan transition(Handle handle, long orderId, int expectedVersion, RepairOrderStatus target) {
        session.require(RepairWorkflow.permissionFor(target));
        RepairPlan before = beginChange(handle, orderId, expectedVersion);
        moveTo(handle, before, target);
        finishChange(handle, before, ChangeKind.STATUS_CHANGED, target.name());
        return plan(handle, orderId);
    }

    private void moveTo(Handle handle, RepairPlan before, RepairOrderStatus target) {
        RepairWorkflow.check(before, target, partsOutstanding(handle, before.id()));
        for (TransitionGuard guard : guards) {
            guard.check(handle, before, target);
        }
        if (target == RepairOrderStatus.CANCELLED) {
            for (RepairLine line : before.lines()) {
                releaseReservation(handle, line);
            }
        }
        handle.attach(RepairPlanDao.class).setStatus(before.id(), target.name(), clock.instant());
        audit.record(handle, RepairAuditAction.REPAIR_ORDER_STATUS_CHANGED, "repair_order", before.id(),
                before.status().name(), target.name());
    }

    /** The steps this user could take now: what the screen offers as buttons. */
    public List<RepairOrderStatus> possibleTransitions(RepairPlan plan) {
        session.require(Permission.USE_REPAIR_ORDERS);
        int outstanding = transactions.read(handle -> partsOutstanding(handle, plan.id()));
        List<RepairOrderStatus> possible = new ArrayList<>();
        for (RepairOrderStatus target : RepairWorkflow.next(plan.status())) {
            if (!session.may(RepairWorkflow.permissionFor(target))) {
                continue;
            }
            try {
                RepairWorkflow.check(plan, target, outstanding);
                possible.add(target);
            } catch (BusinessRuleException refused) {
                // not now: the button stays hidden
            }
        }
        return possible;
    }

    static int partsOutstanding(Handle handle, long orderId) {
        return handle.createQuery("""
                SELECT COUNT(*) FROM stock_reservation r JOIN repair_line l ON l.reservation_id = r.id
                WHERE r.repair_order_id = :id AND l.repair_order_id = :id AND r.status = 'OPEN' AND r.issued < r.quantity
                  AND NOT l.declined
                """).bind("id", orderId).mapTo(Integer.class).one();
    }

    // ---- hooks for dispatch and the job clock

    /**
     * Refuses work on a line that may not be worked now: not approved by the customer, the order
     * not approved or above its approved estimate, or the line done. Dispatch and the job clock call it.
     */
    public static RepairLine requireWorkable(Handle handle, long lineId) {
        RepairLine line = handle.attach(RepairPlanDao.class).line(lineId)
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
        RepairPlan plan = plan(handle, line.repairOrderId());
        if (plan.status() != RepairOrderStatus.APPROVED && plan.status() != RepairOrderStatus.IN_PROGRESS) {
            throw new BusinessRuleException("repairLine.orderNotApproved", plan.order().number(), plan.status());
        }
        if (!line.approved()) {
            throw new BusinessRuleException("repairLine.notApproved", line.description());
        }
        RepairWorkflow.requireWithinApproval(plan);
        if (line.status() == LineStatus.DONE) {
            throw new BusinessRuleException("repairLine.alreadyDone", line.description());
        }
        return line;
    }

    /**
     * Work started on a line (the first clock-on), in the caller's transaction: the line is in
     * progress and an approved order moves to IN_PROGRESS.
     */
    public void lineStarted(Handle handle, long lineId) {
        RepairLine line = requireWorkable(handle, lineId);
        handle.attach(RepairPlanDao.class).setStatus(lineId, LineStatus.IN_PROGRESS.name(), null, null);
        RepairPlan plan = plan(handle, line.repairOrderId());
        bumpAndLog(handle, plan, ChangeKind.STATUS_CHANGED, line.description());
        if (plan.status() == RepairOrderStatus.APPROVED) {
            moveTo(handle, plan, RepairOrderStatus.IN_PROGRESS);
        }
    }

    /** Work on a line finished (the last clock-off, or the advisor for sublet work), in the caller's transaction. */
    public void lineDone(Handle handle, long lineId) {
        RepairLine line = handle.attach(RepairPlanDao.class).line(lineId)
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
        if (!line.approved()) {
            throw new BusinessRuleException("repairLine.notApproved", line.description());
        }
        handle.attach(RepairPlanDao.class).setStatus(lineId, LineStatus.DONE.name(), session.requireUser().username(),
                clock.instant());
        bumpAndLog(handle, plan(handle, line.repairOrderId()), ChangeKind.LINE_DONE, line.description());
    }

    /** The advisor marks a line done (sublet work came back, a fee needs no work). */
    public RepairPlan markLineDone(long orderId, int expectedVersion, long lineId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = beginChange(handle, orderId, expectedVersion);
            RepairLine line = lineOf(before, lineId);
            if (!line.approved()) {
                throw new BusinessRuleException("repairLine.notApproved", line.description());
            }
            handle.attach(RepairPlanDao.class).setStatus(lineId, LineStatus.DONE.name(),
                    session.requireUser().username(), clock.instant());
            finishChange(handle, before, ChangeKind.LINE_DONE, line.description());
            return plan(handle, orderId);
        });
    }

    // ---- recommendations

    /** Work declined on earlier visits of a vehicle, newest first: what reception shows at the next visit. */
    public List<Recommendation> recommendations(long vehicleId) {
        if (!session.may(Permission.USE_RECEPTION)) {
            session.require(Permission.USE_REPAIR_ORDERS);
        }
        return transactions.read(handle -> recommendations(handle, vehicleId));
    }

    public static List<Recommendation> recommendations(Handle handle, long vehicleId) {
        return handle.createQuery("""
                SELECT o.number AS order_number, a.recorded_at AS declined_at, l.kind, l.description, l.amount
                FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id
                JOIN repair_approval a ON a.id = l.approval_id
                WHERE o.vehicle_id = :vehicle AND l.declined
                ORDER BY a.recorded_at DESC, l.line_no
                """).bind("vehicle", vehicleId).registerColumnMapper(new MoneyColumnMapper())
                .map(ConstructorMapper.of(Recommendation.class)).list();
    }

    // ---- optimistic locking

    /**
     * Takes the order's next version (and its row lock) or refuses with what others changed since
     * {@code expectedVersion}; returns the plan as it stands before this change.
     */
    private RepairPlan beginChange(Handle handle, long orderId, int expectedVersion) {
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        if (dao.bumpVersion(orderId, expectedVersion) == 0) {
            RepairOrder order = handle.attach(RepairOrderDao.class).find(orderId)
                    .orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            throw new OrderChangedException(order.number(), dao.changesSince(orderId, expectedVersion));
        }
        return plan(handle, orderId);
    }

    private void finishChange(Handle handle, RepairPlan plan, ChangeKind kind, String subject) {
        handle.attach(RepairPlanDao.class).insertChange(plan.id(), plan.version(), kind.name(), clip(subject),
                session.requireUser().username(), clock.instant());
    }

    private void bumpAndLog(Handle handle, RepairPlan plan, ChangeKind kind, String subject) {
        handle.createUpdate("UPDATE repair_order SET version = version + 1 WHERE id = :id").bind("id", plan.id()).execute();
        handle.attach(RepairPlanDao.class).insertChange(plan.id(), plan.version() + 1, kind.name(), clip(subject),
                session.requireUser().username(), clock.instant());
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    static String auditText(RepairLine line) {
        return line.lineNo() + " " + line.kind() + " " + line.description() + " " + line.quantity().stripTrailingZeros()
                .toPlainString() + " x " + line.unitPrice().toPlainString() + " = " + line.amount().toPlainString()
                + " " + line.payer();
    }
}
