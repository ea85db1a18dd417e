package com.fours.workbench.demo;

import org.jdbi.v3.core.Handle;

/**
 * A feature's share of the demo database. Each feature that has data adds one contributor; the
 * seeder runs them in {@link #order()} inside a single transaction, so a demo database is either
 * complete or absent.
 */
public interface DemoDataContributor {

    /** Lower runs first: the store and its staff come before the customers they serve. */
    int order();

    void contribute(Handle handle, DemoValues values);

    /** The message key of what this step prepares, shown while the demo is filled ("demo.step.customers"). */
    String stepKey();
}
