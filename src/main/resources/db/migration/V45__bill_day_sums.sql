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

-- The fill: a car counts in the row of its order's first standing bill of the day. The test for the first bill
-- is a lookup per bill on the bill_order index, not a join to a grouped subquery (H2 evaluated that again for
-- every bill: over ten minutes at 500,000 orders).
INSERT INTO bill_day_sum (business_day, payer, counter_sale, bills, cars, labour_amount, parts_amount, other_amount,
                          discount_amount, total)
SELECT b.business_day, b.payer, CASE WHEN b.repair_order_id IS NULL THEN TRUE ELSE FALSE END, COUNT(*),
       SUM(CASE WHEN b.repair_order_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM bill o WHERE o.repair_order_id = b.repair_order_id AND o.business_day = b.business_day
               AND o.id < b.id AND o.kind IN ('BILL', 'CREDIT')
               AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = o.id)) THEN 1 ELSE 0 END),
       SUM(b.labour_amount), SUM(b.parts_amount), SUM(b.other_amount), SUM(b.discount_amount), SUM(b.total)
FROM bill b
WHERE b.kind IN ('BILL', 'CREDIT') AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
GROUP BY b.business_day, b.payer, CASE WHEN b.repair_order_id IS NULL THEN TRUE ELSE FALSE END;

-- The standing bills of each repair order by day (kind '*': bills, the order is a car that day) and their labour
-- lines by the kind of work of the repair line they bill (its category; '-' a repair line without one; '#' a
-- labour line billing no repair line): lines, hours, revenue after line discounts. Distinct orders over a period
-- (cars, cars by kind) do not add up from days, so they are counted over these narrow rows (decision 0128).
-- Written with the bill (its '*' row) and with its lines (CashierDao.insertLines); a reversal takes both off.
CREATE TABLE bill_order_day (
    business_day     DATE          NOT NULL,
    repair_order_id  BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    bills            INTEGER       NOT NULL,
    lines            INTEGER       NOT NULL,
    hours            DECIMAL(14,3) NOT NULL,
    revenue          DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (business_day, repair_order_id, kind)
);

INSERT INTO bill_order_day (business_day, repair_order_id, kind, bills, lines, hours, revenue)
SELECT b.business_day, b.repair_order_id, '*', COUNT(*), 0, 0, 0
FROM bill b
WHERE b.repair_order_id IS NOT NULL AND b.kind IN ('BILL', 'CREDIT')
  AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
GROUP BY b.business_day, b.repair_order_id;

INSERT INTO bill_order_day (business_day, repair_order_id, kind, bills, lines, hours, revenue)
SELECT b.business_day, b.repair_order_id,
       CASE WHEN rl.id IS NULL THEN '#' WHEN rl.category IS NULL THEN '-' ELSE rl.category END, 0, COUNT(*),
       SUM(l.quantity), SUM(l.total)
FROM bill b JOIN bill_line l ON l.bill_id = b.id LEFT JOIN repair_line rl ON rl.id = l.repair_line_id
WHERE l.kind = 'LABOUR' AND b.repair_order_id IS NOT NULL AND b.kind IN ('BILL', 'CREDIT')
  AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)
GROUP BY b.business_day, b.repair_order_id, CASE WHEN rl.id IS NULL THEN '#' WHEN rl.category IS NULL THEN '-' ELSE rl.category END;
