package com.fours.workbench.repair;

/**
 * The repair categories of the national rules (机动车维修管理规定). Level-2 maintenance, assembly and
 * whole-vehicle repair need a completion certificate; the guarantee period depends on the category.
 */
public enum RepairCategory {
    FIRST_LEVEL_MAINTENANCE,
    SECOND_LEVEL_MAINTENANCE,
    MINOR_REPAIR,
    SPECIALIST_REPAIR,
    ASSEMBLY_REPAIR,
    WHOLE_VEHICLE_REPAIR,
    BODYWORK,
    PAINT,
    WARRANTY
}
