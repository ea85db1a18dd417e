package com.fours.workbench.repair.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;

import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * The Repair Orders tab: a TabPane of panes. The orders and their plans come first, then the panes
 * handed in by the module (dispatch, the job board), then the catalog for those who maintain it.
 */
public final class RepairOrdersView {

    private final SectionTabs tabs;

    public RepairOrdersView(RepairContext context, List<Section> extraPanes) {
        List<Section> panes = new ArrayList<>();
        panes.add(new OrdersPane(context));
        panes.addAll(extraPanes);
        if (context.may(Permission.MANAGE_LABOUR_CATALOG)) {
            panes.add(new CatalogPane(context));
        }
        tabs = new SectionTabs("repairSections", panes);
    }

    public Parent build() {
        return tabs.build();
    }

    /** Brings a pane to the front and, on the orders pane, opens the order named: a link of the home page. */
    public void show(String sectionId, Long orderId) {
        tabs.select(sectionId).ifPresent(section -> {
            if (orderId != null && section instanceof OrdersPane orders) {
                orders.model().open(orderId);
            }
        });
    }

    /** The tab is shown again: the pane in front reads its data again. */
    public void activate() {
        tabs.activate();
    }

    /** The module's tab is left. */
    public void deactivate() {
        tabs.deactivate();
    }
}
