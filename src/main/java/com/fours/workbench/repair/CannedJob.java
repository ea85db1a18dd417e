package com.fours.workbench.repair;

import java.util.List;

/** A canned job (套餐): a named set of labour operations and parts, for one model or for all. */
public record CannedJob(long id, String code, String nameZh, String nameEn, String vehicleModel, boolean active,
                        List<CannedJobItem> items, int version) {

    public CannedJob {
        items = List.copyOf(items);
    }

    public String name(boolean chinese) {
        return chinese || nameEn == null ? nameZh : nameEn;
    }
}
