package com.fours.workbench.backup;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The numbers a yearly counter handed out, per year; the table and column names come from {@link GaplessNumbers.Series}. */
interface NumberingDao {

    record YearRow(int numberYear, long numbers, long distinctNumbers, long lowest, long highest, Long counter) {
    }

    @SqlQuery("""
            SELECT t.<yearColumn> AS number_year, COUNT(*) AS numbers, COUNT(DISTINCT t.sequence_no) AS distinct_numbers,
                   MIN(t.sequence_no) AS lowest, MAX(t.sequence_no) AS highest, MAX(c.last_number) AS counter
            FROM <numbered> t LEFT JOIN <counter> c ON c.<counterYear> = t.<yearColumn>
            GROUP BY t.<yearColumn> ORDER BY t.<yearColumn>
            """)
    @RegisterConstructorMapper(YearRow.class)
    List<YearRow> years(@Define("numbered") String table, @Define("yearColumn") String yearColumn,
                        @Define("counter") String counter, @Define("counterYear") String counterYear);

    @SqlQuery("""
            SELECT COUNT(*) FROM <counter> c WHERE c.last_number > 0
            AND NOT EXISTS (SELECT 1 FROM <numbered> t WHERE t.<yearColumn> = c.<counterYear>)
            """)
    long countersWithoutNumbers(@Define("numbered") String table, @Define("yearColumn") String yearColumn,
                                @Define("counter") String counter, @Define("counterYear") String counterYear);
}
