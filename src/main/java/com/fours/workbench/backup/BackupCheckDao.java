package com.fours.workbench.backup;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What a backup's check reads from a copy: its tables, their rows, its stock balances. */
interface BackupCheckDao {

    @SqlQuery("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name
            """)
    List<String> tables();

    /** Rows of a table named by {@link #tables()}, its name given quoted (the template leaves quoted text alone). */
    @SqlQuery("SELECT COUNT(*) FROM <quotedName>")
    long rows(@Define("quotedName") String quotedName);

    @SqlQuery("SELECT COUNT(*) FROM stock_balance")
    int balances();
}
