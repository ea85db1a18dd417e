package com.fours.workbench.home;

import static com.fours.workbench.security.Role.*;

import java.util.EnumSet;
import java.util.Set;

import com.fours.workbench.security.Role;

/**
 * What may wait for a user on the home page, in the order shown; each kind names the roles whose
 * work it is and the screen (tab and section) that does it. The service manager sees the kinds
 * that concern running the department (approvals and what is late), not the floor's own to-do lists.
 */
public enum HomeLineKind {
    ARRIVALS(HomeScreen.APPOINTMENTS, "arrivalsTab", false, SERVICE_ADVISOR),
    PAST_PROMISED(HomeScreen.REPAIR_ORDERS, "repairTab-orders", true, SERVICE_ADVISOR, SERVICE_MANAGER),
    LATE_NOT_CONTACTED(HomeScreen.REPAIR_ORDERS, "repairTab-orders", true, SERVICE_ADVISOR),
    AWAITING_APPROVAL(HomeScreen.REPAIR_ORDERS, "repairTab-orders", true, SERVICE_ADVISOR, SERVICE_MANAGER),
    READY_TO_HAND_BACK(HomeScreen.CASHIER, "cashierTab-desk", true, SERVICE_ADVISOR, SERVICE_MANAGER),
    TO_DISPATCH(HomeScreen.REPAIR_ORDERS, "repairTab-dispatch", false, TEAM_LEAD, SERVICE_MANAGER),
    RECHECKS(HomeScreen.QUALITY_CONTROL, "qcTab-sheet", true, TEAM_LEAD),
    MY_JOBS(HomeScreen.REPAIR_ORDERS, "repairTab-myJobs", false, TECHNICIAN),
    SELF_CHECKS(HomeScreen.QUALITY_CONTROL, "qcTab-sheet", true, TECHNICIAN),
    FINAL_CHECKS(HomeScreen.QUALITY_CONTROL, "qcTab-sheet", true, QC_INSPECTOR),
    TO_SETTLE(HomeScreen.CASHIER, "cashierTab-desk", true, CASHIER, SERVICE_MANAGER),
    DAYS_NOT_CLOSED(HomeScreen.CASHIER, "cashierTab-cashUp", false, CASHIER, SERVICE_MANAGER),
    PICKS(HomeScreen.PARTS_WAREHOUSE, "partsTab-issue", true, WAREHOUSE_CLERK),
    RECEIPTS_DUE(HomeScreen.PARTS_WAREHOUSE, "partsTab-purchasing", false, WAREHOUSE_CLERK),
    REORDER(HomeScreen.PARTS_WAREHOUSE, "partsTab-purchasing", false, WAREHOUSE_CLERK),
    COUNTS_IN_PROGRESS(HomeScreen.PARTS_WAREHOUSE, "partsTab-stocktake", false, WAREHOUSE_CLERK),
    STOCKTAKES_TO_APPROVE(HomeScreen.PARTS_WAREHOUSE, "partsTab-stocktake", false, SERVICE_MANAGER),
    CALLBACKS_DUE(HomeScreen.CUSTOMER_CARE, "careTab-callbacks", false, CUSTOMER_SERVICE_AGENT, SERVICE_MANAGER),
    COMPLAINTS_OVERDUE(HomeScreen.CUSTOMER_CARE, "careTab-complaints", true, CUSTOMER_SERVICE_AGENT, SERVICE_MANAGER),
    /** The user's own 5S corrective actions past their due day: shown to their owner, whatever the role, when there are any. */
    OVERDUE_5S_ACTIONS(HomeScreen.ENVIRONMENT, "environmentTab-fiveS", false);

    private final HomeScreen screen;
    private final String sectionId;
    private final boolean opensRecord;
    private final Set<Role> roles;

    /** A line of the user's own, not of a role's ({@link #isFor} is false for every role). */
    HomeLineKind(HomeScreen screen, String sectionId, boolean opensRecord) {
        this.screen = screen;
        this.sectionId = sectionId;
        this.opensRecord = opensRecord;
        this.roles = EnumSet.noneOf(Role.class);
    }

    HomeLineKind(HomeScreen screen, String sectionId, boolean opensRecord, Role first, Role... rest) {
        this.screen = screen;
        this.sectionId = sectionId;
        this.opensRecord = opensRecord;
        this.roles = EnumSet.of(first, rest);
    }

    public HomeScreen screen() {
        return screen;
    }

    /** The id of the section (sub-tab) of {@link #screen} that does the work. */
    public String sectionId() {
        return sectionId;
    }

    /** Whether an item of this line opens its record there (an order, a complaint), not only the section. */
    public boolean opensRecord() {
        return opensRecord;
    }

    public boolean isFor(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
