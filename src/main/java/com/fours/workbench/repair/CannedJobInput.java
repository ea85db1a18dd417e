package com.fours.workbench.repair;

import java.util.List;

/** A canned job as the catalog screen saves it. */
public record CannedJobInput(String code, String nameZh, String nameEn, String vehicleModel, boolean active,
                             List<CannedJobItem> items) {

    public static final String CODE = "code";
    public static final String NAME_ZH = "nameZh";
    public static final String NAME_EN = "nameEn";
    public static final String VEHICLE_MODEL = "vehicleModel";
    public static final String ITEMS = "items";

    public CannedJobInput {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
