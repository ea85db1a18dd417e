package com.fours.workbench.qc;

import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;

/**
 * The three levels of the inspection (三级检验), in the order they are signed: the technician's
 * self-check (自检), the team lead's re-check (复检), the QC inspector's final check (终检).
 */
public enum QcLevel {
    SELF_CHECK(Permission.SIGN_SELF_CHECK, Role.TECHNICIAN),
    RECHECK(Permission.SIGN_RECHECK, Role.TEAM_LEAD),
    FINAL_CHECK(Permission.SIGN_FINAL_CHECK, Role.QC_INSPECTOR);

    private final Permission permission;
    private final Role role;

    QcLevel(Permission permission, Role role) {
        this.permission = permission;
        this.role = role;
    }

    /** What the signer must hold. */
    public Permission permission() {
        return permission;
    }

    /** The role a signature of this level is signed as. */
    public Role role() {
        return role;
    }

    /** The level signed before this one, or null for the self-check. */
    public QcLevel below() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
