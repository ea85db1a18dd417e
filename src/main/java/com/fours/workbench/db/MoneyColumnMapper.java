package com.fours.workbench.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

import com.fours.workbench.core.Money;

/** Reads a DECIMAL(14,2) column as Money (null stays null): register it on a DAO or query that maps records with Money components. */
public final class MoneyColumnMapper implements ColumnMapper<Money> {

    @Override
    public Money map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
        BigDecimal value = r.getBigDecimal(columnNumber);
        return value == null ? null : Money.of(value);
    }
}
