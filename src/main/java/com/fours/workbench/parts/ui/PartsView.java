package com.fours.workbench.parts.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Parts Warehouse tab: a TabPane of sub-views (panes). The warehouse's own panes come first;
 * further panes (the stocktake) are handed in by the module and appear after them. Each pane is
 * built when its tab is first chosen and activated when it is chosen again.
 */
public final class PartsView {

    private final List<PartsPane> panes = new ArrayList<>();
    private final Map<Tab, PartsPane> paneOfTab = new HashMap<>();
    private TabPane tabs;
    private final IssuePane issue;

    /** The warehouse's panes, then {@code extraPanes} in their order. */
    public PartsView(PartsContext context, List<PartsPane> extraPanes) {
        issue = new IssuePane(context);
        panes.add(issue);
        panes.add(new PurchasingPane(context));
        panes.add(new CatalogPane(context));
        panes.add(new LedgerPane(context));
        panes.add(new FiguresPane(context));
        panes.addAll(extraPanes);
    }

    public Parent build() {
        tabs = new TabPane();
        tabs.setId("partsSections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (PartsPane pane : panes) {
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
        if (tab == null) {
            return;
        }
        PartsPane pane = paneOfTab.get(tab);
        if (tab.getContent() == null) {
            tab.setContent(pane.build());
        } else {
            pane.activate();
        }
    }

    /** Brings the issue counter to the front, on this repair order. */
    public void issueFor(long repairOrderId) {
        if (tabs == null) {
            return;
        }
        tabs.getTabs().stream().filter(t -> paneOfTab.get(t) == issue).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        issue.open(repairOrderId);
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
}
