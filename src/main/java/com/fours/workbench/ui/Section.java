package com.fours.workbench.ui;

import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * One sub-tab of a module's tab (the warehouse's issue counter, the workshop's dispatch, the
 * cashier's cash-up, ...), hosted by {@link SectionTabs}: built the first time its tab is chosen,
 * told each time it is shown again and each time it is left.
 */
public interface Section {

    /** The id of its tab, e.g. {@code partsTab-issue}. */
    String id();

    /** The tab's title in the screen's language. */
    String title();

    Node build();

    /** Shown again: read what may have changed. */
    default void activate() {
    }

    /** The tab is left: stop what runs only while it is shown (an auto-refresh). */
    default void deactivate() {
    }

    /** A section {@code content} builds, with nothing to read again when it is shown again. */
    static Section of(String id, String title, Supplier<? extends Node> content) {
        return refreshed(id, title, content, () -> {
        });
    }

    /**
     * A section {@code content} builds, that reads its data ({@code refresh}) once built and each
     * time it is shown again.
     */
    static Section refreshed(String id, String title, Supplier<? extends Node> content, Runnable refresh) {
        return new Section() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node build() {
                Node node = content.get();
                refresh.run();
                return node;
            }

            @Override
            public void activate() {
                refresh.run();
            }
        };
    }
}
