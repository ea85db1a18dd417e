package com.fours.workbench.db;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every row of every table of an H2 database as a compact typed stream, and back into another
 * database of the same schema (decision 0085: the demo database built at build time). Flyway's
 * history and the change feed's log are left out: the target is migrated already, and its own
 * triggers log what the load writes.
 */
public final class TableImage {

    private static final Logger log = LoggerFactory.getLogger(TableImage.class);
    private static final String MAGIC = "workbench-table-image-1";
    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "change_log");

    public record Column(String name, int type) {
    }

    /** A table's rows, in primary-key order; {@code step} is what a progress display names while it loads. */
    public record Table(String name, int step, List<Column> columns, String identity, List<Object[]> rows) {

        public int column(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The tables in an order that satisfies every foreign key, with a header of named values. */
    public record Image(Map<String, String> header, List<Table> tables) {

        public Table table(String name) {
            return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        }
    }

    private TableImage() {
    }

    public static boolean isH2(Handle handle) {
        try {
            return handle.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which database this is", e);
        }
    }

    /** Every applied migration (version and checksum): two databases with the same text have the same schema. */
    public static String migrations(Handle handle) {
        return String.join(";", handle.createQuery("SELECT version, checksum FROM flyway_schema_history "
                        + "WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                .map((rs, ctx) -> rs.getString(1) + ":" + rs.getString(2)).list());
    }

    /** The number of rows of each table of the image, for a build to see which step wrote a table first. */
    public static Map<String, Long> rowCounts(Handle handle) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(handle.getConnection())) {
            counts.put(table, handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
        }
        return counts;
    }

    /**
     * Writes every table; {@code stepOf} gives each table its step (tables it lacks get the last
     * one). Tables are ordered parents first, and among the tables ready to go, the earliest step first.
     */
    public static void write(Handle handle, Map<String, String> header, Map<String, Integer> stepOf, OutputStream stream) {
        Connection connection = handle.getConnection();
        try {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(MAGIC);
            out.writeInt(header.size());
            for (Map.Entry<String, String> e : header.entrySet()) {
                out.writeUTF(e.getKey());
                writeString(out, e.getValue());
            }
            int lastStep = stepOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> order = loadOrder(connection, stepOf, lastStep);
            out.writeInt(order.size());
            for (String table : order) {
                writeTable(connection, table, stepOf.getOrDefault(table, lastStep), out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the table image: " + e.getMessage(), e);
        }
    }

    public static Image read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a table image");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            header.put(in.readUTF(), readString(in));
        }
        List<Table> tables = new ArrayList<>();
        for (int t = in.readInt(); t > 0; t--) {
            String name = in.readUTF();
            int step = in.readInt();
            String identity = in.readUTF();
            List<Column> columns = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                columns.add(new Column(in.readUTF(), in.readInt()));
            }
            int count = in.readInt();
            List<Object[]> rows = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                Object[] row = new Object[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = readValue(in, columns.get(c).type());
                }
                rows.add(row);
            }
            tables.add(new Table(name, step, columns, identity.isEmpty() ? null : identity, rows));
        }
        return new Image(header, tables);
    }

    /**
     * Replaces the rows of the image's tables in a database of the same schema with the image's
     * (the rows its migrations wrote go first), and sets every identity past the highest id loaded.
     * {@code beforeStep} is told each table's step before it loads. H2 only: an identity's restart
     * is DDL, which H2 commits; it runs before the rows, so a failed load leaves no row behind.
     */
    public static void load(Handle handle, Image image, IntConsumer beforeStep) {
        Connection connection = handle.getConnection();
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (Table table : image.tables()) {
                if (table.identity() != null) {
                    int column = table.column(table.identity());
                    long next = table.rows().stream().mapToLong(r -> ((Number) r[column]).longValue()).max().orElse(0) + 1;
                    statement.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + table.identity()
                            + " RESTART WITH " + next);
                }
            }
            List<Table> reversed = new ArrayList<>(image.tables());
            java.util.Collections.reverse(reversed);
            for (Table table : reversed) {
                try (ResultSet any = statement.executeQuery("SELECT 1 FROM " + table.name() + " LIMIT 1")) {
                    if (!any.next()) {
                        continue;
                    }
                }
                statement.executeUpdate("DELETE FROM " + table.name());
            }
            long cleared = System.nanoTime();
            int rows = 0;
            for (Table table : image.tables()) {
                beforeStep.accept(table.step());
                insert(connection, table);
                rows += table.rows().size();
            }
            log.info("Table image: identities and seeded rows in {} ms, {} rows of {} tables in {} ms",
                    (cleared - started) / 1_000_000, rows, image.tables().size(), (System.nanoTime() - cleared) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the table image: " + e.getMessage(), e);
        }
    }

    /** Rows per INSERT: a statement trigger (the stock tables' change feed) fires once per statement, not per row. */
    private static final int ROWS_PER_STATEMENT = 200;

    private static void insert(Connection connection, Table table) throws SQLException {
        List<Object[]> rows = table.rows();
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement insert = connection.prepareStatement(insertSql(table, ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bind(insert, table, rows.subList(chunk * ROWS_PER_STATEMENT, (chunk + 1) * ROWS_PER_STATEMENT));
                    insert.executeUpdate();
                }
            }
        }
        List<Object[]> rest = rows.subList(full * ROWS_PER_STATEMENT, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(insertSql(table, rest.size()))) {
                bind(insert, table, rest);
                insert.executeUpdate();
            }
        }
    }

    private static String insertSql(Table table, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (");
        StringBuilder marks = new StringBuilder("(");
        for (int c = 0; c < table.columns().size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(table.columns().get(c).name());
            marks.append(c == 0 ? "?" : ", ?");
        }
        marks.append(')');
        sql.append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(marks);
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement insert, Table table, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++, index++) {
                if (row[c] == null) {
                    insert.setNull(index, table.columns().get(c).type());
                } else {
                    insert.setObject(index, row[c]);
                }
            }
        }
    }

    private static List<String> tables(Connection connection) {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(name)) {
                    tables.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables: " + e.getMessage(), e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables in schema public");
        }
        return tables;
    }

    /** Parents before children; among the tables whose parents are all placed, the earliest step first. */
    private static List<String> loadOrder(Connection connection, Map<String, Integer> stepOf, int lastStep)
            throws SQLException {
        List<String> tables = tables(connection);
        Map<String, Set<String>> parents = new HashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tables) {
            Set<String> of = new HashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, "public", table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(table, of);
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (order.size() < tables.size()) {
            String next = tables.stream().filter(t -> !placed.contains(t) && placed.containsAll(parents.get(t)))
                    .min(java.util.Comparator.<String>comparingInt(t -> stepOf.getOrDefault(t, lastStep))
                            .thenComparing(t -> t))
                    .orElseThrow(() -> new IllegalStateException("foreign keys in a cycle among " + tables));
            order.add(next);
            placed.add(next);
        }
        return order;
    }

    private static void writeTable(Connection connection, String table, int step, DataOutputStream out)
            throws SQLException, IOException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> key = new ArrayList<>();
        try (ResultSet pk = meta.getPrimaryKeys(null, "public", table)) {
            Map<Integer, String> byPosition = new TreeMap<>();
            while (pk.next()) {
                byPosition.put(pk.getInt("KEY_SEQ"), pk.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            key.addAll(byPosition.values());
        }
        String identity = "";
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'YES'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    identity = rs.getString(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        String orderBy = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table + orderBy)) {
            int count = rs.getMetaData().getColumnCount();
            List<Column> columns = new ArrayList<>();
            for (int c = 1; c <= count; c++) {
                columns.add(new Column(rs.getMetaData().getColumnName(c).toLowerCase(Locale.ROOT),
                        kind(rs.getMetaData().getColumnType(c), table, rs.getMetaData().getColumnName(c))));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[count];
                for (int c = 0; c < count; c++) {
                    row[c] = get(rs, c + 1, columns.get(c).type());
                }
                rows.add(row);
            }
            out.writeUTF(table);
            out.writeInt(step);
            out.writeUTF(identity);
            out.writeInt(count);
            for (Column column : columns) {
                out.writeUTF(column.name());
                out.writeInt(column.type());
            }
            out.writeInt(rows.size());
            for (Object[] row : rows) {
                for (int c = 0; c < count; c++) {
                    writeValue(out, columns.get(c).type(), row[c]);
                }
            }
        }
    }

    /** The JDBC types the image knows, each column's type folded onto one of them. */
    private static int kind(int type, String table, String column) {
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Types.BIGINT;
            case Types.BOOLEAN, Types.BIT -> Types.BOOLEAN;
            case Types.DECIMAL, Types.NUMERIC -> Types.DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> Types.DOUBLE;
            case Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR -> Types.VARCHAR;
            case Types.DATE -> Types.DATE;
            case Types.TIME -> Types.TIME;
            case Types.TIMESTAMP -> Types.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Types.TIMESTAMP_WITH_TIMEZONE;
            case Types.BINARY, Types.VARBINARY, Types.BLOB, Types.LONGVARBINARY -> Types.VARBINARY;
            default -> throw new IllegalStateException("column " + table + "." + column + " has JDBC type " + type
                    + ", which the table image does not know");
        };
    }

    private static Object get(ResultSet rs, int index, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BIGINT -> rs.getLong(index);
            case Types.BOOLEAN -> rs.getBoolean(index);
            case Types.DECIMAL -> rs.getBigDecimal(index);
            // only the intake sheet's damage-mark positions (0..1); money is DECIMAL, copied exactly above
            case Types.DOUBLE -> rs.getDouble(index);
            case Types.VARCHAR -> rs.getString(index);
            case Types.DATE -> rs.getObject(index, LocalDate.class);
            case Types.TIME -> rs.getObject(index, LocalTime.class);
            case Types.TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(index, OffsetDateTime.class);
            default -> rs.getBytes(index);
        };
        return rs.wasNull() ? null : value;
    }

    private static void writeValue(DataOutputStream out, int type, Object value) throws IOException {
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        switch (type) {
            case Types.BIGINT -> out.writeLong((Long) value);
            case Types.BOOLEAN -> out.writeBoolean((Boolean) value);
            case Types.DECIMAL -> out.writeUTF(((BigDecimal) value).toString());
            case Types.DOUBLE -> out.writeDouble((Double) value);
            case Types.VARCHAR -> writeString(out, (String) value);
            case Types.DATE -> out.writeLong(((LocalDate) value).toEpochDay());
            case Types.TIME -> out.writeLong(((LocalTime) value).toNanoOfDay());
            case Types.TIMESTAMP -> {
                LocalDateTime t = (LocalDateTime) value;
                out.writeLong(t.toEpochSecond(ZoneOffset.UTC));
                out.writeInt(t.getNano());
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime t = (OffsetDateTime) value;
                out.writeLong(t.toEpochSecond());
                out.writeInt(t.getNano());
                out.writeInt(t.getOffset().getTotalSeconds());
            }
            default -> {
                byte[] bytes = (byte[]) value;
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    private static Object readValue(DataInputStream in, int type) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return switch (type) {
            case Types.BIGINT -> in.readLong();
            case Types.BOOLEAN -> in.readBoolean();
            case Types.DECIMAL -> new BigDecimal(in.readUTF());
            case Types.DOUBLE -> in.readDouble();
            case Types.VARCHAR -> readString(in);
            case Types.DATE -> LocalDate.ofEpochDay(in.readLong());
            case Types.TIME -> LocalTime.ofNanoOfDay(in.readLong());
            case Types.TIMESTAMP -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                long seconds = in.readLong();
                int nanos = in.readInt();
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
                yield OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos), offset);
            }
            default -> in.readNBytes(in.readInt());
        };
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
