package com.fours.workbench.ui;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import com.fours.workbench.core.AgedBalance;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;

/**
 * A list shown as a table the way the ledgers' screens set one up: its id, its rows, a height, the
 * text when empty, the last column taking the width left; and the ageing's amount columns, the same
 * for what the store is owed and what it owes.
 */
public final class Tables {

    private Tables() {
    }

    public static <T> TableView<T> table(String id, ObservableList<T> rows, double prefHeight, String empty) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(prefHeight);
        table.setPlaceholder(new Label(empty));
        return table;
    }

    /**
     * An ageing's table: every column shares the width ({@link TableView#CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS}),
     * fitted again each time a column widens to its cells. The table fits its columns to its width only
     * when that width changes; a name column that widened afterwards (a long supplier's name read
     * in the background) pushed the last column, the balance, past the table's edge.
     */
    public static void sharedWidth(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        boolean[] due = {false};
        InvalidationListener refit = o -> {
            if (!due[0]) {
                due[0] = true;
                // after the layout pass in which a cell widened its column
                Platform.runLater(() -> {
                    due[0] = false;
                    table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
                });
            }
        };
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(refit));
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(c -> c.minWidthProperty().addListener(refit));
            }
        });
    }

    /** Not yet due, 1-30, 31-60, 61-90, over 90 days, the credit and the balance (the receivables' titles). */
    public static <T extends AgedBalance> List<TableColumn<T, String>> ageing(Messages messages, Formats formats) {
        return List.of(
                Columns.money(messages.get("receivables.ui.col.current"), T::current, formats),
                Columns.money(messages.get("receivables.ui.col.days30"), T::days1To30, formats),
                Columns.money(messages.get("receivables.ui.col.days60"), T::days31To60, formats),
                Columns.money(messages.get("receivables.ui.col.days90"), T::days61To90, formats),
                Columns.money(messages.get("receivables.ui.col.over90"), T::over90, formats),
                Columns.money(messages.get("receivables.ui.col.credit"), T::unapplied, formats),
                Columns.money(messages.get("receivables.ui.col.balance"), T::balance, formats));
    }
}
