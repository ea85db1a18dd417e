package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;

/** The store's discount rules: percent per member level, manual-discount limits per role, coupons, customers on account. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(DiscountPolicy.class)
@RegisterConstructorMapper(Coupon.class)
@RegisterConstructorMapper(AccountCustomer.class)
@RegisterConstructorMapper(DiscountDao.RoleLimit.class)
public interface DiscountDao {

    String POLICY_COLUMNS = "member_level, labour_percent, parts_percent, version";

    String COUPON_COLUMNS = "id, code, kind, amount, valid_from, valid_until, description, used_bill_id, used_at";

    /** The arrangement; what is owed comes from the receivables ledger ({@link AccountLedger#balance}). */
    String ACCOUNT_QUERY = """
            SELECT a.customer_id, c.name AS customer_name, a.credit_limit,
                   CAST(0 AS DECIMAL(14,2)) AS outstanding,
                   a.granted_by, a.granted_at
            FROM account_customer a JOIN customer c ON c.id = a.customer_id
            """;

    @SqlQuery("SELECT " + POLICY_COLUMNS + " FROM discount_policy")
    List<DiscountPolicy> policies();

    @SqlQuery("SELECT " + POLICY_COLUMNS + " FROM discount_policy WHERE member_level = :level")
    Optional<DiscountPolicy> policy(String level);

    @SqlUpdate("INSERT INTO discount_policy (member_level, labour_percent, parts_percent) VALUES (:level, :labour, :parts)")
    int insertPolicy(String level, BigDecimal labour, BigDecimal parts);

    @SqlUpdate("""
            UPDATE discount_policy SET labour_percent = :labour, parts_percent = :parts, version = version + 1
            WHERE member_level = :level AND version = :version
            """)
    int updatePolicy(String level, BigDecimal labour, BigDecimal parts, int version);

    record RoleLimit(String role, BigDecimal maxAmount) {
    }

    @SqlQuery("SELECT role, max_amount FROM discount_limit")
    List<RoleLimit> limits();

    @SqlQuery("SELECT max_amount FROM discount_limit WHERE role = :role")
    Optional<BigDecimal> limit(String role);

    /** The highest limit among the roles: what a user holding them may give. */
    @SqlQuery("SELECT COALESCE(MAX(max_amount), 0) FROM discount_limit WHERE role IN (<roles>)")
    Optional<BigDecimal> highestLimit(@BindList("roles") List<String> roles);

    @SqlUpdate("UPDATE discount_limit SET max_amount = :amount, version = version + 1 WHERE role = :role")
    void updateLimit(String role, BigDecimal amount);

    @SqlUpdate("INSERT INTO discount_limit (role, max_amount) VALUES (:role, :amount)")
    void insertLimit(String role, BigDecimal amount);

    @SqlUpdate("""
            INSERT INTO coupon (code, kind, amount, valid_from, valid_until, description, created_by, created_at)
            VALUES (:code, :kind, :amount, :from, :until, :description, :by, :at)
            """)
    void insertCoupon(String code, String kind, BigDecimal amount, LocalDate from, LocalDate until, String description,
                      String by, Instant at);

    /** A coupon for one car (goodwill after a complaint): the cashier's desk offers it on that car's bills. */
    @SqlUpdate("""
            INSERT INTO coupon (code, kind, amount, valid_from, valid_until, description, created_by, created_at, vehicle_id)
            VALUES (:code, :kind, :amount, :from, :until, :description, :by, :at, :vehicleId)
            """)
    void insertVehicleCoupon(String code, String kind, BigDecimal amount, LocalDate from, LocalDate until,
                             String description, String by, Instant at, long vehicleId);

    @SqlQuery("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE vehicle_id = (SELECT vehicle_id FROM repair_order "
            + "WHERE id = :orderId) AND used_bill_id IS NULL AND valid_from <= :today AND valid_until >= :today "
            + "ORDER BY valid_until, code")
    List<Coupon> usableCouponsOfOrdersCar(long orderId, LocalDate today);

    /** The plate of the car a coupon is bound to, when that is not the car of this order. */
    @SqlQuery("SELECT v.plate FROM coupon c JOIN vehicle v ON v.id = c.vehicle_id WHERE c.code = :code "
            + "AND c.vehicle_id <> (SELECT vehicle_id FROM repair_order WHERE id = :orderId)")
    Optional<String> otherCarOfCoupon(String code, long orderId);

    @SqlQuery("SELECT " + COUPON_COLUMNS + " FROM coupon ORDER BY code")
    List<Coupon> coupons();

    @SqlQuery("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE code = :code")
    Optional<Coupon> coupon(String code);

    /** Marks the coupon used; 0 rows when another bill was first. */
    @SqlUpdate("UPDATE coupon SET used_bill_id = :bill, used_at = :now WHERE code = :code AND used_bill_id IS NULL")
    int useCoupon(String code, long bill, Instant now);

    @SqlQuery("SELECT COUNT(*) FROM customer WHERE id = :id")
    int customerCount(long id);

    @SqlUpdate("DELETE FROM account_customer WHERE customer_id = :id")
    void deleteAccount(long id);

    @SqlUpdate("""
            INSERT INTO account_customer (customer_id, credit_limit, granted_by, granted_at)
            VALUES (:id, :limit, :by, :at)
            """)
    void insertAccount(long id, BigDecimal limit, String by, Instant at);

    @SqlQuery(ACCOUNT_QUERY + " ORDER BY c.name")
    List<AccountCustomer> accounts();

    @SqlQuery(ACCOUNT_QUERY + " WHERE a.customer_id = :id")
    Optional<AccountCustomer> account(long id);

    /** The first company of the archive: the demo's account customer. */
    @SqlQuery("SELECT id FROM customer WHERE kind = 'COMPANY' ORDER BY id LIMIT 1")
    Optional<Long> firstCompany();
}
