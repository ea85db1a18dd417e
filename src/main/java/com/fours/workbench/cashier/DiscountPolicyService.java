package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * The store's discount rules, kept by a manager (MANAGE_DISCOUNT_POLICY): percent off labour and
 * parts per member level, each role's limit for manual discounts, coupons, and the customers who
 * may pay on account. The cashier reads them when settling.
 */
public final class DiscountPolicyService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    private final AccountLedger ledger;

    public DiscountPolicyService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                                 AccountLedger ledger) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- member levels

    public List<DiscountPolicy> policies() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(DiscountDao.class).policies().stream()
                .sorted(java.util.Comparator.comparing(DiscountPolicy::memberLevel)).toList());
    }

    static Optional<DiscountPolicy> policy(Handle handle, MemberLevel level) {
        return handle.attach(DiscountDao.class).policy(level.name());
    }

    public DiscountPolicy savePolicy(MemberLevel level, String labourPercent, String partsPercent, int expectedVersion) {
        session.require(Permission.MANAGE_DISCOUNT_POLICY);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        BigDecimal labour = errors.check("labourPercent", () -> percent(labourPercent));
        BigDecimal parts = errors.check("partsPercent", () -> percent(partsPercent));
        if (level == null) {
            errors.reject("level", new InvalidValueException("field.required"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            DiscountPolicy before = policy(handle, level).orElse(null);
            DiscountDao dao = handle.attach(DiscountDao.class);
            int changed = before == null
                    ? dao.insertPolicy(level.name(), labour, parts)
                    : dao.updatePolicy(level.name(), labour, parts, expectedVersion);
            if (changed != 1) {
                throw new ConcurrentChangeException(level.name());
            }
            DiscountPolicy after = policy(handle, level).orElseThrow();
            audit.record(handle, CashierAuditAction.DISCOUNT_POLICY_CHANGED, "discount_policy", level.name(),
                    before == null ? null : before.labourPercent() + "/" + before.partsPercent(),
                    after.labourPercent() + "/" + after.partsPercent());
            return after;
        });
    }

    /** A percent from 0 to 100, at most two decimals ("10", "7.5", "12%"). */
    static BigDecimal percent(String typed) {
        String text = Typed.clean(typed).replace("%", "").strip();
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cashier.percent.invalid");
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("cashier.percent.invalid");
        }
        return value.setScale(2);
    }

    // ---- manual discount limits

    public Map<Role, Money> limits() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> {
            Map<Role, Money> limits = new EnumMap<>(Role.class);
            handle.attach(DiscountDao.class).limits().forEach(row -> limits.put(Role.valueOf(row.role()),
                    Money.of(row.maxAmount())));
            return limits;
        });
    }

    public void saveLimit(Role role, String maxAmount) {
        session.require(Permission.MANAGE_DISCOUNT_POLICY);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Money amount = errors.check("maxAmount", () -> {
            Money m = CashierService.optionalAmount(maxAmount);
            if (m == null) {
                throw new InvalidValueException("field.required");
            }
            return m;
        });
        if (role == null) {
            errors.reject("role", new InvalidValueException("field.required"));
        }
        errors.throwIfAny();
        transactions.useTransaction(handle -> {
            DiscountDao dao = handle.attach(DiscountDao.class);
            Optional<BigDecimal> before = dao.limit(role.name());
            if (before.isPresent()) {
                dao.updateLimit(role.name(), amount.amount());
            } else {
                dao.insertLimit(role.name(), amount.amount());
            }
            audit.record(handle, CashierAuditAction.DISCOUNT_LIMIT_CHANGED, "discount_limit", role.name(),
                    before.map(BigDecimal::toPlainString).orElse(null), amount.toPlainString());
        });
    }

    // ---- coupons

    public Coupon createCoupon(String code, CouponKind kind, String amount, String validFrom, String validUntil,
                               String description) {
        session.require(Permission.MANAGE_DISCOUNT_POLICY);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String c = errors.check("code", () -> Typed.requiredText(code, 30).toUpperCase(Locale.ROOT));
        if (kind == null) {
            errors.reject("kind", new InvalidValueException("field.required"));
        }
        BigDecimal value = errors.check("amount", () -> {
            if (kind == CouponKind.PERCENT) {
                BigDecimal p = percent(amount);
                if (p.signum() == 0) {
                    throw new InvalidValueException("cashier.percent.invalid");
                }
                return p;
            }
            Money m = CashierService.optionalAmount(amount);
            if (m == null || !m.isPositive()) {
                throw new InvalidValueException("cashier.amount.positive");
            }
            return m.amount();
        });
        LocalDate from = errors.check("validFrom", () -> Typed.optionalDate(validFrom));
        LocalDate until = errors.check("validUntil", () -> Typed.optionalDate(validUntil));
        String text = errors.check("description", () -> Typed.requiredText(description, 200));
        if (from == null) {
            errors.reject("validFrom", new InvalidValueException("field.required"));
        }
        if (until == null) {
            errors.reject("validUntil", new InvalidValueException("field.required"));
        } else if (from != null && until.isBefore(from)) {
            errors.reject("validUntil", new InvalidValueException("cashier.coupon.untilBeforeFrom"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            if (find(handle, c).isPresent()) {
                throw new InvalidFieldsException(Map.of("code", new InvalidValueException("cashier.coupon.duplicate", c)));
            }
            handle.attach(DiscountDao.class).insertCoupon(c, kind.name(), value, from, until, text,
                    session.requireUser().username(), clock.instant());
            Coupon created = find(handle, c).orElseThrow();
            audit.record(handle, CashierAuditAction.COUPON_CREATED, "coupon", c, null,
                    "kind=" + kind + ", amount=" + value.toPlainString() + ", valid=" + from + ".." + until);
            return created;
        });
    }

    /**
     * Issues a coupon bound to one car, in the caller's transaction (goodwill after a complaint); the
     * caller checked the values and writes the audit row. Refused when the code exists.
     */
    public static Coupon issueForVehicle(Handle handle, String code, CouponKind kind, BigDecimal amount, LocalDate from,
                                         LocalDate until, String description, long vehicleId, String by, Instant at) {
        if (find(handle, code).isPresent()) {
            throw new InvalidValueException("cashier.coupon.duplicate", code);
        }
        handle.attach(DiscountDao.class).insertVehicleCoupon(code, kind.name(), amount, from, until, description, by, at,
                vehicleId);
        return find(handle, code).orElseThrow();
    }

    /** The unused coupons valid today that belong to the car of this repair order: what the cashier's desk offers. */
    public List<Coupon> couponsForOrder(long repairOrderId) {
        session.require(Permission.USE_CASHIER);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(handle -> handle.attach(DiscountDao.class).usableCouponsOfOrdersCar(repairOrderId, today));
    }

    public List<Coupon> coupons() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(DiscountDao.class).coupons());
    }

    static Optional<Coupon> find(Handle handle, String code) {
        return handle.attach(DiscountDao.class).coupon(Typed.clean(code).toUpperCase(Locale.ROOT));
    }

    /** The coupon if it exists, is valid today and was not used; refused with the reason otherwise. */
    static Coupon usableCoupon(Handle handle, String code, LocalDate today) {
        Coupon coupon = find(handle, code)
                .orElseThrow(() -> new InvalidValueException("cashier.coupon.unknown", code));
        if (coupon.used()) {
            throw new InvalidValueException("cashier.coupon.used", coupon.code());
        }
        if (today.isBefore(coupon.validFrom()) || today.isAfter(coupon.validUntil())) {
            throw new InvalidValueException("cashier.coupon.notValid", coupon.code(), coupon.validFrom(),
                    coupon.validUntil());
        }
        return coupon;
    }

    /** A coupon bound to a car (goodwill) is for that car's bills only. */
    static void requireForOrdersCar(Handle handle, Coupon coupon, long orderId) {
        Optional<String> other = handle.attach(DiscountDao.class).otherCarOfCoupon(coupon.code(), orderId);
        if (other.isPresent()) {
            throw new InvalidValueException("cashier.coupon.otherCar", coupon.code(), other.get());
        }
    }

    /** Marks the coupon used by a bill; only one bill wins when two use it at the same moment. */
    static void useCoupon(Handle handle, String code, long billId, Instant now) {
        int used = handle.attach(DiscountDao.class).useCoupon(code, billId, now);
        if (used != 1) {
            throw new BusinessRuleException("cashier.coupon.used", code);
        }
    }

    // ---- customers on account

    /** Lets a customer pay on account up to a credit limit (zero takes it back). */
    public void grantAccount(long customerId, String creditLimit) {
        session.require(Permission.MANAGE_DISCOUNT_POLICY);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Money limit = errors.check("creditLimit", () -> {
            Money m = CashierService.optionalAmount(creditLimit);
            if (m == null) {
                throw new InvalidValueException("field.required");
            }
            return m;
        });
        errors.throwIfAny();
        transactions.useTransaction(handle -> {
            DiscountDao dao = handle.attach(DiscountDao.class);
            if (dao.customerCount(customerId) == 0) {
                throw new BusinessRuleException("customer.notFound", String.valueOf(customerId));
            }
            Optional<AccountCustomer> before = account(handle, customerId, ledger);
            dao.deleteAccount(customerId);
            if (limit.isPositive()) {
                dao.insertAccount(customerId, limit.amount(), session.requireUser().username(), clock.instant());
            }
            audit.record(handle, CashierAuditAction.ACCOUNT_CUSTOMER_CHANGED, "customer", customerId,
                    before.map(a -> a.creditLimit().toPlainString()).orElse(null), limit.toPlainString());
        });
    }

    public List<AccountCustomer> accounts() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.attach(DiscountDao.class).accounts().stream()
                .map(a -> a.withOutstanding(ledger.balance(handle, a.customerId()))).toList());
    }

    /** The customer's arrangement with what it owes now by the ledger. */
    static Optional<AccountCustomer> account(Handle handle, long customerId, AccountLedger ledger) {
        return handle.attach(DiscountDao.class).account(customerId)
                .map(a -> a.withOutstanding(ledger.balance(handle, customerId)));
    }

    /** The customer's arrangement with what it owes now, for the desk to show beside the bill. */
    public Optional<AccountCustomer> account(long customerId) {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> account(handle, customerId, ledger));
    }
}
