package com.fours.workbench.app;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import com.fours.workbench.cashier.ui.CashUpContext;
import com.fours.workbench.cashier.ui.CashUpSections;
import com.fours.workbench.cashier.ui.CashierContext;
import com.fours.workbench.cashier.ui.CashierView;
import com.fours.workbench.claims.ui.ClaimsContext;
import com.fours.workbench.claims.ui.ClaimsSections;
import com.fours.workbench.partsales.ui.PartsSalesPane;
import com.fours.workbench.payables.ui.PayablesContext;
import com.fours.workbench.payables.ui.PayablesSections;
import com.fours.workbench.receivables.ui.ReceivablesContext;
import com.fours.workbench.receivables.ui.ReceivablesSections;
import com.fours.workbench.ui.Section;

/** The cashier (收银结算): settle QC-passed orders into bills, take payments, print, void, hand the car back. */
final class CashierModule implements WorkbenchModule, OpensWork {

    private CashierView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.CASHIER;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        CashUpContext cashUp = new CashUpContext(services.cashUp(), services.cashUpPrint(), services.healthRecords(),
                services.reports(), services.session(), services.clock(), context.messages(), context.background(),
                context.errors(), context.window());
        ReceivablesContext receivables = new ReceivablesContext(services.receipts(), services.receivables(),
                services.statementPrint(), services.reports(), services.session(), services.clock(),
                context.messages(), context.background(), context.errors(), context.window());
        ClaimsContext claims = new ClaimsContext(services.claims(), services.claimPrint(), services.reports(),
                services.session(), services.clock(), context.messages(), context.background(), context.errors(),
                context.window());
        PayablesContext payables = new PayablesContext(services.supplierInvoices(), services.supplierPayments(),
                services.payables(), services.session(), services.clock(), context.messages(), context.background(),
                context.errors(), context.window());
        view = new CashierView(new CashierContext(services.cashier(), services.payments(), services.deliveries(),
                services.discountPolicy(), services.cashierPrints(), services.authentication(), services.reports(),
                services.archiveSearch(), services.session(), context.messages(), context.background(), context.errors(),
                context.window(), services.changes()),
                sections(CashUpSections.forUser(cashUp), ReceivablesSections.forUser(receivables),
                        ClaimsSections.forUser(claims), PartsSalesPane.desk(PartsModule.partsSales(context)),
                        PayablesSections.forUser(payables)));
        return view.build();
    }

    private static List<Section> sections(List<Section> cashUp, List<Section> receivables, List<Section> claims,
                                          List<Section> partsSales, List<Section> payables) {
        List<Section> all = new ArrayList<>(partsSales);
        all.addAll(cashUp);
        all.addAll(receivables);
        all.addAll(claims);
        all.addAll(payables);
        return all;
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }

    @Override
    public void openWork(String sectionId, Long recordId) {
        if (view != null) {
            view.show(sectionId, recordId);
        }
    }

    @Override
    public void close() {
        view = null;
    }
}
