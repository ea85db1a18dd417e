package com.fours.workbench.repair.ui;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.JobBoardCard;
import com.fours.workbench.repair.JobBoardColumn;
import com.fours.workbench.security.Permission;

/** The job board: the cards of each column, read again on each refresh. */
public final class JobBoardViewModel {


    private final DispatchContext context;
    private final Messages messages;
    private final Map<JobBoardColumn, ObservableList<JobBoardCard>> columns = new EnumMap<>(JobBoardColumn.class);
    private final StringProperty updated = new SimpleStringProperty(this, "updated", "");
    private boolean loading;
    private boolean again;

    public JobBoardViewModel(DispatchContext context) {
        this.context = context;
        this.messages = context.repair().messages();
        for (JobBoardColumn column : JobBoardColumn.values()) {
            columns.put(column, FXCollections.observableArrayList());
        }
    }

    public ObservableList<JobBoardCard> cards(JobBoardColumn column) {
        return columns.get(column);
    }

    public StringProperty updatedProperty() {
        return updated;
    }

    /**
     * Reads the board again in the background. A refresh asked for while one runs is not doubled
     * but runs once after it, since the running one may have read before the latest change.
     */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        again = false;
        context.repair().background().run(() -> context.board().board(), this::show, error -> {
            loading = false;
            context.repair().errors().report(context.repair().window(), error);
        });
    }

    private void show(List<JobBoardCard> cards) {
        loading = false;
        for (JobBoardColumn column : JobBoardColumn.values()) {
            columns.get(column).setAll(cards.stream().filter(c -> c.column() == column).toList());
        }
        updated.set(messages.get("jobBoard.updated",
                Formats.of(messages.locale()).time(context.repair().clock().instant(), context.repair().clock().getZone())));
        if (again) {
            refresh();
        }
    }

    public String title(JobBoardColumn column) {
        return messages.get("jobBoard.count", messages.of(column), columns.get(column).size());
    }

    /** The tag of the car's keys on the key board. */
    public String keyTag(JobBoardCard card) {
        return card.keyTag() == null ? "" : messages.get("intake.ui.keyTagOnCard", card.keyTag());
    }

    /** Whether the user records progress contacts from the board (advisors, the manager). */
    public boolean recordsContacts() {
        return context.repair().progress() != null && context.repair().may(Permission.USE_RECEPTION);
    }

    public String contactLink() {
        return messages.get("jobBoard.contact");
    }

    public String contactDue() {
        return messages.get("jobBoard.contactDue");
    }

    /** A progress contact on the card's car; the board is read again after it is saved. */
    public ProgressContactViewModel contact(JobBoardCard card) {
        return new ProgressContactViewModel(context.repair(), card.orderId(), card.orderNumber()
                + (card.plate() == null ? "" : " · " + card.plate()), this::refresh);
    }

    public String promised(JobBoardCard card) {
        if (card.promisedAt() == null) {
            return "";
        }
        ZoneId zone = context.repair().clock().getZone();
        return messages.get("jobBoard.promised", Formats.of(messages.locale()).dayTime(card.promisedAt(), zone));
    }
}
