package com.fours.workbench.intake;

/** What reception takes from the customer with the car (3.2(5)) and hands back at delivery (3.5(4)). */
public enum ItemKind {
    KEY,
    VEHICLE_LICENCE,
    MAINTENANCE_BOOKLET,
    INSURANCE_POLICY,
    OTHER
}
