package com.fours.workbench.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/** The tabs of the workbench: the home page, then the order of a visit; each opens for the users who may use it. */
public enum ModuleKind {
    /** The home page: open to every user (no permission listed). */
    HOME(Material2OutlinedAL.HOME),
    APPOINTMENTS(Material2OutlinedAL.EVENT, Permission.USE_APPOINTMENTS),
    RECEPTION(Material2OutlinedAL.ASSIGNMENT, Permission.USE_RECEPTION),
    REPAIR_ORDERS(Material2OutlinedAL.BUILD, Permission.USE_REPAIR_ORDERS),
    QUALITY_CONTROL(Material2OutlinedAL.FACT_CHECK, Permission.USE_QUALITY_CONTROL),
    CASHIER(Material2OutlinedMZ.POINT_OF_SALE, Permission.USE_CASHIER),
    PARTS_WAREHOUSE(Material2OutlinedAL.ALL_INBOX, Permission.USE_PARTS_WAREHOUSE),
    CUSTOMERS(Material2OutlinedAL.DIRECTIONS_CAR, Permission.USE_CUSTOMERS),
    CUSTOMER_CARE(Material2OutlinedMZ.SUPPORT_AGENT, Permission.USE_CUSTOMER_CARE),
    /** The manager's dashboard (经营看板). */
    DASHBOARD(Material2OutlinedAL.INSIGHTS, Permission.VIEW_DASHBOARD),
    /** Staff (人员): training and appraisals for the manager; one's own appraisals for everyone else. */
    STAFF(Material2OutlinedAL.ASSIGNMENT_IND, Permission.MANAGE_STAFF, Permission.VIEW_OWN_APPRAISAL),
    /** Environment and safety (环保与安全): the hazardous-waste ledger, later safety and 5S. */
    ENVIRONMENT(Material2OutlinedAL.ECO, Permission.USE_ENVIRONMENT),
    ADMINISTRATION(Material2OutlinedAL.ADMIN_PANEL_SETTINGS,
            Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG, Permission.EDIT_STORE_PROFILE, Permission.VIEW_SYSTEM_INFO,
            Permission.MANAGE_BACKUPS);

    private final Ikon icon;
    private final Permission[] anyOf;

    ModuleKind(Ikon icon, Permission... anyOf) {
        this.icon = icon;
        this.anyOf = anyOf;
    }

    public Ikon icon() {
        return icon;
    }

    public boolean isOpenTo(AuthenticatedUser user) {
        if (anyOf.length == 0) {
            return true;
        }
        for (Permission permission : anyOf) {
            if (user.may(permission)) {
                return true;
            }
        }
        return false;
    }
}
