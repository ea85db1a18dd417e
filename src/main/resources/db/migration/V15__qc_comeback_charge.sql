-- A labour line of a guarantee comeback charged to someone other than the store, by a user who
-- may override the comeback charge, with the reason (quality control, issue 8).
CREATE TABLE qc_comeback_charge (
    repair_line_id BIGINT        NOT NULL PRIMARY KEY REFERENCES repair_line (id),
    payer          VARCHAR(12)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    set_by         VARCHAR(50)   NOT NULL,
    set_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
