package com.fours.workbench.parts.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;

import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.SectionTabs;

/**
 * The Parts Warehouse tab: a TabPane of sub-views (panes). The warehouse's own panes come first;
 * further panes (the stocktake) are handed in by the module and appear after them. Each pane is
 * built when its tab is first chosen and activated when it is chosen again.
 */
public final class PartsView {

    private final SectionTabs tabs;
    private final IssuePane issue;

    /** The warehouse's panes, then {@code extraPanes} in their order. */
    public PartsView(PartsContext context, List<Section> extraPanes) {
        issue = new IssuePane(context);
        List<Section> panes = new ArrayList<>();
        panes.add(issue);
        panes.add(new PurchasingPane(context));
        panes.add(new CatalogPane(context));
        panes.add(new LedgerPane(context));
        panes.add(new FiguresPane(context));
        panes.addAll(extraPanes);
        tabs = new SectionTabs("partsSections", panes);
    }

    public Parent build() {
        return tabs.build();
    }

    /** Brings the issue counter to the front, on this repair order. */
    public void issueFor(long repairOrderId) {
        if (tabs.select(issue)) {
            issue.open(repairOrderId);
        }
    }

    /** Brings a pane to the front; the issue counter on the repair order named: a link of the home page. */
    public void show(String sectionId, Long repairOrderId) {
        if (repairOrderId != null && issue.id().equals(sectionId)) {
            issueFor(repairOrderId);
        } else {
            tabs.select(sectionId);
        }
    }

    /** The tab is shown again: the pane in front reads its data again. */
    public void activate() {
        tabs.activate();
    }
}
