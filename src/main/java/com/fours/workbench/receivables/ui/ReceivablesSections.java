package com.fours.workbench.receivables.ui;

import java.util.List;

import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Section;

/** The receivables' sections of the Cashier tab (the cashier and the manager): the ledger of payers. */
public final class ReceivablesSections {

    private ReceivablesSections() {
    }

    public static List<Section> forUser(ReceivablesContext context) {
        return context.may(Permission.USE_CASHIER) ? List.of(new ReceivablesPane(context)) : List.of();
    }
}
