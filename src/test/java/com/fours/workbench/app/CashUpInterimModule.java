package com.fours.workbench.app;

import javafx.scene.Node;
import javafx.scene.control.Label;

import com.fours.workbench.cashier.ui.CashUpContext;
import com.fours.workbench.cashier.ui.CashUpSections;

/** Until the Cashier tab exists: a placeholder desk with the cash-up sections beside it, for the UI test. */
final class CashUpInterimModule implements WorkbenchModule {

    private Node root;

    @Override
    public ModuleKind kind() {
        return ModuleKind.CASHIER;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices s = context.services();
        CashUpContext cx = new CashUpContext(s.cashUp(), s.cashUpPrint(), s.healthRecords(), s.reports(), s.session(),
                s.clock(), context.messages(), context.background(), context.errors(), context.window());
        root = CashUpSections.around(new Label("desk"), "desk", cx);
        return root;
    }

    @Override
    public void activate() {
        CashUpSections.activate(root);
    }
}
