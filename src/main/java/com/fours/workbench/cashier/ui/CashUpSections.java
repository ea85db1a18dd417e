package com.fours.workbench.cashier.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.fours.workbench.security.Permission;

/**
 * Puts the cashier's desk and the cash-up's sections side by side as sub-tabs of the Cashier tab
 * ({@code #cashierSections}: {@code cashierTab-desk}, then {@code cashierTab-cashUp} and
 * {@code cashierTab-healthRecords} for the users who may use them). A section is built the first
 * time its tab is chosen and told each time it is shown again.
 */
public final class CashUpSections {

    private final TabPane tabs = new TabPane();
    private final List<CashUpSection> sections;

    private CashUpSections(List<CashUpSection> sections) {
        this.sections = sections;
    }

    /** The sections this user may use: the cash-up with CLOSE_CASH_DAY, the export with EXPORT_HEALTH_RECORDS. */
    public static List<CashUpSection> forUser(CashUpContext context) {
        List<CashUpSection> sections = new ArrayList<>();
        if (context.may(Permission.CLOSE_CASH_DAY)) {
            sections.add(new CashUpPane(context));
        }
        if (context.may(Permission.EXPORT_HEALTH_RECORDS)) {
            sections.add(new HealthRecordPane(context));
        }
        return sections;
    }

    /** The desk alone when the user has no section, else the desk and the sections as sub-tabs. */
    public static Node around(Node desk, String deskTitle, CashUpContext context) {
        List<CashUpSection> sections = forUser(context);
        if (sections.isEmpty()) {
            return desk;
        }
        return new CashUpSections(sections).build(desk, deskTitle);
    }

    private Node build(Node desk, String deskTitle) {
        tabs.setId("cashierSections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab deskTab = new Tab(deskTitle, desk);
        deskTab.setId("cashierTab-desk");
        tabs.getTabs().add(deskTab);
        for (CashUpSection section : sections) {
            Tab tab = new Tab(section.title());
            tab.setId(section.id());
            tab.setUserData(section);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        return tabs;
    }

    private void show(Tab tab) {
        if (tab == null || !(tab.getUserData() instanceof CashUpSection section)) {
            return;
        }
        if (tab.getContent() == null) {
            tab.setContent(section.build());
        } else {
            section.activate();
        }
    }

    /** The Cashier tab is shown again: the section on screen reads its figures again. */
    public static void activate(Node root) {
        if (root instanceof TabPane pane && "cashierSections".equals(pane.getId())) {
            Tab selected = pane.getSelectionModel().getSelectedItem();
            if (selected != null && selected.getContent() != null && selected.getUserData() instanceof CashUpSection s) {
                s.activate();
            }
        }
    }
}
