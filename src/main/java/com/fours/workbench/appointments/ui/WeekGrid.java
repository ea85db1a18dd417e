package com.fours.workbench.appointments.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.fours.workbench.appointments.DayPlan;
import com.fours.workbench.appointments.GroupDay;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.StyleClasses;

/** The week of the plan: a row per work group, a column per day; a click on a cell opens that day. */
final class WeekGrid {

    private final Messages messages;
    private final PlannerViewModel model;

    WeekGrid(Messages messages, PlannerViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    GridPane build() {
        GridPane weekGrid = new GridPane();
        weekGrid.setId("weekGrid");
        weekGrid.getStyleClass().add(StyleClasses.WEEK_GRID);
        model.week().addListener((javafx.collections.ListChangeListener<DayPlan>) change -> fill(weekGrid));
        fill(weekGrid);
        return weekGrid;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<DayPlan> days = List.copyOf(model.week());
        if (days.isEmpty()) {
            return;
        }
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        for (int d = 0; d < days.size(); d++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth(-1);
            column.setMinWidth(110);
            grid.getColumnConstraints().add(column);
        }
        LocalDate today = model.today();
        for (int d = 0; d < days.size(); d++) {
            DayPlan day = days.get(d);
            Label date = new Label(Texts.shortDay(day.day(), messages));
            date.getStyleClass().add(StyleClasses.WEEK_DAY);
            Label note = new Label(day.calendarName().isEmpty() ? (day.open() ? " " : messages.get("appointments.ui.closed"))
                    : day.calendarName());
            note.getStyleClass().add(StyleClasses.FIELD_HINT);
            VBox header = new VBox(2, date, note);
            header.getStyleClass().add(StyleClasses.WEEK_HEADER);
            header.pseudoClassStateChanged(PlanPseudoClasses.TODAY, day.day().equals(today));
            header.pseudoClassStateChanged(PlanPseudoClasses.CLOSED, !day.open());
            grid.add(header, d + 1, 0);
        }
        int groups = days.get(0).groups().size();
        for (int g = 0; g < groups; g++) {
            Label name = new Label(days.get(0).groups().get(g).name());
            name.getStyleClass().add(StyleClasses.GROUP_NAME);
            grid.add(name, 0, g + 1);
            for (int d = 0; d < days.size(); d++) {
                DayPlan day = days.get(d);
                GroupDay group = day.groups().get(g);
                grid.add(cell(day, group, today), d + 1, g + 1);
            }
        }
        Label total = new Label(messages.get("appointments.ui.weekBookings"));
        total.getStyleClass().add(StyleClasses.GROUP_NAME);
        grid.add(total, 0, groups + 1);
        for (int d = 0; d < days.size(); d++) {
            DayPlan day = days.get(d);
            int booked = day.groups().stream().mapToInt(GroupDay::bookings).sum();
            Label count = new Label(day.open() ? messages.get("appointments.ui.weekCount", booked) : "");
            count.getStyleClass().add(StyleClasses.WEEK_COUNT);
            grid.add(count, d + 1, groups + 1);
        }
    }

    private Node cell(DayPlan day, GroupDay group, LocalDate today) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add(StyleClasses.WEEK_CELL);
        cell.pseudoClassStateChanged(PlanPseudoClasses.CLOSED, group.available().signum() == 0);
        cell.pseudoClassStateChanged(PlanPseudoClasses.OVER, group.overbooked());
        cell.pseudoClassStateChanged(PlanPseudoClasses.TODAY, day.day().equals(today));
        cell.pseudoClassStateChanged(PlanPseudoClasses.DONE, day.day().isBefore(today));
        if (group.available().signum() == 0 && group.booked().signum() == 0) {
            cell.getChildren().add(new Label("—"));
        } else {
            Label hours = new Label(messages.get("appointments.ui.groupHours", Texts.hours(group.booked()),
                    Texts.hours(group.available())));
            ProgressBar bar = new ProgressBar(Math.min(1, group.load()));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.pseudoClassStateChanged(PlanPseudoClasses.OVER, group.overbooked());
            bar.pseudoClassStateChanged(PlanPseudoClasses.FULL, !group.overbooked() && group.load() >= 0.9);
            Label free = new Label(group.overbooked()
                    ? messages.get("appointments.ui.groupOver", Texts.hours(group.free().negate()))
                    : messages.get("appointments.ui.groupFreeShort", Texts.hours(group.free())));
            free.getStyleClass().add(StyleClasses.FIELD_HINT);
            cell.getChildren().addAll(hours, bar, free);
        }
        cell.setOnMouseClicked(e -> model.openDay(day.day()));
        return cell;
    }
}
