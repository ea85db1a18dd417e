package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.CashierDao;
import com.fours.workbench.cashier.PartsSaleBills;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleDao;
import com.fours.workbench.partsales.PartsSaleService;

/**
 * The parts sales' demo (decision 0103): the first company of the archive is a trade customer (12 %
 * off retail) with a sales order reserved this morning and waiting for the clerk, and a walk-in
 * bought a part over the counter, picked, billed in the XS series and paid in cash today.
 */
public final class PartsSalesDemoData implements DemoDataContributor {

    private static final BigDecimal TRADE_PERCENT = new BigDecimal("12.00");
    private static final List<String> COMMON = List.of("FILTER", "WIPER", "BRAKE", "OIL", "BULB");

    private final StockLedger ledger;
    private final Clock clock;

    public PartsSalesDemoData(StockLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 65; // after the cashier's bills (60), before the cash-up (70)
    }

    @Override
    public String stepKey() {
        return "demo.step.partsSales";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        PartsSaleDao dao = handle.attach(PartsSaleDao.class);
        List<Long> parts = dao.partsAvailable(COMMON, new BigDecimal("6"), 3);
        if (parts.size() < 2) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant setAt = today.atTime(LocalTime.of(8, 40)).atZone(clock.getZone()).toInstant();
        List<Long> companies = dao.companies(1);
        if (!companies.isEmpty()) {
            long garage = companies.get(0);
            dao.insertTrade(garage, TRADE_PERCENT, "manager", setAt);
            String name = dao.customerName(garage).orElseThrow();
            List<PartsSaleService.CheckedLine> lines = parts.stream().limit(2).map(id -> {
                Part part = PartsService.load(handle, id);
                return new PartsSaleService.CheckedLine(part, new BigDecimal("2"),
                        PartsSaleService.policyPrice(handle, part, TRADE_PERCENT));
            }).toList();
            PartsSaleService.insertOrder(handle, ledger, "clerk", at(today, 9, 20), garage, name, TRADE_PERCENT, lines,
                    false);
        }
        Part part = PartsService.load(handle, parts.get(parts.size() - 1));
        ZonedDateTime sold = at(today, 10, 5);
        PartsSale walkIn = PartsSaleService.insertOrder(handle, ledger, "clerk", sold, null, "散客", BigDecimal.ZERO,
                List.of(new PartsSaleService.CheckedLine(part, BigDecimal.ONE, PartsService.retailPrice(handle, part))),
                true);
        PartsSaleBills.Issued bill = PartsSaleBills.insert(handle, walkIn.id(), null, walkIn.customerName(),
                PartsSaleService.billLines(walkIn), Money.ZERO, today, "clerk", sold.toInstant());
        Instant paidAt = sold.plusMinutes(6).toInstant();
        Money tendered = Money.of(bill.total().amount().setScale(-1, java.math.RoundingMode.UP));
        handle.attach(CashierDao.class).insertPayment(bill.id(), PaymentMethod.CASH.name(), bill.total().amount(),
                tendered.amount(), tendered.minus(bill.total()).amount(), null, null, today, "cashier", paidAt);
    }

    private ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(clock.getZone());
    }
}
