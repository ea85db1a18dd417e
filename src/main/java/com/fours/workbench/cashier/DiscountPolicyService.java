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
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.db.MoneyColumnMapper;
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

    public DiscountPolicyService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- member levels

    public List<DiscountPolicy> policies() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.createQuery(
                "SELECT member_level, labour_percent, parts_percent, version FROM discount_policy")
                .map(ConstructorMapper.of(DiscountPolicy.class)).stream()
                .sorted(java.util.Comparator.comparing(DiscountPolicy::memberLevel)).toList());
    }

    static Optional<DiscountPolicy> policy(Handle handle, MemberLevel level) {
        return handle.createQuery("SELECT member_level, labour_percent, parts_percent, version FROM discount_policy "
                + "WHERE member_level = :level").bind("level", level.name())
                .map(ConstructorMapper.of(DiscountPolicy.class)).findOne();
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
            int changed = before == null
                    ? handle.createUpdate("INSERT INTO discount_policy (member_level, labour_percent, parts_percent) "
                            + "VALUES (:level, :labour, :parts)").bind("level", level.name()).bind("labour", labour)
                            .bind("parts", parts).execute()
                    : handle.createUpdate("UPDATE discount_policy SET labour_percent = :labour, parts_percent = :parts, "
                            + "version = version + 1 WHERE member_level = :level AND version = :version")
                            .bind("level", level.name()).bind("labour", labour).bind("parts", parts)
                            .bind("version", expectedVersion).execute();
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
            handle.createQuery("SELECT role, max_amount FROM discount_limit").mapToMap().forEach(row -> limits.put(
                    Role.valueOf((String) row.get("role")), Money.of((BigDecimal) row.get("max_amount"))));
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
            Optional<BigDecimal> before = handle.createQuery("SELECT max_amount FROM discount_limit WHERE role = :role")
                    .bind("role", role.name()).mapTo(BigDecimal.class).findOne();
            if (before.isPresent()) {
                handle.createUpdate("UPDATE discount_limit SET max_amount = :amount, version = version + 1 "
                        + "WHERE role = :role").bind("role", role.name()).bind("amount", amount.amount()).execute();
            } else {
                handle.createUpdate("INSERT INTO discount_limit (role, max_amount) VALUES (:role, :amount)")
                        .bind("role", role.name()).bind("amount", amount.amount()).execute();
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
            handle.createUpdate("""
                    INSERT INTO coupon (code, kind, amount, valid_from, valid_until, description, created_by, created_at)
                    VALUES (:code, :kind, :amount, :from, :until, :description, :by, :at)
                    """).bind("code", c).bind("kind", kind.name()).bind("amount", value).bind("from", from)
                    .bind("until", until).bind("description", text).bind("by", session.requireUser().username())
                    .bind("at", clock.instant()).execute();
            Coupon created = find(handle, c).orElseThrow();
            audit.record(handle, CashierAuditAction.COUPON_CREATED, "coupon", c, null,
                    "kind=" + kind + ", amount=" + value.toPlainString() + ", valid=" + from + ".." + until);
            return created;
        });
    }

    public List<Coupon> coupons() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.createQuery("SELECT " + COUPON_COLUMNS + " FROM coupon ORDER BY code")
                .registerColumnMapper(new MoneyColumnMapper()).map(ConstructorMapper.of(Coupon.class)).list());
    }

    private static final String COUPON_COLUMNS = "id, code, kind, amount, valid_from, valid_until, description, "
            + "used_bill_id, used_at";

    static Optional<Coupon> find(Handle handle, String code) {
        return handle.createQuery("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE code = :code")
                .bind("code", Typed.clean(code).toUpperCase(Locale.ROOT)).registerColumnMapper(new MoneyColumnMapper())
                .map(ConstructorMapper.of(Coupon.class)).findOne();
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

    /** Marks the coupon used by a bill; only one bill wins when two use it at the same moment. */
    static void useCoupon(Handle handle, String code, long billId, Instant now) {
        int used = handle.createUpdate("UPDATE coupon SET used_bill_id = :bill, used_at = :now "
                + "WHERE code = :code AND used_bill_id IS NULL").bind("bill", billId).bind("now", now)
                .bind("code", code).execute();
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
            if (handle.createQuery("SELECT COUNT(*) FROM customer WHERE id = :id").bind("id", customerId)
                    .mapTo(Integer.class).one() == 0) {
                throw new BusinessRuleException("customer.notFound", String.valueOf(customerId));
            }
            Optional<AccountCustomer> before = account(handle, customerId);
            handle.createUpdate("DELETE FROM account_customer WHERE customer_id = :id").bind("id", customerId).execute();
            if (limit.isPositive()) {
                handle.createUpdate("INSERT INTO account_customer (customer_id, credit_limit, granted_by, granted_at) "
                        + "VALUES (:id, :limit, :by, :at)").bind("id", customerId).bind("limit", limit.amount())
                        .bind("by", session.requireUser().username()).bind("at", clock.instant()).execute();
            }
            audit.record(handle, CashierAuditAction.ACCOUNT_CUSTOMER_CHANGED, "customer", customerId,
                    before.map(a -> a.creditLimit().toPlainString()).orElse(null), limit.toPlainString());
        });
    }

    public List<AccountCustomer> accounts() {
        session.require(Permission.USE_CASHIER);
        return transactions.read(handle -> handle.createQuery(ACCOUNT_QUERY + " ORDER BY c.name")
                .registerColumnMapper(new MoneyColumnMapper()).map(ConstructorMapper.of(AccountCustomer.class)).list());
    }

    private static final String ACCOUNT_QUERY = """
            SELECT a.customer_id, c.name AS customer_name, a.credit_limit,
                   COALESCE((SELECT SUM(p.amount) FROM payment p JOIN bill b ON b.id = p.bill_id
                             WHERE b.customer_id = a.customer_id AND b.payer = 'CUSTOMER' AND p.method = 'ON_ACCOUNT'), 0)
                       AS outstanding,
                   a.granted_by, a.granted_at
            FROM account_customer a JOIN customer c ON c.id = a.customer_id
            """;

    static Optional<AccountCustomer> account(Handle handle, long customerId) {
        return handle.createQuery(ACCOUNT_QUERY + " WHERE a.customer_id = :id").bind("id", customerId)
                .registerColumnMapper(new MoneyColumnMapper()).map(ConstructorMapper.of(AccountCustomer.class))
                .findOne();
    }
}
