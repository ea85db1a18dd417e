package com.fours.workbench.claims.ui;

import java.util.List;

import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Section;

/** The claims' section of the Cashier tab, beside Receivables (the cashier and the manager). */
public final class ClaimsSections {

    private ClaimsSections() {
    }

    public static List<Section> forUser(ClaimsContext context) {
        return context.may(Permission.USE_CASHIER) ? List.of(new ClaimsPane(context)) : List.of();
    }
}
