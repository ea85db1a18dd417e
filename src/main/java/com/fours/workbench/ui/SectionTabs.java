package com.fours.workbench.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The one host of a module's sections: a TabPane with a tab per {@link Section}, in the order given.
 * A section is built when its tab is first chosen and activated when chosen again; the section left
 * is deactivated.
 */
public final class SectionTabs {

    private final String id;
    private final List<Section> sections;
    private final Map<Tab, Section> sectionOfTab = new IdentityHashMap<>();
    private TabPane tabs;
    private Section shown;

    /** {@code id}: the TabPane's id, e.g. {@code partsSections}. */
    public SectionTabs(String id, List<? extends Section> sections) {
        this.id = id;
        this.sections = List.copyOf(sections);
    }

    /** The TabPane, with the first section built and shown. */
    public TabPane build() {
        tabs = new TabPane();
        tabs.setId(id);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Section section : sections) {
            Tab tab = new Tab(section.title());
            tab.setId(section.id());
            sectionOfTab.put(tab, section);
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
        shown = sectionOfTab.get(tab);
        if (tab.getContent() == null) {
            tab.setContent(shown.build());
        } else {
            shown.activate();
        }
    }

    /**
     * Brings {@code section}'s tab to the front (built or activated as when the user chooses it);
     * false while the tabs are not built yet.
     */
    public boolean select(Section section) {
        if (tabs == null) {
            return false;
        }
        tabs.getTabs().stream().filter(t -> sectionOfTab.get(t) == section).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        return true;
    }

    /**
     * Brings the section with this id to the front, as {@link #select(Section)} does; the section, or
     * nothing when no section has the id (the user may not see it) or the tabs are not built yet.
     */
    public Optional<Section> select(String sectionId) {
        Optional<Section> found = sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
        return found.filter(this::select);
    }

    /** The module's tab is shown again: the section in front reads its data again. */
    public void activate() {
        if (tabs != null) {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            if (selected != null && selected.getContent() != null) {
                sectionOfTab.get(selected).activate();
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
