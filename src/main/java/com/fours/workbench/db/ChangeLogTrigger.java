package com.fours.workbench.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * H2's side of the change feed (decision 0057): writes a {@code change_log} row in the transaction
 * of a change to a watched table. Declared in {@code db/vendor/h2}; PostgreSQL has the same triggers
 * in PL/pgSQL. A row trigger names the record by the column below; a statement trigger (stock) names none.
 */
public final class ChangeLogTrigger implements Trigger {

    private record Watched(String topic, String keyColumn) {
    }

    private static final Map<String, Watched> WATCHED = Map.ofEntries(
            Map.entry("repair_order", new Watched("REPAIR_ORDER", "id")),
            Map.entry("repair_line", new Watched("REPAIR_ORDER", "repair_order_id")),
            Map.entry("delivery", new Watched("REPAIR_ORDER", "repair_order_id")),
            Map.entry("job_assignment", new Watched("REPAIR_ORDER", null)),
            Map.entry("job_clock", new Watched("REPAIR_ORDER", null)),
            Map.entry("appointment", new Watched("BOOKING", "id")),
            Map.entry("bill", new Watched("BILL", "id")),
            Map.entry("payment", new Watched("BILL", "bill_id")),
            Map.entry("stock_movement", new Watched("STOCK", null)),
            Map.entry("stock_reservation", new Watched("STOCK", null)),
            Map.entry("purchase_request", new Watched("STOCK", null)));

    /** The tables whose changes are logged (the migrations of both databases declare the same). */
    static java.util.Set<String> watchedTables() {
        return WATCHED.keySet();
    }

    private String topic;
    private int keyIndex = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        Watched watched = WATCHED.get(tableName.toLowerCase(Locale.ROOT));
        if (watched == null) {
            throw new SQLException("No change-feed topic for table " + tableName);
        }
        topic = watched.topic();
        if (watched.keyColumn() != null) {
            try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
                while (columns.next()) {
                    if (columns.getString("COLUMN_NAME").equalsIgnoreCase(watched.keyColumn())) {
                        keyIndex = columns.getInt("ORDINAL_POSITION") - 1;
                    }
                }
            }
            if (keyIndex < 0) {
                throw new SQLException("No column " + watched.keyColumn() + " in " + tableName);
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        Object key = keyIndex >= 0 && row != null ? row[keyIndex] : null;
        // A statement run in auto-commit mode would have H2 commit this nested insert inside the
        // trigger, which it refuses: the insert runs without auto-commit and the outer statement
        // commits both.
        Session session = conn.unwrap(JdbcConnection.class).getSession();
        boolean autoCommit = session.getAutoCommit();
        session.setAutoCommit(false);
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO change_log (topic, record_key) VALUES (?, ?)")) {
            insert.setString(1, topic);
            insert.setObject(2, key);
            insert.executeUpdate();
        } finally {
            session.setAutoCommit(autoCommit);
        }
    }
}
