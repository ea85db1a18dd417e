-- The home page (issue 18, decision 0090): the warehouse's "parts to pick" counts the repair orders
-- with an open reservation; the existing indexes lead with the part or the order, so without this
-- the count read every reservation the store ever made.
CREATE INDEX stock_reservation_status_order ON stock_reservation (status, repair_order_id);
