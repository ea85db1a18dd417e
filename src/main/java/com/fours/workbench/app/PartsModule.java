package com.fours.workbench.app;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.fours.workbench.parts.ui.StocktakeContext;
import com.fours.workbench.parts.ui.StocktakeView;

/**
 * The parts warehouse (配件仓库). TEMPORARY and minimal, from the stocktake branch, showing only the
 * stocktake pane: the parts branch brings the real module. On merging keep theirs, let
 * {@code StocktakeView implements PartsPane}, and return it from their {@code extraPanes}:
 * {@code List.of(new StocktakeView(new StocktakeContext(...as below...)))}.
 */
final class PartsModule implements WorkbenchModule {

    private StocktakeView stocktake;

    @Override
    public ModuleKind kind() {
        return ModuleKind.PARTS_WAREHOUSE;
    }

    @Override
    public Node createContent(ModuleContext context) {
        TabPane panes = new TabPane();
        panes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panes.setId("partsPanes");
        AppServices s = context.services();
        stocktake = new StocktakeView(new StocktakeContext(s.stocktakes(), s.parts(), s.reports(), s.storeProfiles(),
                s.session(), s.clock(), context.messages(), context.background(), context.errors(), context.window()));
        panes.getTabs().add(tab(stocktake.id(), stocktake.title(), stocktake.build()));
        return panes;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    @Override
    public void activate() {
        if (stocktake != null) {
            stocktake.activate();
        }
    }
}
