package com.fours.workbench.payables.ui;

import java.util.List;

import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Section;

/** The payables' section of the Cashier tab (the cashier and the manager). */
public final class PayablesSections {

    private PayablesSections() {
    }

    public static List<Section> forUser(PayablesContext context) {
        return context.may(Permission.USE_PAYABLES) ? List.of(new PayablesPane(context)) : List.of();
    }
}
