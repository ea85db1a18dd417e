package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Typed;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.qc.QualityOutcome;
import com.fours.workbench.qc.QualityOutcomes;
import com.fours.workbench.repair.Payer;
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
 * Settling repair orders into bills (one per payer), issuing them with gapless numbers, voiding
 * them with a reversal and issuing them again. An issued bill is never changed: a void is a
 * reversal bill of its own. Settling and moving the order to SETTLED happen in one transaction.
 */
public final class CashierService {

    static final int MAX_REASON = 500;
    static final int MAX_CLAIM = 60;
    static final int MAX_NAME = 200;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final RepairOrderService repairOrders;
    private final QualityOutcomes qualityOutcomes;

    public CashierService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                          RepairOrderService repairOrders, QualityOutcomes qualityOutcomes) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.repairOrders = repairOrders;
        this.qualityOutcomes = qualityOutcomes;
    }

    // ---- reading

    /**
     * Orders at the cashier's desk whose number, plate or customer contains the text: waiting for
     * settlement and, with {@code alsoSettled}, settled and not yet delivered, and any order (a delivered
     * car's too) with a customer's bill still due, such as a claim's charge (decision 0112). Oldest first. The total
     * is what was billed once bills exist (discounts off, a void's reversal netted), else the plan's.
     */
    public List<CashierOrderRow> orders(String text, boolean alsoSettled, int limit) {
        session.require(Permission.USE_CASHIER);
        String like = "%" + Typed.clean(text).toUpperCase(Locale.ROOT).replace("%", "").replace("_", "")
                .replace("·", "") + "%";
        List<String> statuses = alsoSettled
                ? List.of(RepairOrderStatus.READY_FOR_SETTLEMENT.name(), RepairOrderStatus.SETTLED.name())
                : List.of(RepairOrderStatus.READY_FOR_SETTLEMENT.name());
        return transactions.read(handle -> withChargesDue(handle.attach(CashierDao.class), statuses, alsoSettled, like,
                        limit).stream()
                .map(r -> new CashierOrderRow(r.id(), r.number(), r.status(), PlateNumber.displayOf(r.plate()),
                        r.model().strip(), r.customerName(), r.createdAt(), r.total(), r.version()))
                .toList());
    }

    private static List<CashierOrderRow> withChargesDue(CashierDao dao, List<String> statuses,
                                                                   boolean alsoSettled, String like, int limit) {
        List<CashierOrderRow> inStatus = dao.orders(statuses, like, limit);
        if (!alsoSettled) {
            return inStatus;
        }
        Map<Long, CashierOrderRow> byId = new LinkedHashMap<>();
        Stream.concat(inStatus.stream(), dao.ordersWithChargesDue(like, limit).stream())
                .forEach(row -> byId.putIfAbsent(row.id(), row));
        return byId.values().stream()
                .sorted(Comparator.comparing(CashierOrderRow::createdAt)
                        .thenComparing(CashierOrderRow::id))
                .limit(limit).toList();
    }

    /** The order as the cashier sees it (the plan of the repair order, read with the cashier's permission). */
    public RepairPlan order(long orderId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> RepairOrderService.plan(handle, orderId));
    }

    /** The bills of an order, reversals included, in the order they were issued. */
    public List<BillDetails> bills(long orderId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> billsOf(handle, orderId));
    }

    public BillDetails bill(long billId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> details(handle, requireBill(handle, billId)));
    }

    static List<BillDetails> billsOf(Handle handle, long orderId) {
        return handle.attach(CashierDao.class).billsOfOrder(orderId).stream().map(b -> details(handle, b)).toList();
    }

    static Bill requireBill(Handle handle, long billId) {
        return handle.attach(CashierDao.class).bill(billId)
                .orElseThrow(() -> new BusinessRuleException("cashier.bill.notFound", String.valueOf(billId)));
    }

    static BillDetails details(Handle handle, Bill bill) {
        CashierDao dao = handle.attach(CashierDao.class);
        List<Payment> payments = dao.payments(bill.id());
        Money paid = Money.sum(payments.stream().map(Payment::amount).toList());
        String reversedBy = dao.reversedBy(bill.id()).orElse(null);
        Money due = bill.reversal() || reversedBy != null ? Money.ZERO : bill.total().minus(paid);
        CashierDao.OrderOfBill order = PartsSaleBills.isPartsSale(bill)
                ? handle.attach(PartsSaleBillDao.class).saleOfBill(bill.id()).orElseThrow()
                : dao.orderOfBill(bill.repairOrderId());
        return new BillDetails(bill, dao.lines(bill.id()), dao.discounts(bill.id()), payments, paid, due, reversedBy,
                order.number(), PlateNumber.displayOf(order.plate()));
    }

    /** The most manual discount (yuan per bill) the logged-in user may give without a manager. */
    public Money manualDiscountLimit() {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> limitOf(handle, user));
    }

    static Money limitOf(Handle handle, AuthenticatedUser user) {
        List<String> roles = user.roles().stream().map(Role::name).toList();
        if (roles.isEmpty()) {
            return Money.ZERO;
        }
        return handle.attach(DiscountDao.class).highestLimit(roles).map(Money::of).orElse(Money.ZERO);
    }

    // ---- settling

    /**
     * The bills settling would issue, with the discounts applied; nothing is saved and no coupon used.
     * A manual discount above the user's limit is computed and flagged ({@link Settlement#needsApproval()}),
     * so the desk says so as the amount is typed, not only when the bills are issued.
     */
    public Settlement preview(long orderId, SettlementInput input) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        Checked checked = check(input);
        return transactions.read(handle -> compute(handle, RepairOrderService.plan(handle, orderId), checked, user, null,
                false));
    }

    /**
     * Settles a QC-passed order: issues one bill per payer with its number, records the store's own
     * cost, uses the coupon, audits every discount and moves the order to SETTLED, all in one
     * transaction. A manual discount above the user's limit needs {@code approver}, a user with
     * APPROVE_DISCOUNTS who confirmed it at this desk.
     */
    public List<BillDetails> settle(long orderId, int expectedVersion, SettlementInput input, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        Checked checked = check(input);
        return transactions.inTransaction(handle -> {
            RepairPlan plan = RepairOrderService.plan(handle, orderId);
            Settlement settlement = compute(handle, plan, checked, user, approver, true);
            if (!handle.attach(CashierDao.class).billsOfOrder(orderId).isEmpty()) {
                throw new BusinessRuleException("cashier.alreadySettled", settlement.orderNumber());
            }
            LocalDate day = LocalDate.now(clock);
            for (SettlementBill bill : settlement.bills()) {
                issue(handle, plan, bill, settlement.vatRate(), day, user);
            }
            CashierDao dao = handle.attach(CashierDao.class);
            for (RepairLine line : plan.lines()) {
                if (line.charged() && line.payer() == Payer.INTERNAL) {
                    dao.insertInternalCost(orderId, line.id(), line.description(), line.amount().amount(), day,
                            user.username());
                    audit.record(handle, CashierAuditAction.INTERNAL_COST_RECORDED, "repair_line", line.id(), null,
                            "order=" + plan.order().number() + ", amount=" + line.amount().toPlainString());
                }
            }
            repairOrders.transition(handle, plan, expectedVersion, RepairOrderStatus.SETTLED);
            return billsOf(handle, orderId);
        });
    }

    /**
     * Issues a voided bill's payer again, with a new number: the same order lines, the discounts
     * and claim details given now.
     */
    public BillDetails reissue(long voidedBillId, SettlementInput input, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        Checked checked = check(input);
        return transactions.inTransaction(handle -> {
            Bill voided = requireBill(handle, voidedBillId);
            CashierDao dao = handle.attach(CashierDao.class);
            if (voided.reversal() || !dao.reversed(voided.id())) {
                throw new BusinessRuleException("cashier.reissue.notVoided", voided.number());
            }
            boolean live = billsOf(handle, voided.repairOrderId()).stream()
                    .anyMatch(b -> b.live() && b.bill().payer() == voided.payer());
            if (live) {
                throw new BusinessRuleException("cashier.reissue.alreadyIssued", voided.number());
            }
            RepairPlan plan = RepairOrderService.plan(handle, voided.repairOrderId());
            Settlement settlement = compute(handle, plan, checked, user, approver, true);
            SettlementBill again = settlement.bills().stream().filter(b -> b.payer() == voided.payer()).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("cashier.reissue.notVoided", voided.number()));
            long id = issue(handle, plan, again, settlement.vatRate(), LocalDate.now(clock), user);
            return details(handle, requireBill(handle, id));
        });
    }

    /** Typed input, checked field by field. */
    record Checked(boolean member, String coupon, Money manual, String manualReason, String warrantyMaker,
                   String warrantyClaim, String insurer, String insuranceClaim, Money excess) {
    }

    static Checked check(SettlementInput input) {
        if (input == null) {
            throw new InvalidValueException("field.required");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String coupon = errors.check(SettlementInput.COUPON, () -> Typed.optionalText(input.couponCode(), 30));
        Money manual = errors.check(SettlementInput.MANUAL_DISCOUNT, () -> optionalAmount(input.manualDiscount()));
        String reason = errors.check(SettlementInput.MANUAL_REASON, () -> Typed.optionalText(input.manualReason(),
                MAX_REASON));
        if (manual != null && manual.isPositive() && reason == null) {
            errors.reject(SettlementInput.MANUAL_REASON, new InvalidValueException("cashier.discount.reasonRequired"));
        }
        String maker = errors.check(SettlementInput.WARRANTY_MAKER, () -> Typed.optionalText(input.warrantyMaker(),
                MAX_NAME));
        String warrantyClaim = errors.check(SettlementInput.WARRANTY_CLAIM, () -> Typed.optionalText(
                input.warrantyClaim(), MAX_CLAIM));
        String insurer = errors.check(SettlementInput.INSURER, () -> Typed.optionalText(input.insurer(), MAX_NAME));
        String claim = errors.check(SettlementInput.INSURANCE_CLAIM, () -> Typed.optionalText(input.insuranceClaim(),
                MAX_CLAIM));
        Money excess = errors.check(SettlementInput.EXCESS, () -> optionalAmount(input.excess()));
        errors.throwIfAny();
        return new Checked(input.memberDiscount(), coupon, manual, reason, maker, warrantyClaim, insurer, claim, excess);
    }

    /** An amount as typed, not negative; empty is null. */
    static Money optionalAmount(String typed) {
        if (Typed.clean(typed).isEmpty()) {
            return null;
        }
        Money amount = Money.parse(typed);
        if (amount.isNegative()) {
            throw new InvalidValueException("cashier.amount.negative");
        }
        return amount;
    }

    public record CustomerInfo(String name, MemberLevel memberLevel) {
    }

    private Settlement compute(Handle handle, RepairPlan plan, Checked c, AuthenticatedUser user,
                               AuthenticatedUser approver, boolean forReal) {
        long orderId = plan.id();
        RepairOrderStatus status = plan.status();
        boolean reissuing = status == RepairOrderStatus.SETTLED || status == RepairOrderStatus.DELIVERED;
        if (status != RepairOrderStatus.READY_FOR_SETTLEMENT && !reissuing) {
            throw new BusinessRuleException("cashier.notReadyForSettlement", plan.order().number(), status);
        }
        QualityOutcome outcome = qualityOutcomes.of(handle, orderId);
        if (outcome == null || !outcome.finalCheckPassed()) {
            throw new BusinessRuleException("cashier.qcNotPassed", plan.order().number());
        }
        CustomerInfo customer = handle.attach(CashierDao.class).customer(plan.order().customerId());
        Set<Payer> payers = plan.totals().byPayer().keySet();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (payers.contains(Payer.WARRANTY)) {
            requireField(errors, SettlementInput.WARRANTY_MAKER, c.warrantyMaker());
            requireField(errors, SettlementInput.WARRANTY_CLAIM, c.warrantyClaim());
        }
        if (payers.contains(Payer.INSURANCE)) {
            requireField(errors, SettlementInput.INSURER, c.insurer());
            requireField(errors, SettlementInput.INSURANCE_CLAIM, c.insuranceClaim());
        } else if (c.excess() != null && c.excess().isPositive()) {
            errors.reject(SettlementInput.EXCESS, new InvalidValueException("cashier.excess.noInsurance"));
        }
        LimitedDiscounts limited = discounts(handle, orderId, c, customer.memberLevel(), user, approver, forReal, errors);
        SettlementCalculator.Discounts discounts = limited.discounts();
        errors.throwIfAny();
        BigDecimal vatRate = handle.attach(CashierDao.class).vatRate().orElse(com.fours.workbench.store.StoreProfile.DEFAULT_VAT_RATE);
        List<SettlementBill> bills = SettlementCalculator.bills(plan.lines(), partInfo(handle, plan.lines()),
                customer.name(), discounts, new SettlementCalculator.Claims(c.warrantyMaker(), c.warrantyClaim(),
                        c.insurer(), c.insuranceClaim(), c.excess()), vatRate);
        Money internal = Money.sum(plan.lines().stream().filter(l -> l.charged() && l.payer() == Payer.INTERNAL)
                .map(RepairLine::amount).toList());
        return new Settlement(orderId, plan.order().number(), plan.version(), customer.name(), customer.memberLevel(),
                plan.plate(), vatRate, bills, internal, limited.limitExceeded());
    }

    private static void requireField(InvalidFieldsException.Collector errors, String field, String value) {
        if (value == null) {
            errors.reject(field, new InvalidValueException("field.required"));
        }
    }

    private LimitedDiscounts discounts(Handle handle, long orderId, Checked c, MemberLevel level, AuthenticatedUser user,
                                                     AuthenticatedUser approver, boolean forReal,
                                                     InvalidFieldsException.Collector errors) {
        BigDecimal labourPercent = BigDecimal.ZERO;
        BigDecimal partsPercent = BigDecimal.ZERO;
        if (c.member() && level != null) {
            Optional<DiscountPolicy> policy = DiscountPolicyService.policy(handle, level);
            if (policy.isPresent()) {
                labourPercent = policy.get().labourPercent();
                partsPercent = policy.get().partsPercent();
            }
        }
        String couponCode = null;
        BigDecimal couponPercent = null;
        Money couponValue = null;
        if (c.coupon() != null) {
            try {
                Coupon coupon = DiscountPolicyService.usableCoupon(handle, c.coupon(), LocalDate.now(clock));
                DiscountPolicyService.requireForOrdersCar(handle, coupon, orderId);
                couponCode = coupon.code();
                if (coupon.kind() == CouponKind.PERCENT) {
                    couponPercent = coupon.amount().amount();
                } else {
                    couponValue = coupon.amount();
                }
            } catch (BusinessRuleException refused) {
                errors.reject(SettlementInput.COUPON, refused);
            }
        }
        String approvedBy = null;
        Money exceeded = null;
        if (c.manual() != null && c.manual().isPositive()) {
            Money limit = limitOf(handle, user);
            if (c.manual().compareTo(limit) > 0 && !forReal) {
                exceeded = limit;
            } else if (c.manual().compareTo(limit) > 0) {
                if (approver == null) {
                    throw new DiscountApprovalNeededException(c.manual(), limit);
                }
                if (!approver.may(Permission.APPROVE_DISCOUNTS)) {
                    throw new BusinessRuleException("cashier.discount.approverNotAllowed", approver.displayName());
                }
                approvedBy = approver.username();
            }
        }
        return new LimitedDiscounts(new SettlementCalculator.Discounts(labourPercent, partsPercent, couponCode,
                couponPercent, couponValue, c.manual(), c.manualReason(), user.username(), approvedBy), exceeded);
    }

    /** The discounts, and the user's limit where a preview's manual discount is above it (else null). */
    private record LimitedDiscounts(SettlementCalculator.Discounts discounts, Money limitExceeded) {
    }

    private static Map<Long, SettlementCalculator.PartInfo> partInfo(Handle handle, List<RepairLine> lines) {
        List<Long> ids = lines.stream().map(RepairLine::partId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, SettlementCalculator.PartInfo> info = new HashMap<>();
        if (ids.isEmpty()) {
            return info;
        }
        handle.attach(CashierDao.class).parts(ids).forEach(row -> {
            String brand = row.brand();
            String spec = row.specification();
            String brandSpec = brand == null ? spec : spec == null ? brand : brand + " " + spec;
            info.put(row.id(), new SettlementCalculator.PartInfo(brandSpec, row.unit()));
        });
        return info;
    }

    /** Inserts one bill with its next number, its lines and discounts, and audits it. Returns its id. */
    private long issue(Handle handle, RepairPlan plan, SettlementBill bill, BigDecimal vatRate, LocalDate day,
                       AuthenticatedUser user) {
        CashierDao dao = handle.attach(CashierDao.class);
        InvoiceNumber number = InvoiceNumber.next(handle, day.getYear());
        long id = dao.insertBill(number.text(), number.year(), number.sequence(), BillKind.BILL.name(), plan.id(),
                plan.order().customerId(), bill.payer().name(), bill.payerName(), bill.claimReference(),
                bill.excess().amount(), vatRate, bill.labourAmount().amount(), bill.partsAmount().amount(),
                bill.otherAmount().amount(), bill.discountAmount().amount(), bill.total().amount(),
                bill.vat().net().amount(), bill.vat().tax().amount(), day, user.username(), clock.instant(), null, null,
                null);
        dao.insertLines(id, bill.lines());
        for (BillDiscount d : bill.discounts()) {
            dao.insertDiscount(id, d.kind().name(), d.amount().amount(), d.couponCode(), d.reason(), d.givenBy(),
                    d.approvedBy());
            if (d.kind() == DiscountKind.COUPON) {
                DiscountPolicyService.useCoupon(handle, d.couponCode(), id, clock.instant());
            }
            audit.record(handle, CashierAuditAction.DISCOUNT_GIVEN, "bill", number.text(), null,
                    "kind=" + d.kind() + ", amount=" + d.amount().toPlainString()
                            + (d.couponCode() == null ? "" : ", coupon=" + d.couponCode())
                            + (d.reason() == null ? "" : ", reason=" + d.reason())
                            + (d.approvedBy() == null ? "" : ", approvedBy=" + d.approvedBy()));
        }
        audit.record(handle, CashierAuditAction.BILL_ISSUED, "bill", number.text(), null,
                "order=" + plan.order().number() + ", payer=" + bill.payer() + ", total=" + bill.total().toPlainString()
                        + ", net=" + bill.vat().net().toPlainString() + ", tax=" + bill.vat().tax().toPlainString());
        return id;
    }

    // ---- voiding

    /**
     * Voids an issued bill: a reversal (红字) document with its own number and the negated amounts.
     * Needs a reason and a user with VOID_INVOICES (the logged-in user or {@code approver}, a
     * manager who confirmed it at this desk). Money taken must be refunded first.
     */
    public BillDetails voidBill(long billId, String reason, AuthenticatedUser approver) {
        AuthenticatedUser user = session.require(Permission.USE_CASHIER);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String why = errors.check("reason", () -> Typed.requiredText(reason, MAX_REASON));
        errors.throwIfAny();
        AuthenticatedUser confirming = approver != null ? approver : user;
        if (!confirming.may(Permission.VOID_INVOICES)) {
            throw new BusinessRuleException("cashier.void.notAllowed", confirming.displayName());
        }
        return transactions.inTransaction(handle -> {
            CashierDao dao = handle.attach(CashierDao.class);
            Bill bill = requireBill(handle, billId);
            if (bill.reversal() || bill.kind() == BillKind.CREDIT) {
                throw new BusinessRuleException("cashier.void.reversal", bill.number());
            }
            if (dao.reversed(billId)) {
                throw new BusinessRuleException("cashier.void.alreadyVoided", bill.number());
            }
            Money paid = Money.of(dao.paid(billId));
            if (!paid.isZero()) {
                throw new BusinessRuleException("cashier.void.refundFirst", bill.number(), paid.toPlainString());
            }
            LocalDate day = LocalDate.now(clock);
            PaymentService.requireOpenDay(handle, day);
            Instant now = clock.instant();
            if (PartsSaleBills.isPartsSale(bill)) {
                long id = PartsSaleBills.reverse(handle, bill, day, user.username(), now, why, confirming.username());
                audit.record(handle, CashierAuditAction.BILL_VOIDED, "bill", bill.number(),
                        "total=" + bill.total().toPlainString(), "reversal=" + requireBill(handle, id).number()
                                + ", reason=" + why + ", approvedBy=" + confirming.username());
                return details(handle, requireBill(handle, id));
            }
            InvoiceNumber number = InvoiceNumber.next(handle, day.getYear());
            long id = dao.insertBill(number.text(), number.year(), number.sequence(), BillKind.REVERSAL.name(),
                    bill.repairOrderId(), bill.customerId(), bill.payer().name(), bill.payerName(),
                    bill.claimReference(), bill.excess().negate().amount(), bill.vatRate(),
                    bill.labourAmount().negate().amount(), bill.partsAmount().negate().amount(),
                    bill.otherAmount().negate().amount(), bill.discountAmount().negate().amount(),
                    bill.total().negate().amount(), bill.net().negate().amount(), bill.tax().negate().amount(), day,
                    user.username(), now, bill.id(), why, confirming.username());
            dao.insertLines(id, dao.lines(billId).stream().map(BillLine::negated).toList());
            audit.record(handle, CashierAuditAction.BILL_VOIDED, "bill", bill.number(),
                    "total=" + bill.total().toPlainString(), "reversal=" + number.text() + ", reason=" + why
                            + ", approvedBy=" + confirming.username());
            return details(handle, requireBill(handle, id));
        });
    }
}
