package com.fours.workbench.qc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The lines of guarantee comebacks and who pays them, and what linking a comeback reads. */
@RegisterConstructorMapper(ComebackLine.class)
@RegisterConstructorMapper(ComebackDao.IntakeFacts.class)
public interface ComebackDao {

    /** When the car was received and its odometer then. */
    record IntakeFacts(Instant receivedAt, int mileage) {
    }

    /** The payer a user named for this line of a comeback, if one did. */
    @SqlQuery("SELECT payer FROM qc_comeback_charge WHERE repair_line_id = :lineId")
    Optional<String> chargedPayer(long lineId);

    /** The labour lines of comebacks not settled yet, newest order first. */
    @SqlQuery("""
            SELECT o.id AS order_id, o.number AS order_number, o.version AS order_version, v.plate,
                   e.number AS earlier_order_number, l.id AS line_id, l.description, l.payer,
                   EXISTS (SELECT 1 FROM qc_comeback_charge x WHERE x.repair_line_id = l.id) AS overridden
            FROM qc_comeback c JOIN repair_order o ON o.id = c.repair_order_id
            JOIN repair_order e ON e.id = c.earlier_order_id JOIN vehicle v ON v.id = o.vehicle_id
            JOIN repair_line l ON l.repair_order_id = o.id
            WHERE o.status NOT IN ('SETTLED', 'DELIVERED', 'CANCELLED') AND l.kind = 'LABOUR' AND NOT l.declined
            ORDER BY o.id DESC, l.line_no
            """)
    List<ComebackLine> openLines();

    @SqlUpdate("DELETE FROM qc_comeback_charge WHERE repair_line_id = :lineId")
    void deleteCharge(long lineId);

    @SqlUpdate("""
            INSERT INTO qc_comeback_charge (repair_line_id, payer, reason, set_by, set_at)
            VALUES (:lineId, :payer, :reason, :by, :at)
            """)
    void insertCharge(long lineId, String payer, String reason, String by, Instant at);

    @SqlQuery("SELECT number FROM repair_order WHERE id = :orderId")
    String orderNumber(long orderId);

    @SqlQuery("SELECT received_at, mileage FROM intake WHERE id = :intakeId")
    IntakeFacts intakeFacts(long intakeId);
}
