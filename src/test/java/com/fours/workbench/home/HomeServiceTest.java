package com.fours.workbench.home;

import org.junit.jupiter.api.Test;

import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The home page's lines on a real H2 database migrated by Flyway, on hand-made data ({@link HomeScenarios}). */
class HomeServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");

    private HomeScenarios scenarios() {
        return new HomeScenarios(TestWorkbench.setUp(clock), clock);
    }

    @Test
    void anOrderShowsAtTheDeskThenAtTheHandBackAndTheDayStaysOpenUntilClosed() {
        scenarios().anOrderFromTheDeskToTheGate();
    }

    @Test
    void aJobShowsOnlyForTheTechnicianItIsGivenTo() {
        scenarios().aJobIsTheTechniciansItIsGivenTo();
    }

    @Test
    void aPlannedOrderWaitsForTheCustomersApproval() {
        scenarios().anOrderWaitsForTheCustomersApproval();
    }

    @Test
    void theQcLinesFollowTheThreeLevelSignOff() {
        scenarios().theQcLinesFollowTheSignOff();
    }

    @Test
    void theReorderLineSaysWhatThePurchasingRuleSays() {
        scenarios().theReorderLineIsThePurchasingRule();
    }

    @Test
    void eachRoleSeesOnlyItsOwnLines() {
        scenarios().eachRoleSeesItsOwnLines();
    }
}
