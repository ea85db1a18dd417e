package com.fours.workbench.app;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.fours.workbench.cashier.ui.CashUpContext;
import com.fours.workbench.cashier.ui.CashUpPane;
import com.fours.workbench.cashier.ui.HealthRecordPane;

/** Until the Cashier tab exists: the cash-up panes in a tab of their own, for the UI test. */
final class CashUpInterimModule implements WorkbenchModule {

    @Override
    public ModuleKind kind() {
        return ModuleKind.CASHIER;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices s = context.services();
        CashUpContext cx = new CashUpContext(s.cashUp(), s.cashUpPrint(), s.healthRecords(), s.reports(), s.session(),
                s.clock(), context.messages(), context.background(), context.errors(), context.window());
        CashUpPane cashUp = new CashUpPane(cx);
        HealthRecordPane records = new HealthRecordPane(cx);
        Tab a = new Tab(cashUp.title(), cashUp.build());
        a.setId(cashUp.id());
        Tab b = new Tab(records.title(), records.build());
        b.setId(records.id());
        TabPane pane = new TabPane(a, b);
        pane.setId("cashierSections");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }
}
