package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.core.Money;
import com.fours.workbench.db.MoneyColumnMapper;
import com.fours.workbench.parts.Reservation;

/** The lines, approvals and change log of repair orders. */
@RegisterColumnMapper(MoneyColumnMapper.class)
@RegisterConstructorMapper(RepairLine.class)
@RegisterConstructorMapper(Approval.class)
@RegisterConstructorMapper(RepairChange.class)
@RegisterConstructorMapper(Recommendation.class)
@RegisterConstructorMapper(Reservation.class)
public interface RepairPlanDao {

    String APPROVAL_COLUMNS = "id, repair_order_id, method, customer_name, called_by, called_at, phone, what_was_said, "
            + "approved_amount, declined_amount, recorded_by, recorded_at";

    /** Takes the next version of the order, and with it the row lock; 0 rows when someone else was first. */
    @SqlUpdate("UPDATE repair_order SET version = version + 1 WHERE id = :id AND version = :expectedVersion")
    int bumpVersion(long id, int expectedVersion);

    /** The next version of an order the caller already holds (a line's work started or finished). */
    @SqlUpdate("UPDATE repair_order SET version = version + 1 WHERE id = :id")
    void nextVersion(long id);

    @SqlUpdate("""
            INSERT INTO repair_order_change (repair_order_id, version, kind, subject, changed_by, changed_at)
            VALUES (:orderId, :version, :kind, :subject, :changedBy, :changedAt)
            """)
    void insertChange(long orderId, int version, String kind, String subject, String changedBy, Instant changedAt);

    @SqlQuery("""
            SELECT repair_order_id, version, kind, subject, changed_by, changed_at FROM repair_order_change
            WHERE repair_order_id = :orderId AND version > :sinceVersion ORDER BY version
            """)
    List<RepairChange> changesSince(long orderId, int sinceVersion);

    @SqlQuery("SELECT " + RepairLine.COLUMNS + RepairLine.FROM + "WHERE l.repair_order_id = :orderId ORDER BY l.line_no")
    List<RepairLine> lines(long orderId);

    @SqlQuery("SELECT " + RepairLine.COLUMNS + RepairLine.FROM + "WHERE l.id = :lineId")
    Optional<RepairLine> line(long lineId);

    @SqlQuery("SELECT COALESCE(MAX(line_no), 0) + 1 FROM repair_line WHERE repair_order_id = :orderId")
    int nextLineNo(long orderId);

    @SqlUpdate("""
            INSERT INTO repair_line (repair_order_id, line_no, kind, operation_id, part_id, description, category, quantity,
                standard_hours, unit_price, amount, payer, work_group_id, status, added_by, added_at)
            VALUES (:orderId, :lineNo, :kind, :operationId, :partId, :description, :category, :quantity,
                :standardHours, :unitPrice, :amount, :payer, :workGroupId, 'WAITING', :addedBy, :addedAt)
            """)
    @GetGeneratedKeys("id")
    long insertLine(long orderId, int lineNo, String kind, Long operationId, Long partId, String description,
                    String category, BigDecimal quantity, BigDecimal standardHours, BigDecimal unitPrice, BigDecimal amount,
                    String payer, Long workGroupId, String addedBy, Instant addedAt);

    @SqlUpdate("UPDATE repair_line SET reservation_id = :reservationId WHERE id = :lineId")
    void setReservation(long lineId, long reservationId);

    @SqlUpdate("""
            UPDATE repair_line SET description = :description, category = :category, quantity = :quantity,
                unit_price = :unitPrice, amount = :amount, payer = :payer, work_group_id = :workGroupId,
                approval_id = NULL, declined = FALSE
            WHERE id = :lineId
            """)
    void updateLine(long lineId, String description, String category, BigDecimal quantity, BigDecimal unitPrice,
                    BigDecimal amount, String payer, Long workGroupId);

    @SqlUpdate("DELETE FROM repair_line WHERE id = :lineId")
    void deleteLine(long lineId);

    @SqlUpdate("UPDATE repair_line SET status = :status, done_by = :doneBy, done_at = :doneAt WHERE id = :lineId")
    void setStatus(long lineId, String status, String doneBy, Instant doneAt);

    @SqlUpdate("""
            INSERT INTO repair_approval (repair_order_id, method, customer_name, called_by, called_at, phone, what_was_said,
                approved_amount, declined_amount, recorded_by, recorded_at)
            VALUES (:orderId, :method, :customerName, :calledBy, :calledAt, :phone, :whatWasSaid, :approvedAmount,
                :declinedAmount, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insertApproval(long orderId, String method, String customerName, String calledBy, Instant calledAt,
                        String phone, String whatWasSaid, BigDecimal approvedAmount, BigDecimal declinedAmount,
                        String recordedBy, Instant recordedAt);

    @SqlUpdate("UPDATE repair_line SET approval_id = :approvalId, declined = :declined WHERE id = :lineId")
    void decide(long lineId, long approvalId, boolean declined);

    @SqlQuery("SELECT " + APPROVAL_COLUMNS + " FROM repair_approval WHERE repair_order_id = :orderId ORDER BY id")
    List<Approval> approvals(long orderId);

    @SqlUpdate("UPDATE repair_order SET approved_estimate = :estimate WHERE id = :orderId")
    void setApprovedEstimate(long orderId, BigDecimal estimate);

    @SqlQuery("SELECT approved_estimate FROM repair_order WHERE id = :orderId")
    Optional<Money> approvedEstimate(long orderId);

    @SqlUpdate("UPDATE repair_order SET status = :status, status_changed_at = :at WHERE id = :orderId")
    void setStatus(long orderId, String status, Instant at);

    @SqlQuery("SELECT approval_margin_percent FROM repair_settings WHERE id = 1")
    BigDecimal approvalMarginPercent();

    @SqlUpdate("UPDATE repair_settings SET approval_margin_percent = :percent, version = version + 1 WHERE id = 1")
    void setApprovalMarginPercent(BigDecimal percent);

    @SqlQuery("SELECT hourly_rate FROM labour_rate WHERE category = :category")
    Optional<Money> categoryRate(String category);

    @SqlQuery("SELECT labour_rate FROM store_profile WHERE id = 1")
    Optional<Money> storeRate();

    /** Part lines of the order whose reservation the warehouse has not fully issued yet. */
    @SqlQuery("""
            SELECT COUNT(*) FROM stock_reservation r JOIN repair_line l ON l.reservation_id = r.id
            WHERE r.repair_order_id = :orderId AND l.repair_order_id = :orderId AND r.status = 'OPEN'
              AND r.issued < r.quantity AND NOT l.declined
            """)
    int partsOutstanding(long orderId);

    @SqlQuery("""
            SELECT r.id, r.repair_order_id, r.repair_order_line_id, r.part_id, p.part_number, p.name_zh AS part_name,
                   p.name_en AS part_name_en, p.unit, r.quantity, r.issued, r.returned, r.status, r.served_from_stock, r.created_at, r.version
            FROM stock_reservation r JOIN part p ON p.id = r.part_id WHERE r.id = :id
            """)
    Reservation reservation(long id);

    /** Lines declined on the vehicle's earlier orders, newest first. */
    @SqlQuery("""
            SELECT o.number AS order_number, a.recorded_at AS declined_at, l.kind, l.description, l.amount
            FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id
            JOIN repair_approval a ON a.id = l.approval_id
            WHERE o.vehicle_id = :vehicleId AND l.declined
            ORDER BY a.recorded_at DESC, l.line_no
            """)
    List<Recommendation> recommendations(long vehicleId);

    /** Active parts whose number or name contains {@code like}: what a part line is picked from. */
    @SqlQuery("""
            SELECT id FROM part WHERE active AND (UPPER(part_number) LIKE :like OR UPPER(name_zh) LIKE :like
                OR UPPER(COALESCE(name_en, '')) LIKE :like)
            ORDER BY part_number LIMIT :limit
            """)
    List<Long> activePartIds(String like, int limit);

    /** Sets the status without moving its time: a history written afterwards (the demo's delivered visits). */
    @SqlUpdate("UPDATE repair_order SET status = :status WHERE id = :orderId")
    void setStatusOnly(long orderId, String status);

    @SqlUpdate("UPDATE repair_order SET version = :version WHERE id = :orderId")
    void setVersion(long orderId, int version);

    @SqlUpdate("UPDATE repair_line SET payer = :payer WHERE repair_order_id = :orderId AND kind = 'LABOUR'")
    void setLabourPayer(long orderId, String payer);

    /** A line already done, as a finished visit of the history has it. */
    @SqlUpdate("""
            INSERT INTO repair_line (repair_order_id, line_no, kind, operation_id, description, category, quantity,
                standard_hours, unit_price, amount, payer, status, declined, approval_id, added_by, added_at, done_by,
                done_at)
            VALUES (:orderId, :lineNo, :kind, :operationId, :description, :category, :quantity, :standardHours,
                :unitPrice, :amount, :payer, 'DONE', FALSE, :approvalId, :addedBy, :addedAt, :doneBy, :doneAt)
            """)
    void insertDoneLine(long orderId, int lineNo, String kind, Long operationId, String description, String category,
                        BigDecimal quantity, BigDecimal standardHours, BigDecimal unitPrice, BigDecimal amount,
                        String payer, Long approvalId, String addedBy, Instant addedAt, String doneBy, Instant doneAt);

    /** An open reservation of a planned part line. */
    @SqlUpdate("""
            INSERT INTO stock_reservation (repair_order_id, repair_order_line_id, part_id, quantity, status,
                served_from_stock, created_by, created_at)
            VALUES (:orderId, :lineId, :partId, :quantity, 'OPEN', TRUE, :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insertOpenReservation(long orderId, long lineId, long partId, BigDecimal quantity, String createdBy,
                               Instant createdAt);
}
