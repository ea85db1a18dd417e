package com.fours.workbench.security;

import static com.fours.workbench.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** The jobs of the after-sales department; what each may do is decided here and nowhere else. */
public enum Role {
    SERVICE_ADVISOR(USE_APPOINTMENTS, USE_RECEPTION, USE_REPAIR_ORDERS, USE_CUSTOMERS, EDIT_CUSTOMERS, VIEW_CUSTOMER_PHONES),
    TECHNICIAN(USE_REPAIR_ORDERS, USE_QUALITY_CONTROL),
    TEAM_LEAD(USE_APPOINTMENTS, USE_REPAIR_ORDERS, USE_QUALITY_CONTROL, MANAGE_WORKSHOP_CAPACITY, DISPATCH_JOBS),
    QC_INSPECTOR(USE_REPAIR_ORDERS, USE_QUALITY_CONTROL),
    CASHIER(USE_CASHIER, USE_CUSTOMERS, EDIT_CUSTOMERS, VIEW_CUSTOMER_PHONES),
    WAREHOUSE_CLERK(USE_PARTS_WAREHOUSE, USE_CUSTOMERS, MANAGE_PARTS_MASTER),
    CUSTOMER_SERVICE_AGENT(USE_CUSTOMER_CARE, USE_CUSTOMERS, EDIT_CUSTOMERS, VIEW_CUSTOMER_PHONES),
    SERVICE_MANAGER(USE_APPOINTMENTS, USE_RECEPTION, USE_REPAIR_ORDERS, USE_QUALITY_CONTROL, USE_CASHIER,
            USE_PARTS_WAREHOUSE, USE_CUSTOMERS, USE_CUSTOMER_CARE, EDIT_CUSTOMERS, VIEW_CUSTOMER_PHONES,
            MERGE_CUSTOMERS, CORRECT_MILEAGE, IMPORT_CUSTOMERS, MANAGE_PARTS_MASTER, RECEIVE_WITHOUT_ORDER, ADJUST_STOCK,
            APPROVE_STOCKTAKE, MANAGE_WORKSHOP_CAPACITY, OVERBOOK_APPOINTMENTS, VIEW_AUDIT_LOG, EDIT_STORE_PROFILE,
            MANAGE_LABOUR_CATALOG, DISPATCH_JOBS),
    ADMINISTRATOR(MANAGE_USERS, VIEW_AUDIT_LOG, EDIT_STORE_PROFILE, VIEW_SYSTEM_INFO);

    private final Set<Permission> permissions;

    Role(Permission first, Permission... rest) {
        this.permissions = EnumSet.of(first, rest);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public static Set<Permission> permissionsOf(Set<Role> roles) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }
}
