package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * The ledger's value kept per UTC day (V31, decision 0100): after movements on both sides of UTC
 * and Shanghai midnights, the value before any moment read from the kept days plus one day's
 * movements is the sum over every movement before it, the kept days hold the migration's own
 * grouping of the ledger, on H2 and on PostgreSQL.
 */
class StockValueByDayTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-12-02T02:00:00Z");

    @Test
    void theValueBeforeAMomentIsTheSumOfTheLedgerBeforeItOnH2() {
        WarehouseFixture w = new WarehouseFixture(CLOCK);
        try {
            check(w.services, w.filter.id(), w.a1.id());
        } finally {
            w.services.close();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void theValueBeforeAMomentIsTheSumOfTheLedgerBeforeItOnPostgresql() throws Exception {
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = schema.openLoggedIn(CLOCK, "zhoujie", Role.SERVICE_MANAGER);
            try {
                Part part = services.parts().create(new PartInput("90915-YZZE1", "机油滤清器", null, "丰田", null,
                        PartUnit.PCS, PartCategory.FILTER, "", "5", "20", PricePolicy.COST_PLUS, "", true));
                Bin bin = services.parts().createBin("A-01-01", null);
                check(services, part.id(), bin.id());
            } finally {
                services.close();
            }
        }
    }

    private static void check(AppServices services, long part, long bin) {
        Instant[] at = {Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T15:59:59Z"),
                Instant.parse("2026-11-30T16:00:00Z"), Instant.parse("2026-11-30T23:59:59.500Z"),
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T16:30:00Z")};
        String[] quantity = {"10", "-3", "2", "-1", "4", "-2"};
        String[] cost = {"20.00", "20.00", "18.40", "21.15", "19.99", "20.01"};
        services.transactions().useTransaction(h -> services.stockLedger().post(h, List.of(
                move(part, bin, quantity[0], cost[0], at[0]), move(part, bin, quantity[1], cost[1], at[1]))));
        services.transactions().useTransaction(h -> services.stockLedger().post(h, List.of(
                move(part, bin, quantity[2], cost[2], at[2]), move(part, bin, quantity[3], cost[3], at[3]),
                move(part, bin, quantity[4], cost[4], at[4]))));
        services.transactions().useTransaction(h -> services.stockLedger().post(h, List.of(
                move(part, bin, quantity[5], cost[5], at[5]))));

        for (Instant moment : new Instant[] {at[0], at[1], at[1].plusSeconds(1), at[2], at[3], at[3].plusMillis(500),
                at[4], at[4].plusMillis(1), at[5], at[5].plusSeconds(1), Instant.parse("2026-11-29T16:00:00Z"),
                Instant.parse("2026-12-01T16:00:00Z"), Instant.parse("2026-12-03T00:00:00Z")}) {
            BigDecimal everyMovement = services.transactions().read(h -> h.createQuery(
                    "SELECT COALESCE(SUM(quantity * unit_cost), 0) FROM stock_movement WHERE moved_at < :t")
                    .bind("t", moment).mapTo(BigDecimal.class).one());
            BigDecimal kept = services.transactions().read(h -> FiguresService.ledgerValue(h, moment));
            assertThat(kept).as("value before %s", moment).isEqualByComparingTo(everyMovement);
        }
        // what StockLedger keeps is what the migration's grouping of the ledger writes for a store's past
        Map<LocalDate, BigDecimal> keptDays = new TreeMap<>();
        Map<LocalDate, BigDecimal> migrationDays = new TreeMap<>();
        services.transactions().read(h -> {
            h.createQuery("SELECT value_day, ledger_value FROM stock_value_day")
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
                    .forEach(e -> keptDays.put(e.getKey(), e.getValue().stripTrailingZeros()));
            h.createQuery("SELECT CAST(moved_at AT TIME ZONE 'UTC' AS DATE) AS d, SUM(quantity * unit_cost) AS v "
                            + "FROM stock_movement GROUP BY CAST(moved_at AT TIME ZONE 'UTC' AS DATE)")
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
                    .forEach(e -> migrationDays.put(e.getKey(), e.getValue().stripTrailingZeros()));
            return null;
        });
        assertThat(keptDays).isEqualTo(migrationDays);
        assertThat(keptDays).containsOnlyKeys(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    private static NewMovement move(long part, long bin, String quantity, String cost, Instant at) {
        return NewMovement.of(part, bin, MovementType.ADJUSTMENT, q(quantity)).withUnitCost(new BigDecimal(cost))
                .withReason("盘点调整").at(at);
    }
}
