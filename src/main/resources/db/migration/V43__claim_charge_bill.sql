-- What a maker or insurer refused and the store charges the customer becomes a customer's bill of the
-- repair order in the invoice series (decision 0112); the claim points at it.
ALTER TABLE claim ADD COLUMN charge_bill_id BIGINT REFERENCES bill (id);
