package com.fours.workbench.db;

import java.util.Collection;
import java.util.List;

import com.fours.workbench.core.Change;
import com.fours.workbench.core.ChangeTopic;

/**
 * The {@code change_log} table, written by triggers in the transaction of each watched change
 * (decision 0057) and read here: the newest id, the rows after an id, rows among ids that were
 * still open at the last read, and the pruning of old rows.
 */
public final class ChangeFeed {

    /** How many rows one read returns at most; the next poll continues after the last. */
    static final int PAGE = 500;

    private final Transactions transactions;

    public ChangeFeed(Transactions transactions) {
        this.transactions = transactions;
    }

    /** One row of the log. */
    public record Entry(long id, Change change) {
    }

    public long latestId() {
        return transactions.read(handle -> handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM change_log")
                .mapTo(Long.class).one());
    }

    /** The rows after {@code id}, oldest first, at most {@link #PAGE}. */
    public List<Entry> after(long id) {
        return transactions.read(handle -> handle.createQuery(
                        "SELECT id, topic, record_key FROM change_log WHERE id > :id ORDER BY id LIMIT " + PAGE)
                .bind("id", id)
                .map((rs, ctx) -> entry(rs.getLong("id"), rs.getString("topic"), rs.getObject("record_key", Long.class)))
                .list());
    }

    /** The rows among {@code ids} that exist now (ids skipped by a read because their transaction was still open). */
    public List<Entry> among(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.read(handle -> handle.createQuery(
                        "SELECT id, topic, record_key FROM change_log WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> entry(rs.getLong("id"), rs.getString("topic"), rs.getObject("record_key", Long.class)))
                .list());
    }

    /** Deletes rows older than {@code minutes} by the database's clock; returns how many. */
    public int prune(int minutes) {
        return transactions.inTransaction(handle -> handle.createUpdate(
                        "DELETE FROM change_log WHERE changed_at < CURRENT_TIMESTAMP - INTERVAL '1' MINUTE * CAST(:minutes AS INTEGER)")
                .bind("minutes", minutes)
                .execute());
    }

    private static Entry entry(long id, String topic, Long key) {
        return new Entry(id, new Change(ChangeTopic.valueOf(topic), key));
    }
}
