package com.fours.workbench.customers;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SearchDao.Entry.class)
@RegisterConstructorMapper(SearchDao.HitRow.class)
@RegisterConstructorMapper(SearchDao.GramSample.class)
interface SearchDao {

    record Entry(long id, long customerId, Long vehicleId) {
    }

    record GramSample(int entries, long reach) {
    }

    record HitRow(long customerId, Long vehicleId, String plate, String plateColor, String vin, String brand,
                  String model, String name, String mobile, String otherPhone) {
    }

    @SqlQuery("SELECT id, customer_id, vehicle_id FROM search_entry WHERE customer_id = :customerId")
    List<Entry> entriesOfCustomer(long customerId);

    @SqlQuery("SELECT id, customer_id, vehicle_id FROM search_entry WHERE vehicle_id = :vehicleId")
    Optional<Entry> entryOfVehicle(long vehicleId);

    @SqlUpdate("INSERT INTO search_entry (customer_id, vehicle_id, haystack) VALUES (:customerId, :vehicleId, :haystack)")
    @GetGeneratedKeys("id")
    long insertEntry(long customerId, Long vehicleId, String haystack);

    /** As {@link #insertEntry} for many entries in one batch; the ids in the same order. */
    @SqlBatch("INSERT INTO search_entry (customer_id, vehicle_id, haystack) VALUES (:customerId, :vehicleId, :haystack)")
    @GetGeneratedKeys("id")
    List<Long> insertEntries(List<Long> customerId, List<Long> vehicleId, List<String> haystack);

    @SqlBatch("INSERT INTO search_gram (gram, entry_id) VALUES (:gram, :entryId)")
    void insertGramRows(List<String> gram, List<Long> entryId);

    @SqlUpdate("UPDATE search_entry SET customer_id = :customerId, haystack = :haystack WHERE id = :id")
    void updateEntry(long id, long customerId, String haystack);

    @SqlUpdate("DELETE FROM search_entry WHERE id = :id")
    void deleteEntry(long id);

    @SqlUpdate("DELETE FROM search_gram WHERE entry_id = :entryId")
    void deleteGrams(long entryId);

    @SqlBatch("INSERT INTO search_gram (gram, entry_id) VALUES (:gram, :entryId)")
    void insertGrams(Iterable<String> gram, long entryId);

    /**
     * The first {@code size} entries of a gram, in index order: how many there are (all of them
     * when fewer) and the highest entry id among them.
     */
    @SqlQuery("""
            SELECT COUNT(*) AS entries, COALESCE(MAX(entry_id), 0) AS reach FROM (
                SELECT entry_id FROM search_gram WHERE gram = :gram ORDER BY gram, entry_id LIMIT :size) first_entries
            """)
    GramSample sample(String gram, int size);

    /**
     * Entries through one gram whose text holds the whole fragment, in index order. Written so that
     * H2 walks the (gram, entry_id) primary key in order and stops at the limit: the LEFT JOIN keeps
     * search_gram first (H2 would otherwise scan every entry and join the grams to it), and ordering
     * by gram too lets it see the index is already sorted. PostgreSQL turns the LEFT JOIN back into
     * an inner one, since the WHERE clause needs an entry.
     */
    @SqlQuery("""
            SELECT e.id, e.customer_id, e.vehicle_id FROM search_gram g LEFT JOIN search_entry e ON e.id = g.entry_id
            WHERE g.gram = :gram AND e.haystack LIKE :pattern
            ORDER BY g.gram, g.entry_id LIMIT :limit
            """)
    List<Entry> throughGram(String gram, String pattern, int limit);

    /**
     * As {@link #throughGram}, keeping only entries that hold a second gram of the fragment too: a
     * lookup in the small, cached stretch of the index for {@code filter}, so the entry itself is read
     * only for the few candidates that hold both (for a fragment made of common grams, such as
     * seven digits of a phone, that is one in fifty). The inner join comes before the entry, and H2
     * keeps search_gram g first as its primary key serves the ORDER BY.
     */
    @SqlQuery("""
            SELECT e.id, e.customer_id, e.vehicle_id FROM search_gram g
            JOIN search_gram f ON f.gram = :filter AND f.entry_id = g.entry_id
            LEFT JOIN search_entry e ON e.id = g.entry_id
            WHERE g.gram = :gram AND e.haystack LIKE :pattern
            ORDER BY g.gram, g.entry_id LIMIT :limit
            """)
    List<Entry> throughGrams(String gram, String filter, String pattern, int limit);

    /**
     * Entries whose plate, VIN or a phone is exactly the fragment. One branch per column, so each
     * is an index lookup: with OR between columns H2 scans both tables whole.
     */
    @SqlQuery("""
            SELECT e.id, e.customer_id, e.vehicle_id FROM vehicle v JOIN search_entry e ON e.vehicle_id = v.id
            WHERE v.plate = :exact
            UNION
            SELECT e.id, e.customer_id, e.vehicle_id FROM vehicle v JOIN search_entry e ON e.vehicle_id = v.id
            WHERE v.vin = :exact
            UNION
            SELECT e.id, e.customer_id, e.vehicle_id FROM customer c JOIN search_entry e ON e.customer_id = c.id
            WHERE c.mobile = :exact
            UNION
            SELECT e.id, e.customer_id, e.vehicle_id FROM customer c JOIN search_entry e ON e.customer_id = c.id
            WHERE c.other_phone = :exact
            """)
    List<Entry> exact(String exact);

    @SqlQuery("""
            SELECT c.id AS customer_id, v.id AS vehicle_id, v.plate, v.plate_color, v.vin, v.brand, v.model,
                   c.name, c.mobile, c.other_phone
            FROM search_entry e JOIN customer c ON c.id = e.customer_id LEFT JOIN vehicle v ON v.id = e.vehicle_id
            WHERE e.id IN (<ids>)
            """)
    List<HitRow> hits(@BindList("ids") List<Long> entryIds);
}
