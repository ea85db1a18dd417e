package com.fours.workbench.dashboard;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.MutableClock;

/** The hand-made orders of {@link DashboardScenarios} for tests outside this package (the UI test, the tour). */
public final class DashboardScenariosAccess {

    private DashboardScenariosAccess() {
    }

    public static void billTheHandMadeOrders(AppServices services, MutableClock clock) {
        new DashboardScenarios(services, clock).billTheHandMadeOrders();
    }
}
