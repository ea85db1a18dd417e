package com.fours.workbench.cashier.ui;

import java.util.ArrayList;
import java.util.List;

import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Section;

/** The cash-up's sections of the Cashier tab for the user: the cash-up, the health-record export. */
public final class CashUpSections {

    private CashUpSections() {
    }

    /** The sections this user may use: the cash-up with CLOSE_CASH_DAY, the export with EXPORT_HEALTH_RECORDS. */
    public static List<Section> forUser(CashUpContext context) {
        List<Section> sections = new ArrayList<>();
        if (context.may(Permission.CLOSE_CASH_DAY)) {
            sections.add(new CashUpPane(context));
        }
        if (context.may(Permission.EXPORT_HEALTH_RECORDS)) {
            sections.add(new HealthRecordPane(context));
        }
        return sections;
    }
}
