package com.fours.workbench.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.db.MoneyColumnMapper;

/** The claims' tables: a claim per bill on a maker's or insurer's account, its old parts, its receipts. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(Claim.class)
@RegisterConstructorMapper(ClaimPart.class)
@RegisterConstructorMapper(ClaimableBill.class)
public interface ClaimsDao {

    String CLAIM_QUERY = """
            SELECT c.id, c.number, c.kind, c.bill_id, b.number AS bill_number, o.number AS order_number, v.plate,
                   c.item_id, c.payer_id, p.name AS payer_name, c.state, c.claimed, c.approved, c.paid, c.excess,
                   c.fault_code, c.cause, c.payer_claim_no, c.assessor, c.reason, c.shortfall_choice, c.drafted_on,
                   c.submitted_on, c.decided_on, c.paid_on, c.drafted_by, c.version, c.charge_bill_id,
                   cb.number AS charge_bill_number,
                   cb.total - COALESCE((SELECT SUM(cp.amount) FROM payment cp WHERE cp.bill_id = cb.id), 0) AS charge_due
            FROM claim c JOIN bill b ON b.id = c.bill_id JOIN repair_order o ON o.id = b.repair_order_id
            JOIN vehicle v ON v.id = o.vehicle_id JOIN receivable_payer p ON p.id = c.payer_id
            LEFT JOIN bill cb ON cb.id = c.charge_bill_id
            """;

    @SqlQuery(CLAIM_QUERY + " WHERE c.id = :id")
    Optional<Claim> claim(long id);

    @SqlQuery("SELECT id FROM claim WHERE id = :id FOR UPDATE")
    Optional<Long> lock(long id);

    @SqlQuery("SELECT number FROM claim WHERE bill_id = :billId")
    Optional<String> claimOfBill(long billId);

    /** Claims in the given states, oldest first (all states when the list holds every state). */
    @SqlQuery(CLAIM_QUERY + " WHERE c.state IN (<states>) ORDER BY COALESCE(c.submitted_on, c.drafted_on), c.number"
            + " LIMIT :limit")
    List<Claim> claims(@org.jdbi.v3.sqlobject.customizer.BindList("states") List<String> states, int limit);

    /** The maker's and insurers' bills with something open on their account and no claim yet, oldest first. */
    @SqlQuery("""
            SELECT b.id AS bill_id, b.number AS bill_number, o.number AS order_number, v.plate, b.payer AS kind,
                   b.payer_name, b.claim_reference, i.open_amount AS amount, b.excess, i.billed_on
            FROM receivable_item i JOIN bill b ON b.id = i.bill_id JOIN repair_order o ON o.id = b.repair_order_id
            JOIN vehicle v ON v.id = o.vehicle_id
            WHERE b.payer IN ('WARRANTY', 'INSURANCE') AND i.open_amount > 0
              AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.bill_id = b.id)
            ORDER BY i.billed_on, b.number LIMIT :limit
            """)
    List<ClaimableBill> claimable(int limit);

    @SqlQuery("SELECT last_number FROM claim_counter WHERE id = 1 FOR UPDATE")
    int lockCounter();

    @SqlUpdate("UPDATE claim_counter SET last_number = :last WHERE id = 1")
    void setCounter(int last);

    @SqlUpdate("""
            INSERT INTO claim (number, kind, bill_id, item_id, payer_id, state, claimed, excess, fault_code, cause,
                               payer_claim_no, assessor, drafted_on, drafted_by)
            VALUES (:number, :kind, :billId, :itemId, :payerId, 'DRAFTED', :claimed, :excess, :faultCode, :cause,
                    :payerClaimNo, :assessor, :draftedOn, :draftedBy)
            """)
    @GetGeneratedKeys("id")
    long insert(String number, String kind, long billId, long itemId, long payerId, BigDecimal claimed,
                BigDecimal excess, String faultCode, String cause, String payerClaimNo, String assessor,
                LocalDate draftedOn, String draftedBy);

    /** Sent: the maker's or insurer's claim number; only from DRAFTED at the version the user saw. */
    @SqlUpdate("""
            UPDATE claim SET state = 'SUBMITTED', payer_claim_no = :payerClaimNo, submitted_on = :day,
                             version = version + 1
            WHERE id = :id AND version = :version AND state = 'DRAFTED'
            """)
    int submit(long id, int version, String payerClaimNo, LocalDate day);

    @SqlUpdate("""
            UPDATE claim SET state = :state, approved = :approved, reason = :reason, shortfall_choice = :choice,
                             decided_on = :day, version = version + 1
            WHERE id = :id AND version = :version AND state = 'SUBMITTED'
            """)
    int decide(long id, int version, String state, BigDecimal approved, String reason, String choice, LocalDate day);

    @SqlUpdate("UPDATE claim SET charge_bill_id = :billId WHERE id = :id AND charge_bill_id IS NULL")
    int charged(long id, long billId);

    /** Adds a payment; the row's checks refuse paying beyond what was approved. */
    @SqlUpdate("""
            UPDATE claim SET paid = paid + :amount, paid_on = :day,
                             state = CASE WHEN paid + :amount = approved THEN 'PAID' ELSE state END,
                             version = version + 1
            WHERE id = :id AND version = :version AND state IN ('APPROVED', 'PARTLY_APPROVED')
              AND paid + :amount <= approved
            """)
    int pay(long id, int version, BigDecimal amount, LocalDate day);

    @SqlUpdate("INSERT INTO claim_payment (claim_id, receipt_id) VALUES (:claimId, :receiptId)")
    void insertPayment(long claimId, long receiptId);

    @SqlBatch("""
            INSERT INTO claim_part (claim_id, line_no, code, description, quantity, tag, place, return_by)
            VALUES (:claimId, :lineNo, :code, :description, :quantity, :tag, :place, :returnBy)
            """)
    void insertParts(@BindMethods List<ClaimPart> parts);

    @SqlQuery("SELECT id, claim_id, line_no, code, description, quantity, tag, place, return_by FROM claim_part "
            + "WHERE claim_id = :claimId ORDER BY line_no")
    List<ClaimPart> parts(long claimId);
}
