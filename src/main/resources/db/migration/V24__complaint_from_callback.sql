-- Issue 17: a complaint raised from a callback names that callback. V22 (callbacks) and V23
-- (complaints) were written side by side, so the link is added once both tables exist.
ALTER TABLE complaint ADD CONSTRAINT complaint_callback_fk FOREIGN KEY (callback_id) REFERENCES callback (id);
