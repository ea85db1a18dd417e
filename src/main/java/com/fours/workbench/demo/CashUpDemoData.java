package com.fours.workbench.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.CashUpDao;
import com.fours.workbench.cashier.CashUpFigures;
import com.fours.workbench.cashier.CashUpService;
import com.fours.workbench.core.Money;

/**
 * The demo's closed days: every business day before today on which the cashier's demo took money
 * is closed by the demo cashier at 18:30 with a 500.00 float; the count matches, except on the last
 * day that took cash, two yuan short with its reason. Today stays open for the visitor to close. Runs after the
 * cashier's demo (order 60); no user is logged in while seeding, so it writes as the close does.
 */
public final class CashUpDemoData implements DemoDataContributor {

    static final String DEMO_CASHIER = "cashier";
    private static final Money FLOAT = Money.of("500.00");

    private final Clock clock;

    public CashUpDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String stepKey() {
        return "demo.step.cashUp";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        LocalDate today = LocalDate.now(clock);
        CashUpDao dao = handle.attach(CashUpDao.class);
        List<LocalDate> days = dao.daysWithPayments(today);
        List<CashUpFigures> figures = new ArrayList<>();
        for (LocalDate day : days) {
            dao.close(day, day.atTime(LocalTime.of(18, 30)), DEMO_CASHIER);
            figures.add(CashUpService.figures(handle, day));
        }
        // the last day that took cash is two yuan short: a drawer without cash cannot be
        CashUpFigures shortDay = figures.stream().filter(f -> f.cashTaken().isPositive()).reduce((a, b) -> b)
                .orElse(null);
        for (CashUpFigures day : figures) {
            boolean shortOne = day == shortDay;
            Money counted = day.expectedCash(FLOAT).minus(shortOne ? Money.of("2.00") : Money.ZERO);
            CashUpService.writeCount(handle, day, FLOAT, counted, shortOne ? "找零时多找给客户两元" : null);
        }
    }
}
