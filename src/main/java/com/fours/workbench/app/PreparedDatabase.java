package com.fours.workbench.app;

/**
 * What the start-up reads on the one executor while the window already shows (decision 0084): the
 * open services, and what decides the first screen.
 *
 * @param demoToPrepare the demo database is still empty: its preparation follows
 * @param setupNeeded   the store has not been set up: the set-up follows
 * @param storeName     the store's name for the log-in, empty if none
 */
record PreparedDatabase(AppServices services, boolean demoToPrepare, boolean setupNeeded, String storeName) {

    /** Reads what the first screen needs; the demo's "still empty?" first, as an empty demo has no store yet. */
    static PreparedDatabase of(AppServices services) {
        boolean demoToPrepare = services.demo() && services.demoSeeder().isEmpty();
        if (demoToPrepare) {
            return new PreparedDatabase(services, true, false, "");
        }
        return new PreparedDatabase(services, false, services.setup().isNeeded(),
                services.storeProfiles().find().map(p -> p.name()).orElse(""));
    }
}
