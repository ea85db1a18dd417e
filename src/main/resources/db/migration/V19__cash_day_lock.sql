-- One row per business day that money moved on, locked by every payment, refund and void of that day
-- and by the cash-up closing it: a payment in flight while the day is closed is then either counted
-- by the close (it committed first) or refused as into a closed day (it waited), never lost between.
CREATE TABLE cash_day (
    business_day DATE PRIMARY KEY
);
