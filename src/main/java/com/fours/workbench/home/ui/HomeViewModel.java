package com.fours.workbench.home.ui;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.home.HomeItem;
import com.fours.workbench.home.HomeLine;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.home.HomePage;
import com.fours.workbench.home.HomeScreen;

/** The home page's lines and their wording, read again on each refresh. */
public final class HomeViewModel {

    private final HomeContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<HomeLine> lines = FXCollections.observableArrayList();
    private final StringProperty updated = new SimpleStringProperty(this, "updated", "");
    private final ObservableList<HomeScreen> shortcuts = FXCollections.observableArrayList();
    private boolean loading;
    private boolean again;

    public HomeViewModel(HomeContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
    }

    public ObservableList<HomeLine> lines() {
        return lines;
    }

    /** The screens the page links to beyond its lines (the manager's dashboard). */
    public ObservableList<HomeScreen> shortcuts() {
        return shortcuts;
    }

    public String shortcut(HomeScreen screen) {
        if (screen != HomeScreen.DASHBOARD) {
            throw new IllegalArgumentException("no shortcut to " + screen);
        }
        return messages.get("home.shortcut.DASHBOARD");
    }

    public void open(HomeScreen screen) {
        context.opener().open(screen);
    }

    public StringProperty updatedProperty() {
        return updated;
    }

    /**
     * Reads the page again in the background. A refresh asked for while one runs is not doubled but
     * runs once after it, since the running one may have read before the latest change.
     */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        again = false;
        context.background().run(() -> context.home().page(), this::show, error -> {
            loading = false;
            context.errors().report(context.window(), error);
        });
    }

    private void show(HomePage page) {
        loading = false;
        if (!page.shortcuts().equals(shortcuts)) {
            shortcuts.setAll(page.shortcuts());
        }
        if (!page.lines().equals(lines)) {
            lines.setAll(page.lines());
        }
        updated.set(messages.get("home.updated", formats.time(page.readAt(), context.clock().getZone())));
        if (again) {
            refresh();
        }
    }

    public String title(HomeLineKind kind) {
        return messages.of(kind);
    }

    public String count(HomeLine line) {
        return formats.count(line.count());
    }

    /** "3 late", empty when none is. */
    public String overdue(HomeLine line) {
        return line.overdue() == 0 ? "" : messages.get("home.overdue", formats.count(line.overdue()));
    }

    /** For a user whose roles have no home lines (the administrator). */
    public String nothing() {
        return messages.get("home.nothing");
    }

    public String empty(HomeLineKind kind) {
        // one literal key per kind, so that a new kind cannot go without its text
        return messages.get(switch (kind) {
            case ARRIVALS -> "home.empty.ARRIVALS";
            case PAST_PROMISED -> "home.empty.PAST_PROMISED";
            case LATE_NOT_CONTACTED -> "home.empty.LATE_NOT_CONTACTED";
            case AWAITING_APPROVAL -> "home.empty.AWAITING_APPROVAL";
            case READY_TO_HAND_BACK -> "home.empty.READY_TO_HAND_BACK";
            case TO_DISPATCH -> "home.empty.TO_DISPATCH";
            case RECHECKS -> "home.empty.RECHECKS";
            case MY_JOBS -> "home.empty.MY_JOBS";
            case SELF_CHECKS -> "home.empty.SELF_CHECKS";
            case FINAL_CHECKS -> "home.empty.FINAL_CHECKS";
            case TO_SETTLE -> "home.empty.TO_SETTLE";
            case DAYS_NOT_CLOSED -> "home.empty.DAYS_NOT_CLOSED";
            case PICKS -> "home.empty.PICKS";
            case RECEIPTS_DUE -> "home.empty.RECEIPTS_DUE";
            case REORDER -> "home.empty.REORDER";
            case COUNTS_IN_PROGRESS -> "home.empty.COUNTS_IN_PROGRESS";
            case STOCKTAKES_TO_APPROVE -> "home.empty.STOCKTAKES_TO_APPROVE";
            case CALLBACKS_DUE -> "home.empty.CALLBACKS_DUE";
            case COMPLAINTS_OVERDUE -> "home.empty.COMPLAINTS_OVERDUE";
            case OVERDUE_5S_ACTIONS -> "home.empty.OVERDUE_5S_ACTIONS";
        });
    }

    /** "and 12 more" under the first few, empty when all are shown. */
    public String more(HomeLine line) {
        int rest = line.count() - line.first().size();
        return rest <= 0 ? "" : messages.get("home.more", formats.count(rest));
    }

    /** The item's name with its time: today's as a time, another day's as a date and time. */
    public String item(HomeItem item) {
        if (item.at() == null) {
            return item.name();
        }
        var zone = context.clock().getZone();
        boolean today = item.at().atZone(zone).toLocalDate().equals(context.clock().instant().atZone(zone).toLocalDate());
        String when = today ? formats.time(item.at(), zone)
                : item.name().isEmpty() ? formats.date(item.at(), zone) : formats.dayTime(item.at(), zone);
        return item.name().isEmpty() ? when : item.name() + "  " + when;
    }

    public void open(HomeLineKind kind, HomeItem item) {
        context.opener().open(kind, item);
    }

    List<HomeLine> shown() {
        return List.copyOf(lines);
    }
}
