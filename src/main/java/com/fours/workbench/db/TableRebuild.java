package com.fours.workbench.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

/**
 * H2 tables written anew with some columns computed, instead of updated row by row (decision 0122): the
 * demo's move to today on its large tables. An UPDATE of every row has H2 keep each old row for the undo
 * log and replace it in the primary index; copying the rows out with the new values, dropping the table,
 * creating it again with H2's own script of it and copying the rows back takes a fraction of the CPU
 * (the JIT's share included). The table comes back as it was: its definition, identity, indexes,
 * constraints, triggers and the other tables' foreign keys to it, each under its own name.
 * Only for a database nobody else has open, with referential integrity off.
 */
final class TableRebuild {

    private static final String PREFIX = "demo_moving_";

    private TableRebuild() {
    }

    /**
     * {@code tables}: table name to (column name to the SQL expression of its new value, over the old row);
     * the other columns are kept.
     */
    static void moved(Handle handle, Map<String, Map<String, String>> tables) {
        if (tables.isEmpty()) {
            return;
        }
        Map<String, String> creates = new LinkedHashMap<>();
        List<String> primaryKeys = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String statement : handle.createQuery("SCRIPT NODATA").mapTo(String.class).list()) {
            String created = tables.keySet().stream().filter(t -> statement.startsWith("CREATE CACHED TABLE " + name(t) + "(")
                    || statement.startsWith("CREATE MEMORY TABLE " + name(t) + "(")).findFirst().orElse(null);
            if (created != null) {
                creates.put(created, statement);
            } else if (tables.keySet().stream().anyMatch(t -> about(statement, name(t)))) {
                (statement.contains(" PRIMARY KEY(") ? primaryKeys : rest).add(statement);
            }
        }
        if (!creates.keySet().containsAll(tables.keySet())) {
            throw new IllegalStateException("H2's script has no definition of " + tables.keySet() + " but " + creates.keySet());
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> table : tables.entrySet()) {
            List<String> names = handle.createQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                            + "'public' AND LOWER(table_name) = :table AND is_generated = 'NEVER' ORDER BY ordinal_position")
                    .bind("table", table.getKey()).mapTo(String.class).list();
            columns.put(table.getKey(), names.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", ")));
            String select = names.stream().map(c -> table.getValue().getOrDefault(c.toLowerCase(Locale.ROOT), '"' + c + '"')
                    + " AS \"" + c + '"').collect(Collectors.joining(", "));
            handle.execute("CREATE TABLE " + PREFIX + table.getKey() + " AS SELECT " + select + " FROM " + table.getKey());
        }
        for (String table : tables.keySet()) {
            handle.execute("DROP TABLE " + table + " CASCADE");
        }
        // the primary key before the rows, so that the rows are keyed by it as before, not by a hidden row id
        tables.keySet().forEach(t -> handle.execute(creates.get(t)));
        primaryKeys.forEach(handle::execute);
        for (String table : tables.keySet()) {
            handle.execute("INSERT INTO " + table + " (" + columns.get(table) + ") OVERRIDING SYSTEM VALUE SELECT "
                    + columns.get(table) + " FROM " + PREFIX + table);
        }
        rest.forEach(handle::execute);
        for (String table : tables.keySet()) {
            handle.execute("DROP TABLE " + PREFIX + table);
        }
    }

    private static String name(String table) {
        return "\"public\".\"" + table + '"';
    }

    /** An index, constraint or trigger of the table, or another table's foreign key to it, in H2's script. */
    private static boolean about(String statement, String name) {
        return statement.startsWith("ALTER TABLE " + name + " ") || statement.contains(" ON " + name + "(")
                || statement.contains(" ON " + name + " ") || statement.contains(" REFERENCES " + name + "(");
    }
}
