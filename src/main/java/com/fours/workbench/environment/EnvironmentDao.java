package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The hazardous-waste tables: catalogue, handlers, rules, the ledger, transfers and closed months. */
@RegisterConstructorMapper(WastePlace.class)
@RegisterConstructorMapper(WasteKind.class)
@RegisterConstructorMapper(WasteRule.class)
@RegisterConstructorMapper(WasteEntry.class)
@RegisterConstructorMapper(WasteTransfer.class)
@RegisterConstructorMapper(EnvironmentDao.HandlerRow.class)
@RegisterConstructorMapper(EnvironmentDao.HandlerCategory.class)
@RegisterConstructorMapper(EnvironmentDao.PartLine.class)
@RegisterConstructorMapper(EnvironmentDao.FinishedLine.class)
@RegisterConstructorMapper(EnvironmentDao.OrderOf.class)
@RegisterConstructorMapper(EnvironmentDao.DayQuantity.class)
@RegisterConstructorMapper(EnvironmentDao.KindTotals.class)
@RegisterConstructorMapper(EnvironmentDao.MonthQuantity.class)
public interface EnvironmentDao {

    // ---- catalogue

    @SqlQuery("SELECT id, name, unit, capacity FROM waste_place ORDER BY name")
    List<WastePlace> places();

    @SqlQuery("SELECT id, name, unit, capacity FROM waste_place WHERE id = :id")
    Optional<WastePlace> place(long id);

    @SqlUpdate("INSERT INTO waste_place (name, unit, capacity) VALUES (:name, :unit, :capacity)")
    @GetGeneratedKeys("id")
    long insertPlace(String name, String unit, BigDecimal capacity);

    @SqlQuery("SELECT " + WasteKind.COLUMNS + WasteKind.FROM + "ORDER BY k.category, k.code")
    List<WasteKind> kinds();

    @SqlQuery("SELECT " + WasteKind.COLUMNS + WasteKind.FROM + "WHERE k.id = :id")
    Optional<WasteKind> kind(long id);

    /** Takes the kind's row lock: two hand-overs of one kind are checked against the store one after the other. */
    @SqlQuery("SELECT id FROM waste_kind WHERE id = :id FOR UPDATE")
    Optional<Long> lockKind(long id);

    @SqlQuery("SELECT COUNT(*) FROM waste_kind WHERE code = :code AND name = :name")
    int kindsNamed(String code, String name);

    @SqlUpdate("""
            INSERT INTO waste_kind (category, code, name, unit, place_id)
            VALUES (:category, :code, :name, :unit, :placeId)
            """)
    @GetGeneratedKeys("id")
    long insertKind(String category, String code, String name, String unit, long placeId);

    record HandlerRow(long id, String name, String licenceNo, LocalDate licenceExpiry) {
    }

    record HandlerCategory(long handlerId, String category) {
    }

    @SqlQuery("SELECT id, name, licence_no, licence_expiry FROM waste_handler ORDER BY name")
    List<HandlerRow> handlers();

    @SqlQuery("SELECT id, name, licence_no, licence_expiry FROM waste_handler WHERE id = :id")
    Optional<HandlerRow> handler(long id);

    @SqlQuery("SELECT handler_id, category FROM waste_handler_category ORDER BY handler_id, category")
    List<HandlerCategory> handlerCategories();

    @SqlQuery("SELECT COUNT(*) FROM waste_handler WHERE licence_no = :licenceNo")
    int handlersWithLicence(String licenceNo);

    @SqlUpdate("INSERT INTO waste_handler (name, licence_no, licence_expiry) VALUES (:name, :licenceNo, :expiry)")
    @GetGeneratedKeys("id")
    long insertHandler(String name, String licenceNo, LocalDate expiry);

    @SqlUpdate("INSERT INTO waste_handler_category (handler_id, category) VALUES (:handlerId, :category)")
    void insertHandlerCategory(long handlerId, String category);

    // ---- rules

    @SqlQuery(WasteRule.SELECT + "ORDER BY k.name, o.code, p.part_number")
    List<WasteRule> rules();

    @SqlQuery(WasteRule.SELECT + "WHERE r.operation_id = :operationId")
    List<WasteRule> rulesOfOperation(long operationId);

    @SqlQuery(WasteRule.SELECT + "WHERE r.part_id = :partId")
    List<WasteRule> rulesOfPart(long partId);

    @SqlUpdate("""
            INSERT INTO waste_rule (kind_id, operation_id, part_id, quantity_per, old_part)
            VALUES (:kindId, :operationId, :partId, :quantityPer, :oldPart)
            """)
    @GetGeneratedKeys("id")
    long insertRule(long kindId, Long operationId, Long partId, BigDecimal quantityPer, boolean oldPart);

    @SqlQuery("SELECT id FROM labour_operation WHERE code = :code")
    Optional<Long> operationCoded(String code);

    @SqlQuery("SELECT id FROM part WHERE part_number = :partNumber")
    Optional<Long> partNumbered(String partNumber);

    @SqlQuery("SELECT COUNT(*) FROM labour_operation WHERE id = :id")
    int operationsWithId(long id);

    @SqlQuery("SELECT COUNT(*) FROM part WHERE id = :id")
    int partsWithId(long id);

    // ---- generation from repair lines

    /** The order a line belongs to, and whether its customer left the old parts to the store. */
    record OrderOf(long orderId, String orderNumber, String oldParts) {
    }

    @SqlQuery("""
            SELECT o.id AS order_id, o.number AS order_number, i.old_parts
            FROM repair_order o JOIN intake i ON i.id = o.intake_id WHERE o.id = :orderId
            """)
    Optional<OrderOf> orderOf(long orderId);

    record PartLine(long id, long partId, BigDecimal quantity) {
    }

    /** The order's part lines the customer agreed to. */
    @SqlQuery("""
            SELECT id, part_id, quantity FROM repair_line
            WHERE repair_order_id = :orderId AND kind = 'PART' AND part_id IS NOT NULL
              AND approval_id IS NOT NULL AND NOT declined
            ORDER BY line_no
            """)
    List<PartLine> approvedPartLines(long orderId);

    /** A line finished since {@code from}: what the demo's history turns into waste. */
    record FinishedLine(long id, long repairOrderId, String kind, Long operationId, String doneBy, Instant doneAt) {
    }

    @SqlQuery("""
            SELECT id, repair_order_id, kind, operation_id, done_by, done_at FROM repair_line
            WHERE status = 'DONE' AND done_at >= :from ORDER BY done_at, id
            """)
    List<FinishedLine> finishedSince(Instant from);

    @SqlQuery("SELECT COUNT(*) FROM waste_entry WHERE repair_line_id = :lineId AND kind_id = :kindId")
    int entriesOfLine(long lineId, long kindId);

    // ---- the ledger

    @SqlUpdate("""
            INSERT INTO waste_entry (kind_id, entry_day, movement, quantity, source, repair_line_id, order_number,
                                     transfer_id, corrects_id, note, recorded_by, recorded_at)
            VALUES (:kindId, :day, :movement, :quantity, :source, :lineId, :orderNumber, :transferId, :correctsId,
                    :note, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insertEntry(long kindId, LocalDate day, String movement, BigDecimal quantity, String source, Long lineId,
                     String orderNumber, Long transferId, Long correctsId, String note, String by, Instant at);

    @SqlQuery(WasteEntry.SELECT + "WHERE e.id = :id")
    Optional<WasteEntry> entry(long id);

    @SqlQuery(WasteEntry.SELECT + "WHERE e.entry_day >= :from AND e.entry_day <= :to ORDER BY e.entry_day, e.id")
    List<WasteEntry> entries(LocalDate from, LocalDate to);

    @SqlQuery(WasteEntry.SELECT + "WHERE e.order_number = :orderNumber ORDER BY e.id")
    List<WasteEntry> entriesOfOrder(String orderNumber);

    record KindTotals(long kindId, BigDecimal opening, BigDecimal produced, BigDecimal transferred) {
    }

    /** Per kind: in store before {@code from}, produced (with corrections) and transferred from {@code from} to {@code to}. */
    @SqlQuery("""
            SELECT kind_id,
                   SUM(CASE WHEN entry_day < :from THEN
                            CASE WHEN movement = 'TRANSFERRED' THEN -quantity ELSE quantity END ELSE 0 END) AS opening,
                   SUM(CASE WHEN entry_day >= :from AND entry_day <= :to AND movement <> 'TRANSFERRED'
                            THEN quantity ELSE 0 END) AS produced,
                   SUM(CASE WHEN entry_day >= :from AND entry_day <= :to AND movement = 'TRANSFERRED'
                            THEN quantity ELSE 0 END) AS transferred
            FROM waste_entry WHERE entry_day <= :to GROUP BY kind_id
            """)
    List<KindTotals> totals(LocalDate from, LocalDate to);

    record DayQuantity(long kindId, LocalDate onDay, BigDecimal quantity) {
    }

    /** What each kind had added per day (produced and corrections), oldest first. */
    @SqlQuery("""
            SELECT kind_id, entry_day AS on_day, SUM(quantity) AS quantity FROM waste_entry
            WHERE movement <> 'TRANSFERRED' AND entry_day <= :to GROUP BY kind_id, entry_day ORDER BY kind_id, entry_day
            """)
    List<DayQuantity> producedByDay(LocalDate to);

    @SqlQuery("SELECT kind_id, MAX(entry_day) AS on_day, SUM(quantity) AS quantity FROM waste_entry "
            + "WHERE movement = 'TRANSFERRED' AND entry_day <= :to GROUP BY kind_id")
    List<DayQuantity> transferredTotals(LocalDate to);

    record MonthQuantity(long kindId, int ledgerYear, int ledgerMonth, BigDecimal quantity) {
    }

    @SqlQuery("""
            SELECT kind_id, EXTRACT(YEAR FROM entry_day) AS ledger_year, EXTRACT(MONTH FROM entry_day) AS ledger_month,
                   SUM(quantity) AS quantity
            FROM waste_entry WHERE movement <> 'TRANSFERRED' AND entry_day >= :from AND entry_day <= :to
            GROUP BY kind_id, EXTRACT(YEAR FROM entry_day), EXTRACT(MONTH FROM entry_day)
            """)
    List<MonthQuantity> producedByMonth(LocalDate from, LocalDate to);

    /** Cars received (orders not cancelled) in a period, for waste per 100 cars. */
    @SqlQuery("SELECT COUNT(*) FROM repair_order WHERE created_at >= :from AND created_at < :to AND status <> 'CANCELLED'")
    int carsReceived(Instant from, Instant to);

    // ---- transfers

    @SqlQuery("SELECT COUNT(*) FROM waste_transfer WHERE manifest_no = :manifestNo")
    int transfersWithManifest(String manifestNo);

    @SqlUpdate("""
            INSERT INTO waste_transfer (kind_id, handler_id, manifest_no, quantity, vehicle, transfer_day, handed_by,
                                        received_by, recorded_by, recorded_at)
            VALUES (:kindId, :handlerId, :manifestNo, :quantity, :vehicle, :day, :handedBy, :receivedBy, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insertTransfer(long kindId, long handlerId, String manifestNo, BigDecimal quantity, String vehicle,
                        LocalDate day, String handedBy, String receivedBy, String by, Instant at);

    @SqlQuery(WasteTransfer.SELECT + "WHERE t.id = :id")
    Optional<WasteTransfer> transfer(long id);

    @SqlQuery(WasteTransfer.SELECT + "WHERE t.transfer_day >= :from AND t.transfer_day <= :to ORDER BY t.transfer_day, t.id")
    List<WasteTransfer> transfers(LocalDate from, LocalDate to);

    // ---- closed months

    @SqlQuery("SELECT ledger_month FROM waste_month_closed ORDER BY ledger_month")
    List<String> closedMonths();

    @SqlQuery("SELECT COUNT(*) FROM waste_month_closed WHERE ledger_month = :month")
    int closedCount(String month);

    @SqlUpdate("INSERT INTO waste_month_closed (ledger_month, closed_by, closed_at) VALUES (:month, :by, :at)")
    void closeMonth(String month, String by, Instant at);
}
