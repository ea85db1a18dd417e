package com.fours.workbench.appointments.ui;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Permission;

/**
 * Booking, moving and cancelling from any sub-tab of the appointments tab: the booking dialog, and
 * the "Reschedule" and "Cancel" buttons under a table of bookings.
 */
final class BookingActions {

    private final AppointmentsContext context;
    private final Messages messages;
    private final PlannerViewModel model;

    BookingActions(AppointmentsContext context, PlannerViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
    }

    /** A new booking finds the car in the archive: who may not search it (a team lead) plans, and does not book. */
    boolean mayBook() {
        return context.may(Permission.USE_CUSTOMERS);
    }

    static boolean isOpen(Appointment a) {
        return a != null && a.status().isOpen();
    }

    void book(LocalDate day, Appointment rescheduling, Long vehicleId) {
        if (rescheduling == null && !mayBook()) {
            return;
        }
        new BookingDialog(context).show(day, rescheduling, vehicleId).ifPresent(saved -> {
            model.noticeProperty().set(messages.get("appointments.ui.booked", saved.vehicleLabel(),
                    Texts.day(saved.day(), messages), saved.slot().toString()));
            model.refresh();
        });
    }

    Button reschedule(String id, TableView<Appointment> table) {
        Button button = new Button(messages.get("appointments.ui.reschedule"), new FontIcon(Material2OutlinedAL.EVENT));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !isOpen(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        button.setOnAction(e -> book(null, table.getSelectionModel().getSelectedItem(), null));
        return button;
    }

    Button cancel(String id, TableView<Appointment> table) {
        Button button = new Button(messages.get("appointments.ui.cancel"), new FontIcon(Material2OutlinedAL.CANCEL));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !isOpen(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        button.setOnAction(e -> model.cancel(table.getSelectionModel().getSelectedItem()));
        return button;
    }
}
