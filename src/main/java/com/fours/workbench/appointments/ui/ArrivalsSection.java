package com.fours.workbench.appointments.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import atlantafx.base.theme.Styles;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** Today's arrivals, with the "arrived" hand-over to reception. */
final class ArrivalsSection implements Section {

    private final Messages messages;
    private final PlannerViewModel model;
    private final BookingActions bookings;

    ArrivalsSection(Messages messages, PlannerViewModel model, BookingActions bookings) {
        this.messages = messages;
        this.model = model;
        this.bookings = bookings;
    }

    @Override
    public String id() {
        return "arrivalsTab";
    }

    @Override
    public String title() {
        return messages.get("appointments.ui.tab.arrivals");
    }

    @Override
    public Node build() {
        Label title = new Label(messages.get("appointments.ui.arrivalsTitle"));
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        Label notice = new Label();
        notice.setId("arrivalNotice");
        notice.getStyleClass().add(StyleClasses.ARRIVAL_NOTICE);
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        TableView<Appointment> table = BookingTable.of("arrivals", model.arrivals(), true, messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button arrived = new Button(messages.get("appointments.ui.arrived"), new FontIcon(Material2OutlinedAL.ASSIGNMENT));
        arrived.setId("markArrived");
        arrived.getStyleClass().add(Styles.ACCENT);
        arrived.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !BookingActions.isOpen(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        arrived.setOnAction(e -> model.arrive(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !arrived.isDisabled()) {
                arrived.fire();
            }
        });
        Label counts = new Label();
        counts.getStyleClass().add(StyleClasses.FIELD_HINT);
        counts.textProperty().bind(Bindings.createStringBinding(() -> messages.get("appointments.ui.arrivalCounts",
                count(AppointmentStatus.BOOKED) + count(AppointmentStatus.CONFIRMED), count(AppointmentStatus.ARRIVED),
                count(AppointmentStatus.NO_SHOW), count(AppointmentStatus.CANCELLED)), model.arrivals()));
        HBox actions = new HBox(8, arrived, bookings.reschedule("arrivalReschedule", table),
                bookings.cancel("arrivalCancel", table), counts);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(10, title, notice, table, actions);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private long count(AppointmentStatus status) {
        return model.arrivals().stream().filter(a -> a.status() == status).count();
    }
}
