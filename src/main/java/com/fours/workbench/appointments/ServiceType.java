package com.fours.workbench.appointments;

/** What a customer books the car in for; it decides the work group that is usually needed. */
public enum ServiceType {
    MAINTENANCE,
    REPAIR,
    WARRANTY,
    BODYWORK,
    PAINT,
    INSPECTION
}
