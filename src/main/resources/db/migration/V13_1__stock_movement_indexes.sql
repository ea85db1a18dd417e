-- The ledger's indexes follow the queries that read it. No query looks movements up by repair order,
-- receipt or stocktake (those are reached through reservations, lots and stocktake lines), so their
-- indexes only cost every posting a write each: a stocktake of 20,000 lines paid for 60,000 index
-- entries nobody read. Returns and the issue slip do look up the issues of a reservation, which had
-- no index and scanned the whole ledger.
DROP INDEX stock_movement_repair_order;
DROP INDEX stock_movement_receipt;
DROP INDEX stock_movement_stocktake;
CREATE INDEX stock_movement_reservation ON stock_movement (reservation_id);
