package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fours.workbench.app.AppServices;

/** For every part and bin: on hand equals the sum of its movements, and is never below zero. */
public final class LedgerInvariant {

    private LedgerInvariant() {
    }

    public static void assertHolds(AppServices services) {
        services.transactions().useTransaction(h -> {
            List<Map<String, Object>> mismatches = StockLedger.brokenBalances(h);
            assertThat(mismatches).as("balances that are negative or differ from the sum of their movements").isEmpty();
            BigDecimal lowest = h.createQuery("SELECT COALESCE(MIN(on_hand), 0) FROM stock_balance")
                    .mapTo(BigDecimal.class).one();
            assertThat(lowest).as("the lowest balance").isGreaterThanOrEqualTo(BigDecimal.ZERO);
            // and at no point in time did a bin go below zero: the running sum of its movements in order
            List<Map<String, Object>> negative = h.createQuery("""
                    SELECT part_id, bin_id, id FROM (
                        SELECT part_id, bin_id, id,
                               SUM(quantity) OVER (PARTITION BY part_id, bin_id ORDER BY id) AS running
                        FROM stock_movement) r
                    WHERE running < 0
                    """).mapToMap().list();
            assertThat(negative).as("movements after which a bin was below zero").isEmpty();
        });
    }
}
