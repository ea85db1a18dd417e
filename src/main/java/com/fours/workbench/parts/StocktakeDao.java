package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Stocktake.class)
@RegisterConstructorMapper(StocktakeLine.class)
@RegisterConstructorMapper(StocktakeDao.Movement.class)
interface StocktakeDao extends SqlObject {

    /** A ledger row after the freeze, as the variance needs it. */
    record Movement(long id, long partId, long binId, BigDecimal quantity) {
    }

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM stock_movement")
    long lastMovementId();

    @SqlUpdate("""
            INSERT INTO stocktake (scope, bin_from, bin_to, category, status, threshold_quantity, threshold_value,
                                   freeze_movement_id, frozen_at, created_by)
            VALUES (:scope, :binFrom, :binTo, :category, 'COUNTING', :thresholdQuantity, :thresholdValue,
                    :freezeMovementId, :frozenAt, :createdBy)
            """)
    @GetGeneratedKeys("id")
    long insert(String scope, String binFrom, String binTo, String category, BigDecimal thresholdQuantity,
                BigDecimal thresholdValue, long freezeMovementId, Instant frozenAt, String createdBy);

    /**
     * Freezes the book: one line per part and bin in the scope that holds stock or is where the part
     * is kept, with its balance now and the part's moving average cost. One statement; the filters
     * the scope does not use are left out.
     */
    default int freezeLines(long stocktakeId, String binFrom, String binTo, String category, Collection<Long> partIds) {
        StringBuilder where = new StringBuilder(" WHERE (p.active OR COALESCE(s.on_hand, 0) > 0)");
        if (binFrom != null) {
            where.append(" AND b.code >= :binFrom");
        }
        if (binTo != null) {
            where.append(" AND (b.code <= :binTo OR b.code LIKE :binToPrefix)");
        }
        if (category != null) {
            where.append(" AND p.category = :category");
        }
        if (partIds != null) {
            if (partIds.isEmpty()) {
                return 0;
            }
            where.append(" AND p.id IN (<partIds>)");
        }
        var update = getHandle().createUpdate("""
                INSERT INTO stocktake_line (stocktake_id, part_id, bin_id, book_quantity, unit_cost)
                SELECT :stocktakeId, k.part_id, k.bin_id, COALESCE(s.on_hand, 0), p.average_cost
                FROM (SELECT part_id, bin_id FROM stock_balance UNION SELECT part_id, bin_id FROM part_bin) k
                JOIN part p ON p.id = k.part_id
                JOIN bin b ON b.id = k.bin_id
                LEFT JOIN stock_balance s ON s.part_id = k.part_id AND s.bin_id = k.bin_id
                """ + where).bind("stocktakeId", stocktakeId);
        if (binFrom != null) {
            update.bind("binFrom", binFrom);
        }
        if (binTo != null) {
            update.bind("binTo", binTo).bind("binToPrefix", binTo + "%");
        }
        if (category != null) {
            update.bind("category", category);
        }
        if (partIds != null) {
            update.bindList("partIds", List.copyOf(partIds));
        }
        return update.execute();
    }

    @SqlQuery("SELECT " + Stocktake.COLUMNS + " FROM stocktake t WHERE t.id = :id")
    Optional<Stocktake> find(long id);

    @SqlQuery("SELECT " + Stocktake.COLUMNS + " FROM stocktake t ORDER BY t.id DESC LIMIT :limit")
    List<Stocktake> recent(int limit);

    @SqlQuery("SELECT status FROM stocktake WHERE id = :id FOR UPDATE")
    Optional<StocktakeStatus> lockStatus(long id);

    @SqlUpdate("UPDATE stocktake SET status = :to, version = version + 1 WHERE id = :id AND status = :from")
    int changeStatus(long id, String from, String to);

    @SqlUpdate("""
            UPDATE stocktake SET status = 'APPROVED', approved_by = :username, approved_at = :at, version = version + 1
            WHERE id = :id AND status = 'COUNTED' AND version = :version
            """)
    int approve(long id, int version, String username, Instant at);

    @SqlUpdate("""
            UPDATE stocktake SET status = 'POSTED', posted_by = :username, posted_at = :at, version = version + 1
            WHERE id = :id AND status = 'APPROVED'
            """)
    int markPosted(long id, String username, Instant at);

    @SqlQuery("SELECT " + StocktakeLine.COLUMNS + StocktakeLine.FROM
            + "WHERE l.stocktake_id = :stocktakeId ORDER BY b.code, p.part_number")
    List<StocktakeLine> lines(long stocktakeId);

    @SqlQuery("SELECT " + StocktakeLine.COLUMNS + StocktakeLine.FROM + "WHERE l.id = :lineId")
    Optional<StocktakeLine> line(long lineId);

    @SqlQuery("SELECT " + StocktakeLine.COLUMNS + StocktakeLine.FROM
            + "WHERE l.stocktake_id = :stocktakeId AND l.part_id = :partId ORDER BY b.code")
    List<StocktakeLine> linesOfPart(long stocktakeId, long partId);

    @SqlUpdate("""
            INSERT INTO stocktake_line (stocktake_id, part_id, bin_id, book_quantity, unit_cost)
            VALUES (:stocktakeId, :partId, :binId, :bookQuantity, :unitCost)
            """)
    @GetGeneratedKeys("id")
    long insertLine(long stocktakeId, long partId, long binId, BigDecimal bookQuantity, BigDecimal unitCost);

    @SqlQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_movement WHERE part_id = :partId AND bin_id = :binId AND id > :after")
    BigDecimal movedSince(long partId, long binId, long after);

    /** Adds to the first count; the line must belong to a stocktake that takes counts. */
    @SqlUpdate("""
            UPDATE stocktake_line SET counted_quantity = COALESCE(counted_quantity, 0) + :quantity,
                   counted_watermark = :watermark, counted_by = :username, counted_at = :at
            WHERE id = :lineId
            """)
    int addCount(long lineId, BigDecimal quantity, long watermark, String username, Instant at);

    @SqlUpdate("""
            UPDATE stocktake_line SET counted_quantity = :quantity, counted_watermark = :watermark,
                   counted_by = :username, counted_at = :at
            WHERE id = :lineId
            """)
    int setCount(long lineId, BigDecimal quantity, long watermark, String username, Instant at);

    @SqlUpdate("""
            UPDATE stocktake_line SET recount_quantity = COALESCE(recount_quantity, 0) + :quantity,
                   recount_watermark = :watermark, counted_by = :username, counted_at = :at
            WHERE id = :lineId AND recount_required
            """)
    int addRecount(long lineId, BigDecimal quantity, long watermark, String username, Instant at);

    @SqlUpdate("""
            UPDATE stocktake_line SET recount_quantity = :quantity, recount_watermark = :watermark,
                   counted_by = :username, counted_at = :at
            WHERE id = :lineId AND recount_required
            """)
    int setRecount(long lineId, BigDecimal quantity, long watermark, String username, Instant at);

    /** Where the lines stand for the variance: counts and the ledger row each count had seen. */
    @SqlQuery("""
            SELECT id, part_id, bin_id, book_quantity, unit_cost, counted_quantity, counted_watermark,
                   recount_required, recount_quantity, recount_watermark, expected_quantity, variance_quantity,
                   variance_value
            FROM stocktake_line WHERE stocktake_id = :stocktakeId
            """)
    @RegisterConstructorMapper(StocktakeVariance.Count.class)
    List<StocktakeVariance.Count> counts(long stocktakeId);

    @SqlQuery("SELECT id, part_id, bin_id, quantity FROM stock_movement WHERE id > :after ORDER BY id")
    List<Movement> movementsAfter(long after);

    @SqlUpdate("UPDATE stocktake_line SET recount_required = TRUE WHERE id IN (<lineIds>)")
    int requireRecount(@BindList("lineIds") Collection<Long> lineIds);

    /** Lines one clerk counted in [start, end), and those of them the count found a variance on (the appraisal's). */
    @SqlQuery("""
            SELECT COUNT(*) AS counted, COALESCE(SUM(CASE WHEN variance_quantity <> 0 THEN 1 ELSE 0 END), 0) AS variances
            FROM stocktake_line WHERE counted_by = :clerk AND counted_at >= :start AND counted_at < :end
            """)
    @RegisterConstructorMapper(CountVariances.class)
    CountVariances countVariancesOf(Instant start, Instant end, String clerk);

    record CountVariances(int counted, int variances) {
    }
}
