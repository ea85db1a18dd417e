package com.fours.workbench.cashier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What was exported when, and which settled visits are new since. Reads the cashier's bills, never writes them. */
interface HealthRecordDao {

    /** A bill that counts: issued (not a reversal) and not voided by one. */
    String LIVE_BILL = "b.kind = 'BILL' AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)";

    /**
     * Orders with a live bill issued on or after {@code since} that no export has taken yet. Every
     * export takes all live bills there are, so only bills since the day before the last export can
     * be new: the index on the business day keeps this a short range, not a scan of every bill.
     */
    @SqlQuery("SELECT DISTINCT b.repair_order_id FROM bill b WHERE b.business_day >= :since "
            + "AND b.repair_order_id IS NOT NULL AND " + LIVE_BILL
            + " AND NOT EXISTS (SELECT 1 FROM health_record_entry e WHERE e.bill_id = b.id) ORDER BY b.repair_order_id")
    List<Long> ordersWithNewBills(LocalDate since);

    @SqlQuery("SELECT MAX(exported_at) FROM health_record_export")
    Optional<Instant> lastExportAt();

    /** The live bills of these orders, in the order they were issued. */
    @SqlQuery("SELECT b.id, b.number, b.repair_order_id, b.business_day, "
            + "EXISTS (SELECT 1 FROM health_record_entry e WHERE e.bill_id = b.id) AS exported "
            + "FROM bill b WHERE b.repair_order_id IN (<orders>) AND " + LIVE_BILL
            + " ORDER BY b.repair_order_id, b.issued_at, b.id")
    @RegisterConstructorMapper(LiveBill.class)
    List<LiveBill> liveBills(@BindList("orders") List<Long> orders);

    /** A live bill of a visit; {@code exported} when an earlier export already took it. */
    record LiveBill(long id, String number, long repairOrderId, LocalDate businessDay, boolean exported) {
    }

    @SqlQuery("SELECT number FROM repair_order WHERE id = :id")
    String orderNumber(long id);

    @SqlQuery("SELECT COALESCE(MAX(sequence_no), 0) FROM health_record_file WHERE settlement_day = :day")
    int lastSequence(LocalDate day);

    @SqlUpdate("INSERT INTO health_record_export (exported_at, exported_by, folder, record_count) "
            + "VALUES (:at, :by, :folder, :count)")
    @GetGeneratedKeys("id")
    long insertExport(Instant at, String by, String folder, int count);

    @SqlUpdate("INSERT INTO health_record_file (settlement_day, sequence_no, export_id, base_name, record_count) "
            + "VALUES (:day, :sequence, :exportId, :baseName, :count)")
    void insertFile(LocalDate day, int sequence, long exportId, String baseName, int count);

    @SqlUpdate("INSERT INTO health_record_entry (bill_id, repair_order_id, settlement_day, sequence_no, export_id) "
            + "VALUES (:billId, :orderId, :day, :sequence, :exportId)")
    void insertEntry(long billId, long orderId, LocalDate day, int sequence, long exportId);

    @SqlQuery("""
            SELECT x.id, x.exported_at, COALESCE(u.display_name, x.exported_by) AS exported_by, x.folder, x.record_count
            FROM health_record_export x LEFT JOIN app_user u ON u.username = x.exported_by
            ORDER BY x.id DESC LIMIT :limit
            """)
    @RegisterConstructorMapper(ExportRow.class)
    List<ExportRow> exports(int limit);

    record ExportRow(long id, Instant exportedAt, String exportedBy, String folder, int recordCount) {
    }

    @SqlQuery("SELECT base_name FROM health_record_file WHERE export_id = :exportId ORDER BY settlement_day, sequence_no")
    List<String> fileNames(long exportId);

    @SqlQuery("""
            SELECT o.number AS order_number, b.number AS bill_number, r.number AS reversal_number,
                   r.business_day AS voided_on, f.base_name AS file_name
            FROM health_record_entry e JOIN bill b ON b.id = e.bill_id JOIN bill r ON r.reverses_bill_id = b.id
            JOIN repair_order o ON o.id = e.repair_order_id
            JOIN health_record_file f ON f.settlement_day = e.settlement_day AND f.sequence_no = e.sequence_no
            ORDER BY r.business_day DESC, r.number DESC LIMIT :limit
            """)
    @RegisterConstructorMapper(HealthRecordVoided.class)
    List<HealthRecordVoided> voidedAfterExport(int limit);
}
