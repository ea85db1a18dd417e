-- The standing bills' sums by business day, payer and whether the bill is a parts counter sale's (no repair
-- order): what the manager's dashboard reads instead of the bills (decision 0128). Written in the transaction
-- that inserts a bill (CashierDao / PartsSaleBillDao.insertBill -> cashier.BillDaySums): a bill or credit adds
-- itself, a reversal takes the bill it reverses off that bill's day. cars: the repair orders with a standing
-- bill on the day, each counted once in the row of one of them (summed over a day's rows, never read by payer).
CREATE TABLE bill_day_sum (
    business_day     DATE          NOT NULL,
    payer            VARCHAR(12)   NOT NULL,
    counter_sale     BOOLEAN       NOT NULL,
    bills            INTEGER       NOT NULL,
    cars             INTEGER       NOT NULL,
    labour_amount    DECIMAL(14,2) NOT NULL,
    parts_amount     DECIMAL(14,2) NOT NULL,
    other_amount     DECIMAL(14,2) NOT NULL,
    discount_amount  DECIMAL(14,2) NOT NULL,
    total            DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (business_day, payer, counter_sale)
);

INSERT INTO bill_day_sum (business_day, payer, counter_sale, bills, cars, labour_amount, parts_amount, other_amount,
                          discount_amount, total)
SELECT b.business_day, b.payer, CASE WHEN b.repair_order_id IS NULL THEN TRUE ELSE FALSE END, COUNT(*),
       SUM(CASE WHEN f.first_id IS NULL THEN 0 ELSE 1 END), SUM(b.labour_amount), SUM(b.parts_amount),
       SUM(b.other_amount), SUM(b.discount_amount), SUM(b.total)
FROM bill b
LEFT JOIN (SELECT MIN(s.id) AS first_id FROM bill s
           WHERE s.kind IN ('BILL', 'CREDIT') AND s.repair_order_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = s.id)
           GROUP BY s.business_day, s.repair_order_id) f ON f.first_id = b.id
WHERE b.kind IN ('BILL', 'CREDIT') AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
GROUP BY b.business_day, b.payer, CASE WHEN b.repair_order_id IS NULL THEN TRUE ELSE FALSE END;
