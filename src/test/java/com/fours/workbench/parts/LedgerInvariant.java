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
            List<Map<String, Object>> mismatches = h.createQuery("""
                    SELECT s.part_id, s.bin_id FROM stock_balance s
                    LEFT JOIN (SELECT part_id, bin_id, SUM(quantity) AS total FROM stock_movement GROUP BY part_id, bin_id) m
                      ON m.part_id = s.part_id AND m.bin_id = s.bin_id
                    WHERE s.on_hand <> COALESCE(m.total, 0)
                    UNION ALL
                    SELECT m.part_id, m.bin_id
                    FROM (SELECT part_id, bin_id, SUM(quantity) AS total FROM stock_movement GROUP BY part_id, bin_id) m
                    LEFT JOIN stock_balance s ON m.part_id = s.part_id AND m.bin_id = s.bin_id
                    WHERE s.part_id IS NULL AND m.total <> 0
                    """).mapToMap().list();
            assertThat(mismatches).as("balances that differ from the sum of their movements").isEmpty();
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
