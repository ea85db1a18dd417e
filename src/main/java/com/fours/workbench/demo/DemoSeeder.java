package com.fours.workbench.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.db.Transactions;

/** Fills an empty demo database once; a demo database that already has data is left alone. */
public final class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** Fixed, so every demo database holds the same people and cars and screenshots match. */
    public static final long SEED = 4_0000_2026L;

    private final Transactions transactions;
    private final List<DemoDataContributor> contributors;

    public DemoSeeder(Transactions transactions, List<DemoDataContributor> contributors) {
        this.transactions = transactions;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
    }

    public boolean seedIfEmpty() {
        boolean empty = transactions.read(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one() == 0);
        if (!empty) {
            return false;
        }
        long started = System.nanoTime();
        DemoValues values = new DemoValues(SEED);
        transactions.useTransaction(handle -> contributors.forEach(c -> c.contribute(handle, values)));
        log.info("Demo data written by {} contributors in {} ms", contributors.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
