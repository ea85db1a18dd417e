package com.fours.workbench.qc;

import com.fours.workbench.repair.RepairCategory;

/** A checklist item of a repair category; a null category is checked on every order. */
public record ChecklistItem(long id, RepairCategory category, int position, String textZh, String textEn, boolean active,
                            int version) {

    public String text(boolean chinese) {
        return chinese || textEn == null || textEn.isBlank() ? textZh : textEn;
    }
}
