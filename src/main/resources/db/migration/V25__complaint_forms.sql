-- Issue 17, complaints forms (decision 0088).
-- One complaint per callback: the database's rule, not only the service's. A store that raised two
-- from one callback before this version keeps both complaints; the later ones lose the link to the
-- callback (their steps still say where they came from), so the constraint can be added.
UPDATE complaint SET callback_id = NULL
WHERE callback_id IS NOT NULL
  AND id > (SELECT MIN(c2.id) FROM complaint c2 WHERE c2.callback_id = complaint.callback_id);
ALTER TABLE complaint ADD CONSTRAINT complaint_one_per_callback UNIQUE (callback_id);

-- A corrective action marked done says who did it, on which day and what was done.
ALTER TABLE corrective_action ADD COLUMN done_on DATE;
ALTER TABLE corrective_action ADD COLUMN done_who VARCHAR(100);
ALTER TABLE corrective_action ADD COLUMN done_note VARCHAR(1000);
