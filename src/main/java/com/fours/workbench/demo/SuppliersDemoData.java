package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.suppliers.SuppliersDao;

/**
 * Purchase agreements of the demo's suppliers: the brand's parts centre under an agreement that
 * ends within the month (listed as expiring), the other brand centre's agreement ended ten days ago
 * (an order to it warns), the oil wholesaler's running with a two-day lead time (its three-day
 * deliveries count late on the scorecard). Agreed prices are the last prices paid, every fifth a
 * little lower, so the scorecard shows price differences.
 */
public final class SuppliersDemoData implements DemoDataContributor {

    private static final String CLERK = "zhaolei";

    private final Clock clock;

    public SuppliersDemoData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 32; // after the parts warehouse and its purchase history (30)
    }

    @Override
    public String stepKey() {
        return "demo.step.suppliers";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        SuppliersDao dao = handle.attach(SuppliersDao.class);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int year = today.getYear();
        for (SuppliersDao.SupplierRow supplier : dao.suppliers()) {
            switch (supplier.code()) {
                case "GTMC-PC" -> agreement(dao, supplier, "XY" + year + "-GTMC-01", today.minusDays(345),
                        today.plusDays(20), 60, 3, now);
                case "FTMS-PC" -> agreement(dao, supplier, "XY" + (year - 1) + "-FTMS-01", today.minusDays(375),
                        today.minusDays(10), 45, 5, now);
                case "MOBIL-GZ" -> agreement(dao, supplier, "XY" + year + "-MOBIL-01", today.minusDays(200),
                        today.plusDays(165), 30, 2, now);
                default -> {
                    // the tyre, ignition and battery dealers sell without an agreement
                }
            }
        }
    }

    private static void agreement(SuppliersDao dao, SuppliersDao.SupplierRow supplier, String number, LocalDate from,
                                  LocalDate to, int paymentDays, int leadDays, Instant now) {
        long id = dao.insertAgreement(number, supplier.id(), from, to, paymentDays, leadDays, null, CLERK, now);
        List<SuppliersDao.StoredPrice> prices = new ArrayList<>();
        int n = 0;
        for (SuppliersDao.SuppliedPart part : dao.suppliedParts(supplier.id())) {
            BigDecimal price = ++n % 5 == 0
                    ? part.lastPrice().multiply(new BigDecimal("0.97")).setScale(2, RoundingMode.HALF_UP)
                    : part.lastPrice();
            prices.add(new SuppliersDao.StoredPrice(id, part.partId(), price));
        }
        dao.insertPrices(prices);
    }
}
