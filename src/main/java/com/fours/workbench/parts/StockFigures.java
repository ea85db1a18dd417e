package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fours.workbench.core.Money;

/**
 * The warehouse's figures over a period: stock value now, turnover (cost of parts issued / average
 * stock value) and fill rate (lines served from stock at once / lines requested).
 */
public record StockFigures(LocalDate from, LocalDate to, Money stockValue, Money costOfIssues,
                           Money averageStockValue, BigDecimal turnover, int linesRequested, int linesFromStock,
                           BigDecimal fillRatePercent) {
}
