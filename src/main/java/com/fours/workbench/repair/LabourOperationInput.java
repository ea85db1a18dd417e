package com.fours.workbench.repair;

/** A labour operation as typed on the catalog screen; the service checks it field by field. */
public record LabourOperationInput(String code, String nameZh, String nameEn, RepairCategory category,
                                   String standardHours, Long workGroupId, boolean active) {

    public static final String CODE = "code";
    public static final String NAME_ZH = "nameZh";
    public static final String NAME_EN = "nameEn";
    public static final String CATEGORY = "category";
    public static final String STANDARD_HOURS = "standardHours";
}
