package com.fours.workbench.customers.ui;

import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.customers.SearchResult;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.LiveSearch;

/**
 * The one search field of the archive: results as the user types. A pause of 150 ms between
 * key strokes starts a search in the background; a result that arrives after the text changed
 * again is dropped, so the list always belongs to what is in the field.
 */
public final class ArchiveSearchViewModel implements LiveSearch<SearchHit> {

    static final Duration DEBOUNCE = Duration.millis(150);
    static final int MIN_LENGTH = 2;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty(this, "more");
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);

    private final Function<String, SearchResult> search;
    private final Background background;
    private final ErrorReporter errors;
    private final Messages messages;
    /** Counts changes of the query; a search whose count is no longer current is stale. */
    private long generation;

    public ArchiveSearchViewModel(Function<String, SearchResult> search, Background background, ErrorReporter errors,
                                  Messages messages) {
        this.search = search;
        this.background = background;
        this.errors = errors;
        this.messages = messages;
        debounce.setOnFinished(e -> runSearch());
        query.addListener((obs, old, now) -> queryChanged());
        status.set(messages.get("customers.ui.search.hint"));
    }

    /** The archive's own search, as the screen and the customer pickers use it. */
    public static ArchiveSearchViewModel of(CustomersContext context) {
        return new ArchiveSearchViewModel(context.search()::search, context.background(), context.errors(),
                context.messages());
    }

    private String typed() {
        return query.get() == null ? "" : query.get().strip();
    }

    private void queryChanged() {
        generation++;
        if (typed().length() < MIN_LENGTH) {
            debounce.stop();
            hits.clear();
            more.set(false);
            searching.set(false);
            status.set(messages.get(typed().isEmpty() ? "customers.ui.search.hint" : "customers.ui.search.tooShort"));
            return;
        }
        debounce.playFromStart();
    }

    /** Searches again for what is typed, after a change elsewhere (a record saved, the tab shown again). */
    public void refresh() {
        if (typed().length() >= MIN_LENGTH) {
            generation++;
            debounce.stop();
            runSearch();
        }
    }

    public void clear() {
        query.set("");
    }

    private void runSearch() {
        long mine = generation;
        String fragment = typed();
        searching.set(true);
        background.run(() -> search.apply(fragment), result -> {
            if (mine != generation) {
                return;
            }
            searching.set(false);
            hits.setAll(result.hits());
            more.set(result.more());
            status.set(result.hits().isEmpty() ? messages.get("customers.ui.search.none", fragment)
                    : messages.get("customers.ui.search.count", result.hits().size()));
        }, failure -> {
            if (mine != generation) {
                return;
            }
            searching.set(false);
            hits.clear();
            more.set(false);
            status.set(errors.describe(failure));
        });
    }

    @Override
    public StringProperty queryProperty() {
        return query;
    }

    @Override
    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
