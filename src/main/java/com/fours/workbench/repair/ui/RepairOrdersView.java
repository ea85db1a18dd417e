package com.fours.workbench.repair.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.fours.workbench.security.Permission;

/**
 * The Repair Orders tab: a TabPane of panes. The orders and their plans come first, then the panes
 * handed in by the module (dispatch, the job board), then the catalog for those who maintain it.
 */
public final class RepairOrdersView {

    private final List<RepairPane> panes = new ArrayList<>();
    private final Map<Tab, RepairPane> paneOfTab = new HashMap<>();
    private TabPane tabs;
    private RepairPane shown;

    public RepairOrdersView(RepairContext context, List<RepairPane> extraPanes) {
        panes.add(new OrdersPane(context));
        panes.addAll(extraPanes);
        if (context.may(Permission.MANAGE_LABOUR_CATALOG)) {
            panes.add(new CatalogPane(context));
        }
    }

    public Parent build() {
        tabs = new TabPane();
        tabs.setId("repairSections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (RepairPane pane : panes) {
            Tab tab = new Tab(pane.title());
            tab.setId(pane.id());
            paneOfTab.put(tab, pane);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        show(tabs.getSelectionModel().getSelectedItem());
        return tabs;
    }

    private void show(Tab tab) {
        if (shown != null) {
            shown.deactivate();
        }
        if (tab == null) {
            shown = null;
            return;
        }
        shown = paneOfTab.get(tab);
        if (tab.getContent() == null) {
            tab.setContent(shown.build());
        } else {
            shown.activate();
        }
    }

    /** The tab is shown again: the pane in front reads its data again. */
    public void activate() {
        if (tabs != null) {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            if (selected != null && selected.getContent() != null) {
                paneOfTab.get(selected).activate();
            }
        }
    }

    /** The module's tab is left. */
    public void deactivate() {
        if (shown != null) {
            shown.deactivate();
        }
    }
}
