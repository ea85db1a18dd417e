package com.fours.workbench.qc;

import com.fours.workbench.repair.RepairCategory;

/**
 * The quality-guarantee period (质量保证期) of a repair category: so many days and so many km from
 * the exit, whichever comes first. {@code statutory} is the legal minimum (机动车维修管理规定, cars).
 */
public record GuaranteePeriod(RepairCategory category, int days, int km, boolean storeSet) {

    /**
     * The legal minimum of each category. Bodywork, paint and warranty work have no period of
     * their own in the rules; they count as minor repairs (小修), the shortest (decision 0039).
     */
    public static GuaranteePeriod statutory(RepairCategory category) {
        return switch (category) {
            case WHOLE_VEHICLE_REPAIR, ASSEMBLY_REPAIR -> new GuaranteePeriod(category, 100, 20_000, false);
            case SECOND_LEVEL_MAINTENANCE -> new GuaranteePeriod(category, 30, 5_000, false);
            case FIRST_LEVEL_MAINTENANCE, MINOR_REPAIR, SPECIALIST_REPAIR, BODYWORK, PAINT, WARRANTY ->
                    new GuaranteePeriod(category, 10, 2_000, false);
        };
    }
}
