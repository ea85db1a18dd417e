package com.fours.workbench.repair;

import java.math.BigDecimal;

/** A labour operation of the catalog (工时项目): code, names, repair category, standard hours, work group. */
public record LabourOperation(long id, String code, String nameZh, String nameEn, RepairCategory category,
                              BigDecimal standardHours, Long workGroupId, boolean active, int version) {

    public String name(boolean chinese) {
        return chinese || nameEn == null ? nameZh : nameEn;
    }
}
