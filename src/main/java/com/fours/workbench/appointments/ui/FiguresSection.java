package com.fours.workbench.appointments.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import com.fours.workbench.appointments.AppointmentFigures;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** The figures of a period: bookings, show rate, walk-ins, cancellations, and each group's use. */
final class FiguresSection implements Section {

    private final Messages messages;
    private final PlannerViewModel model;

    FiguresSection(Messages messages, PlannerViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    @Override
    public String id() {
        return "figuresTab";
    }

    @Override
    public String title() {
        return messages.get("appointments.ui.tab.figures");
    }

    /** Read once, when first shown; "Show" reads them again for the period chosen. */
    @Override
    public void activate() {
        if (model.figuresProperty().get() == null) {
            model.loadFigures();
        }
    }

    @Override
    public Node build() {
        DatePicker from = FormControls.datePicker("figuresFrom");
        from.valueProperty().bindBidirectional(model.figuresFromProperty());
        DatePicker to = FormControls.datePicker("figuresTo");
        to.valueProperty().bindBidirectional(model.figuresToProperty());
        Button show = new Button(messages.get("appointments.ui.showFigures"));
        show.setId("showFigures");
        show.setOnAction(e -> model.loadFigures());
        HBox top = new HBox(8, new Label(messages.get("appointments.ui.period")), from, new Label("–"), to, show);
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane numbers = new GridPane();
        numbers.setId("figureNumbers");
        numbers.setHgap(24);
        numbers.setVgap(6);
        TableView<AppointmentFigures.GroupUse> use = new TableView<>();
        use.setId("groupUse");
        use.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        use.getColumns().add(Columns.text(messages.get("appointments.ui.col.group"), AppointmentFigures.GroupUse::name));
        use.getColumns().add(Columns.number(messages.get("appointments.ui.col.available"), (AppointmentFigures.GroupUse g) -> Texts.hours(g.available())));
        use.getColumns().add(Columns.number(messages.get("appointments.ui.col.booked"), (AppointmentFigures.GroupUse g) -> Texts.hours(g.booked())));
        use.getColumns().add(Columns.number(messages.get("appointments.ui.col.use"), (AppointmentFigures.GroupUse g) -> Formats.of(messages.locale()).percent(g.percent())));
        use.setPrefHeight(200);
        model.figuresProperty().addListener((obs, old, f) -> show(f, numbers, use));
        show(model.figuresProperty().get(), numbers, use);
        VBox pane = new VBox(14, top, numbers, use);
        pane.setPadding(new Insets(12));
        activate();
        return pane;
    }

    private void show(AppointmentFigures f, GridPane numbers, TableView<AppointmentFigures.GroupUse> use) {
        numbers.getChildren().clear();
        if (f == null) {
            return;
        }
        String[][] rows = {
            {messages.get("appointments.ui.fig.bookings"), String.valueOf(f.bookings())},
            {messages.get("appointments.ui.fig.perDay"), Formats.of(messages.locale()).quantity(f.averagePerDay())},
            {messages.get("appointments.ui.fig.showRate"), Formats.of(messages.locale()).percent(f.showRate()) + "  ("
                    + messages.get("appointments.ui.fig.showDetail", f.arrived(), f.noShows()) + ")"},
            {messages.get("appointments.ui.fig.walkIns"), Formats.of(messages.locale()).percent(f.walkInShare())
                    + "  (" + f.walkIns() + ")"},
            {messages.get("appointments.ui.fig.cancelled"), String.valueOf(f.cancelled())}};
        for (int i = 0; i < rows.length; i++) {
            Label value = new Label(rows[i][1]);
            value.setId("figure" + i);
            value.getStyleClass().add(StyleClasses.FIGURE_VALUE);
            numbers.addRow(i, new Label(rows[i][0]), value);
        }
        use.getItems().setAll(f.groups());
    }
}
