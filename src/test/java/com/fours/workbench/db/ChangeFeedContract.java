package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Change;
import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.ChangeTopic;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.BenchmarkFigures;

/**
 * The change feed on a real database (H2 file, PostgreSQL): written by the triggers in the change's
 * transaction, read in id order with the late commits of earlier ids, pruned, and heard by a second
 * workstation on the same database within 2 seconds (decision 0057).
 */
abstract class ChangeFeedContract {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedContract.class);

    /** A set-up workbench on the database under test. */
    abstract AppServices services();

    /** A second workbench (another workstation's pool) on the same database. */
    abstract AppServices secondWorkstation();

    /** A plain connection to the same database. */
    abstract Connection connect() throws SQLException;

    /** The tables that carry a change-feed trigger, read from the database's catalogue. */
    abstract Set<String> triggeredTables() throws SQLException;

    private ChangeWatcher watcher() {
        ChangeWatcher watcher = new ChangeWatcher(new ChangeFeed(services().transactions()), services().background(), 100);
        watcher.start();
        return watcher;
    }

    private static void log(Connection connection, String topic, Long key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (topic, record_key) VALUES (?, ?)")) {
            insert.setString(1, topic);
            insert.setObject(2, key);
            insert.executeUpdate();
        }
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsStillTold() throws SQLException {
        ChangeWatcher watcher = watcher();
        try (Connection slow = connect(); Connection quick = connect()) {
            slow.setAutoCommit(false);
            log(slow, "STOCK", null);
            log(quick, "BILL", 7L);

            assertThat(watcher.poll()).containsExactly(new Change(ChangeTopic.BILL, 7L));
            assertThat(watcher.openGaps()).isEqualTo(1);

            slow.commit();
            assertThat(watcher.poll()).containsExactly(new Change(ChangeTopic.STOCK, null));
            assertThat(watcher.openGaps()).isZero();
            assertThat(watcher.poll()).isEmpty();
        }
    }

    @Test
    void aRolledBackChangeIsNeverTold() throws SQLException {
        ChangeWatcher watcher = watcher();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE stock_movement SET quantity = quantity WHERE 1 = 0");
            }
            connection.rollback();
        }
        assertThat(watcher.poll()).isEmpty();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE stock_movement SET quantity = quantity WHERE 1 = 0");
        }
        assertThat(watcher.poll()).containsExactly(new Change(ChangeTopic.STOCK, null));
    }

    @Test
    void aPollWithNothingNewIsCheap() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < 2_000; i++) {
                statement.executeUpdate("INSERT INTO change_log (topic, record_key) VALUES ('REPAIR_ORDER', " + i + ")");
            }
        }
        ChangeWatcher watcher = watcher();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long started = System.nanoTime();
            assertThat(watcher.poll()).isEmpty();
            times.add((System.nanoTime() - started) / 1e6);
        }
        List<Double> warm = times.subList(100, times.size());
        log.info("{}: an empty poll over 2,000 rows of the log takes {} ms (median), {} ms (p95)",
                getClass().getSimpleName(), String.format(java.util.Locale.ROOT, "%.3f", BenchmarkFigures.median(warm)),
                String.format(java.util.Locale.ROOT, "%.3f", BenchmarkFigures.percentile(warm, 95)));
        assertThat(BenchmarkFigures.median(warm)).isLessThan(20.0);
    }

    @Test
    void rowsOlderThanAnHourArePruned() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO change_log (topic, changed_at) VALUES ('STOCK', CURRENT_TIMESTAMP - INTERVAL '2' HOUR)");
            statement.executeUpdate("INSERT INTO change_log (topic) VALUES ('BILL')");
        }
        ChangeFeed feed = new ChangeFeed(services().transactions());
        assertThat(feed.prune(60)).isEqualTo(1);
        assertThat(feed.after(0)).extracting(ChangeFeed.Entry::change).containsExactly(new Change(ChangeTopic.BILL, null));
    }

    @Test
    void bothDatabasesWatchTheSameTables() throws SQLException {
        assertThat(triggeredTables()).isEqualTo(new TreeSet<>(ChangeLogTrigger.watchedTables()));
    }

    @Test
    void anotherWorkstationHearsOfEachNewOrderAndItsPartsWithinTwoSeconds() throws Exception {
        RepairFixture f = new RepairFixture(services());
        AppServices other = secondWorkstation();
        Map<Long, Long> heard = new ConcurrentHashMap<>();
        List<Long> stockHeard = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        List<Double> calls = new ArrayList<>();
        try (ChangeNotices.Subscription subscription = other.changes().subscribe(
                Set.of(ChangeTopic.REPAIR_ORDER, ChangeTopic.STOCK), changes -> {
                    long now = System.currentTimeMillis();
                    for (Change change : changes) {
                        if (change.topic() == ChangeTopic.STOCK) {
                            synchronized (stockHeard) {
                                stockHeard.add(now);
                            }
                        } else if (change.key() != null) {
                            heard.putIfAbsent(change.key(), now);
                        }
                    }
                })) {
            for (int round = 0; round < 6; round++) {
                Thread.sleep(300 + 53L * round);
                long started = System.currentTimeMillis();
                long order = f.receiveAnotherCar().repairOrder().id();
                calls.add((double) (System.currentTimeMillis() - started));
                long deadline = started + 2_000;
                while (!heard.containsKey(order) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(heard).as("order %d heard on the other workstation", order).containsKey(order);
                latencies.add((double) (heard.get(order) - started));
            }
            int before;
            synchronized (stockHeard) {
                before = stockHeard.size();
            }
            long order = f.orderId();
            f.services.repairOrderService().addLine(order, f.services.repairOrderService().plan(order).version(),
                    LineInput.part(f.filter.id(), RepairFixture.q("1"), Payer.CUSTOMER), false);
            long deadline = System.currentTimeMillis() + 2_000;
            while (System.currentTimeMillis() < deadline) {
                synchronized (stockHeard) {
                    if (stockHeard.size() > before) {
                        break;
                    }
                }
                Thread.sleep(5);
            }
            synchronized (stockHeard) {
                assertThat(stockHeard).as("the reservation of the filter heard").hasSizeGreaterThan(before);
            }
        } finally {
            other.close();
        }
        log.info("{}: another workstation's new order heard {} ms (median {}) after the call to receive the car,"
                        + " which itself took {} ms (median {})", getClass().getSimpleName(), latencies,
                BenchmarkFigures.median(latencies), calls, BenchmarkFigures.median(calls));
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(2_000.0));
    }
}
