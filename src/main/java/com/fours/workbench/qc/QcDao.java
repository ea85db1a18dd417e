package com.fours.workbench.qc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fours.workbench.repair.OrderVehicleSql;

/** Checklists, signatures, releases, certificates, guarantee periods and comebacks. */
@RegisterConstructorMapper(ChecklistItem.class)
@RegisterConstructorMapper(QcDao.SignatureRow.class)
@RegisterConstructorMapper(ItemOutcome.class)
@RegisterConstructorMapper(Release.class)
@RegisterConstructorMapper(Certificate.class)
@RegisterConstructorMapper(Comeback.class)
@RegisterConstructorMapper(QcDao.PeriodRow.class)
@RegisterConstructorMapper(QcDao.WaitingOrder.class)
@RegisterConstructorMapper(QcDao.CertificateFacts.class)
public interface QcDao {

    record WaitingOrder(long id, Instant since) {
    }

    record CertificateFacts(String customerName, String plate, String plateColor, String vehicleType, String vin,
                            String shopName, String shopPhone) {
    }

    /** Orders in QC, and those past it without the certificate their categories need, oldest change first. */
    @SqlQuery("""
            SELECT o.id, COALESCE(o.status_changed_at, o.created_at) AS since
            FROM repair_order o LEFT JOIN qc_certificate c ON c.repair_order_id = o.id
            WHERE o.status = 'IN_QC'
               OR (o.status IN ('READY_FOR_SETTLEMENT', 'SETTLED') AND c.id IS NULL AND EXISTS (
                   SELECT 1 FROM repair_line l WHERE l.repair_order_id = o.id AND NOT l.declined
                     AND l.category IN (<certified>)))
            ORDER BY COALESCE(o.status_changed_at, o.created_at), o.id
            """)
    List<WaitingOrder> ordersForQc(@BindList("certified") List<String> certified);

    /** What a certificate copies from the order, its car, its customer and the store, as they are now. */
    @SqlQuery("SELECT c.name AS customer_name, v.plate, v.plate_color, TRIM(" + OrderVehicleSql.MODEL + """
            ) AS vehicle_type, v.vin, s.name AS shop_name, s.phone AS shop_phone
            FROM""" + OrderVehicleSql.ORDER_VEHICLE_CUSTOMER + """
            CROSS JOIN store_profile s WHERE o.id = :orderId
            """)
    CertificateFacts certificateFacts(long orderId);

    record SignatureRow(long id, long repairOrderId, int roundNo, String level, boolean passed, String reason, long userId,
                        String username, String displayName, String signedAs, Instant signedAt) {
    }

    record PeriodRow(String category, int days, int km) {
    }

    String ITEM = "SELECT id, category, position, text_zh, text_en, active, version FROM qc_checklist_item ";

    @SqlQuery(ITEM + "ORDER BY CASE WHEN category IS NULL THEN 1 ELSE 0 END, category, position, id")
    List<ChecklistItem> allItems();

    @SqlQuery(ITEM + "WHERE active AND (category IS NULL OR category IN (<categories>)) "
            + "ORDER BY CASE WHEN category IS NULL THEN 1 ELSE 0 END, category, position, id")
    List<ChecklistItem> itemsFor(@BindList(value = "categories", onEmpty = BindList.EmptyHandling.NULL_STRING)
                                 Collection<String> categories);

    @SqlQuery(ITEM + "WHERE id = :id")
    Optional<ChecklistItem> item(long id);

    @SqlUpdate("""
            INSERT INTO qc_checklist_item (category, position, text_zh, text_en, active)
            VALUES (:category, :position, :textZh, :textEn, :active)
            """)
    @GetGeneratedKeys("id")
    long insertItem(String category, int position, String textZh, String textEn, boolean active);

    @SqlUpdate("""
            UPDATE qc_checklist_item SET category = :category, position = :position, text_zh = :textZh, text_en = :textEn,
                   active = :active, version = version + 1
            WHERE id = :id AND version = :version
            """)
    int updateItem(long id, int version, String category, int position, String textZh, String textEn, boolean active);

    String SIGNATURE = """
            SELECT s.id, s.repair_order_id, s.round_no, s.level, s.passed, s.reason, s.user_id, s.username,
                   COALESCE(u.display_name, s.username) AS display_name, s.signed_as, s.signed_at
            FROM qc_signature s LEFT JOIN app_user u ON u.id = s.user_id
            """;

    @SqlQuery(SIGNATURE + "WHERE s.repair_order_id = :orderId ORDER BY s.id")
    List<SignatureRow> signatures(long orderId);

    @SqlQuery("""
            SELECT r.signature_id, r.item_id, r.item_text, r.result, r.note
            FROM qc_item_result r JOIN qc_signature s ON s.id = r.signature_id
            WHERE s.repair_order_id = :orderId ORDER BY r.signature_id, r.item_id
            """)
    List<ItemOutcome> itemOutcomes(long orderId);

    @SqlUpdate("""
            INSERT INTO qc_signature (repair_order_id, round_no, level, passed, reason, user_id, username, signed_as, signed_at)
            VALUES (:orderId, :roundNo, :level, :passed, :reason, :userId, :username, :signedAs, :signedAt)
            """)
    @GetGeneratedKeys("id")
    long insertSignature(long orderId, int roundNo, String level, boolean passed, String reason, long userId,
                         String username, String signedAs, Instant signedAt);

    @SqlUpdate("""
            INSERT INTO qc_item_result (signature_id, item_id, item_text, result, note)
            VALUES (:signatureId, :itemId, :itemText, :result, :note)
            """)
    void insertItemResult(long signatureId, long itemId, String itemText, String result, String note);

    @SqlQuery("SELECT COUNT(*) FROM qc_signature WHERE repair_order_id = :orderId AND NOT passed")
    int failures(long orderId);

    @SqlQuery("""
            SELECT COUNT(*) FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id
            WHERE l.repair_order_id = :orderId AND c.user_id = :userId
            """)
    int clockedStretches(long orderId, long userId);

    @SqlQuery("""
            SELECT COUNT(*) FROM job_assignment a JOIN repair_line l ON l.id = a.repair_line_id
            WHERE l.repair_order_id = :orderId AND a.technician_id = :userId
            """)
    int assignments(long orderId, long userId);

    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM job_clock c JOIN repair_line l ON l.id = c.repair_line_id WHERE l.repair_order_id = :orderId)
                OR EXISTS (SELECT 1 FROM job_assignment a JOIN repair_line l ON l.id = a.repair_line_id
                           WHERE l.repair_order_id = :orderId AND a.technician_id IS NOT NULL)
            """)
    boolean anyoneWorked(long orderId);

    @SqlQuery("SELECT id FROM repair_order WHERE id = :orderId FOR UPDATE")
    Optional<Long> lockOrder(long orderId);

    String RELEASE = """
            SELECT repair_order_id, signature_id, rounds, exit_date, exit_mileage, guarantee_category, guarantee_days,
                   guarantee_km, guarantee_until, guarantee_until_km FROM qc_release
            """;

    @SqlQuery(RELEASE + "WHERE repair_order_id = :orderId")
    Optional<Release> release(long orderId);

    @SqlUpdate("""
            INSERT INTO qc_release (repair_order_id, signature_id, rounds, exit_date, exit_mileage, guarantee_category,
                guarantee_days, guarantee_km, guarantee_until, guarantee_until_km)
            VALUES (:orderId, :signatureId, :rounds, :exitDate, :exitMileage, :category, :days, :km, :until, :untilKm)
            """)
    void insertRelease(long orderId, long signatureId, int rounds, LocalDate exitDate, int exitMileage, String category,
                       int days, int km, LocalDate until, int untilKm);

    @SqlUpdate("INSERT INTO qc_certificate_counter (cert_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING")
    void ensureCounter(int year);

    @SqlUpdate("UPDATE qc_certificate_counter SET last_number = last_number + 1 WHERE cert_year = :year")
    int advanceCounter(int year);

    @SqlQuery("SELECT last_number FROM qc_certificate_counter WHERE cert_year = :year")
    int lastNumber(int year);

    String CERTIFICATE = """
            SELECT id, repair_order_id, number, cert_year, sequence_no, customer_name, plate, plate_color, vehicle_type, vin,
                   shop_name, shop_phone, repair_category, exit_date, exit_mileage, inspector, guarantee_until,
                   guarantee_until_km, issued_by, issued_at FROM qc_certificate
            """;

    @SqlQuery(CERTIFICATE + "WHERE repair_order_id = :orderId")
    Optional<Certificate> certificate(long orderId);

    @SqlUpdate("""
            INSERT INTO qc_certificate (repair_order_id, number, cert_year, sequence_no, customer_name, plate, plate_color,
                vehicle_type, vin, shop_name, shop_phone, repair_category, exit_date, exit_mileage, inspector,
                guarantee_until, guarantee_until_km, issued_by, issued_at)
            VALUES (:repairOrderId, :number, :certYear, :sequenceNo, :customerName, :plate, :plateColor, :vehicleType, :vin,
                :shopName, :shopPhone, :repairCategory, :exitDate, :exitMileage, :inspector, :guaranteeUntil,
                :guaranteeUntilKm, :issuedBy, :issuedAt)
            """)
    @GetGeneratedKeys("id")
    long insertCertificate(long repairOrderId, String number, int certYear, int sequenceNo, String customerName,
                           String plate, String plateColor, String vehicleType, String vin, String shopName,
                           String shopPhone, String repairCategory, LocalDate exitDate, int exitMileage, String inspector,
                           LocalDate guaranteeUntil, int guaranteeUntilKm, String issuedBy, Instant issuedAt);

    @SqlQuery("SELECT category, days, km FROM qc_guarantee_period")
    List<PeriodRow> storePeriods();

    @SqlUpdate("DELETE FROM qc_guarantee_period WHERE category = :category")
    int deletePeriod(String category);

    @SqlUpdate("INSERT INTO qc_guarantee_period (category, days, km) VALUES (:category, :days, :km)")
    void insertPeriod(String category, int days, int km);

    String COMEBACK = """
            SELECT c.repair_order_id, c.earlier_order_id, o.number AS earlier_order_number, r.exit_date AS earlier_exit_date,
                   r.guarantee_until, r.guarantee_until_km, c.recorded_at
            FROM qc_comeback c JOIN repair_order o ON o.id = c.earlier_order_id
            JOIN qc_release r ON r.repair_order_id = c.earlier_order_id
            """;

    @SqlQuery(COMEBACK + "WHERE c.repair_order_id = :orderId")
    Optional<Comeback> comeback(long orderId);

    @SqlQuery("SELECT earlier_order_id FROM qc_comeback WHERE repair_order_id = :orderId")
    Optional<Long> earlierOrderOf(long orderId);

    @SqlUpdate("INSERT INTO qc_comeback (repair_order_id, earlier_order_id, recorded_at) VALUES (:orderId, :earlierId, :at)")
    void insertComeback(long orderId, long earlierId, Instant at);

    /** The newest earlier order of a vehicle whose guarantee covers this date and reading. */
    @SqlQuery("""
            SELECT o.id FROM qc_release r JOIN repair_order o ON o.id = r.repair_order_id
            WHERE o.vehicle_id = :vehicleId AND o.id <> :exceptOrderId AND r.exit_date <= :date
              AND r.guarantee_until >= :date AND r.guarantee_until_km >= :mileage
            ORDER BY r.exit_date DESC, o.id DESC LIMIT 1
            """)
    Optional<Long> coveringOrder(long vehicleId, long exceptOrderId, LocalDate date, int mileage);

    /** A received order at or near quality control. */
    record OrderAtQc(long id, String number, String status, long vehicleId, long customerId) {
    }

    @SqlQuery("""
            SELECT o.id, o.number, o.status, o.vehicle_id, o.customer_id FROM repair_order o
            JOIN intake i ON i.id = o.intake_id WHERE o.status IN ('IN_QC', 'READY_FOR_SETTLEMENT', 'IN_PROGRESS')
            ORDER BY o.id
            """)
    @RegisterConstructorMapper(OrderAtQc.class)
    List<OrderAtQc> ordersAtQc();

    @SqlQuery("""
            SELECT DISTINCT category FROM repair_line WHERE repair_order_id = :orderId AND NOT declined
            AND category IS NOT NULL
            """)
    List<String> categoriesOf(long orderId);

    @SqlQuery("SELECT i.mileage FROM repair_order o JOIN intake i ON i.id = o.intake_id WHERE o.id = :orderId")
    int mileageAtIntake(long orderId);
}
