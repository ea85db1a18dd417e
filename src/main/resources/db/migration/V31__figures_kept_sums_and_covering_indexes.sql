-- The figures' speed (issues 17 and 18, decision 0100).
--
-- The stock ledger's value before a moment (the dashboard's and the warehouse's average stock value)
-- summed every movement ever made. Kept per UTC day instead, written by StockLedger in the
-- transaction of each movement: the value before a moment is the days before its day plus that
-- day's movements up to it. Days in UTC, so the sums do not depend on any workstation's zone.
CREATE TABLE stock_value_day (
    value_day    DATE          NOT NULL PRIMARY KEY,
    ledger_value DECIMAL(20,5) NOT NULL
);
INSERT INTO stock_value_day (value_day, ledger_value)
SELECT CAST(moved_at AT TIME ZONE 'UTC' AS DATE), SUM(quantity * unit_cost)
FROM stock_movement GROUP BY CAST(moved_at AT TIME ZONE 'UTC' AS DATE);

-- The callback rate counts the callbacks first due in a period by status: with the status in the
-- index the count reads the index alone, not each callback's row.
CREATE INDEX callback_planned_status ON callback (planned_at, status);
DROP INDEX callback_planned;
