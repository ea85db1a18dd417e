package com.fours.workbench.appointments.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentStatus;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.StyleClasses;

/** The table of bookings the plan, the arrivals and the calls show; a booking no longer open reads as done. */
final class BookingTable {

    private BookingTable() {
    }

    static TableView<Appointment> of(String id, ObservableList<Appointment> items, boolean withGroup, Messages messages) {
        TableView<Appointment> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.slot"), a -> a.slot().toString()));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.plate"), Appointment::vehicleLabel));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.customer"), Appointment::customerName));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.phone"), a -> a.phone() == null ? "" : a.phone()));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.model"), a -> (a.brand() == null ? "" : a.brand()) + " "
                + (a.model() == null ? "" : a.model())));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.type"), a -> messages.of(a.serviceType())));
        if (withGroup) {
            table.getColumns().add(Columns.text(messages.get("appointments.ui.col.group"), Appointment::groupName));
        }
        table.getColumns().add(Columns.number(messages.get("appointments.ui.col.hours"), a -> Texts.hours(a.estimatedHours())));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.advisor"), a -> a.advisorName() == null ? "" : a.advisorName()));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.waits"), a -> a.customerWaits()
                ? messages.get("appointments.ui.waits") : ""));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.status"), a -> messages.of(a.status())));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.items"), a -> String.join("；", a.itemLines())));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Appointment item, boolean empty) {
                super.updateItem(item, empty);
                boolean gone = !empty && item != null && (item.status() == AppointmentStatus.CANCELLED
                        || item.status() == AppointmentStatus.RESCHEDULED || item.status() == AppointmentStatus.NO_SHOW);
                pseudoClassStateChanged(PlanPseudoClasses.DONE, gone);
            }
        });
        Label empty = new Label(messages.get("appointments.ui.noBookings"));
        empty.getStyleClass().add(StyleClasses.FIELD_HINT);
        table.setPlaceholder(empty);
        return table;
    }
}
