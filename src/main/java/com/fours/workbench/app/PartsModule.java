package com.fours.workbench.app;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;

import com.fours.workbench.partsales.SaleLineInput;
import com.fours.workbench.partsales.ui.PartsSalesContext;
import com.fours.workbench.partsales.ui.PartsSalesPane;
import com.fours.workbench.parts.ui.PartsContext;
import com.fours.workbench.parts.ui.PartsView;
import com.fours.workbench.parts.ui.StocktakeContext;
import com.fours.workbench.parts.ui.StocktakeView;
import com.fours.workbench.core.Formats;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.suppliers.ui.SuppliersContext;
import com.fours.workbench.suppliers.ui.SuppliersSection;
import com.fours.workbench.ui.Section;

/**
 * The parts warehouse (配件仓库): issue counter, purchasing and receiving, parts master, stock ledger,
 * figures. Further panes of the warehouse (the stocktake) are added in {@link #extraPanes}.
 */
final class PartsModule implements WorkbenchModule, PartsCounter, OpensWork {

    private PartsView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.PARTS_WAREHOUSE;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        PartsContext parts = new PartsContext(services.parts(), services.stock(), services.purchasing(),
                services.reservations(), services.partsFigures(), services.partsPrints(), services.catalogImport(),
                services.reports(),
                services.session(), services.clock(), context.messages(), context.background(), context.errors(),
                context.window(), services.changes(), (partId, quantity, customer) -> services.partsSales()
                        .quickSale(null, customer, List.of(new SaleLineInput(partId, quantity.toPlainString(), "")))
                        .billNumber());
        view = new PartsView(parts, extraPanes(parts, context));
        return view.build();
    }

    /** Panes that other parts of the warehouse contribute, shown after the warehouse's own. */
    private static List<Section> extraPanes(PartsContext parts, ModuleContext context) {
        AppServices s = context.services();
        List<Section> panes = new java.util.ArrayList<>(List.of(new StocktakeView(new StocktakeContext(s.stocktakes(),
                s.parts(), s.reports(), s.storeProfiles(), s.session(), s.clock(), context.messages(),
                context.background(), context.errors(), context.window()))));
        panes.addAll(PartsSalesPane.warehouse(partsSales(context)));
        panes.add(new SuppliersSection(suppliers(context)));
        return panes;
    }

    /** Purchase agreements and the supplier evaluation (decision 0111), with purchasing's suppliers and parts. */
    static SuppliersContext suppliers(ModuleContext context) {
        AppServices s = context.services();
        SuppliersContext.Catalogue catalogue = new SuppliersContext.Catalogue() {
            @Override
            public List<SuppliersContext.Choice> suppliers() {
                return s.purchasing().suppliers().stream().filter(Supplier::active)
                        .map(x -> new SuppliersContext.Choice(x.id(), x.code(), x.name())).toList();
            }

            @Override
            public Optional<SuppliersContext.Choice> part(String code) {
                Formats formats = Formats.of(context.messages().locale());
                return s.parts().lookup(code).map(p -> new SuppliersContext.Choice(p.id(), p.partNumber(), p.name(formats)));
            }
        };
        return new SuppliersContext(s.purchaseAgreements(), s.supplierEvaluation(), s.scorecardPrint(), catalogue,
                s.reports(), s.session(), s.clock(), context.messages(), context.background(), context.errors(),
                context.window());
    }

    /** The parts sales' sections are handed to the warehouse and to the cashier's desk (decision 0103). */
    static PartsSalesContext partsSales(ModuleContext context) {
        AppServices s = context.services();
        return new PartsSalesContext(s.partsSales(), s.partsSalePrints(), s.priceList(), s.payments(), s.parts(),
                s.authentication(), s.reports(), s.session(), context.messages(), context.background(), context.errors(),
                context.window());
    }

    @Override
    public void issueFor(long repairOrderId) {
        if (view != null) {
            view.issueFor(repairOrderId);
        }
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
