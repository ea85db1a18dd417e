-- The manager's dashboard (issue 18, decision 0095): its figures are sums over a period, read on
-- indexes by the moment or day each figure is counted on. Bills (business_day), QC signatures
-- (signed_at), callbacks (planned_at, closed_at) and stock movements (moved_at) have theirs already.
CREATE INDEX job_clock_started ON job_clock (started_at);
CREATE INDEX repair_line_done ON repair_line (done_at);
CREATE INDEX qc_comeback_recorded ON qc_comeback (recorded_at);
CREATE INDEX stock_reservation_created ON stock_reservation (created_at);
