package com.fours.workbench.appointments.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.CallOutcome;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** Tomorrow's confirmation calls: confirmed, not reached, or moved to another day. */
final class CallsSection implements Section {

    private final AppointmentsContext context;
    private final Messages messages;
    private final PlannerViewModel model;

    CallsSection(AppointmentsContext context, PlannerViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
    }

    @Override
    public String id() {
        return "callsTab";
    }

    @Override
    public String title() {
        return messages.get("appointments.ui.tab.calls");
    }

    @Override
    public Node build() {
        Label title = new Label();
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        title.setText(messages.get("appointments.ui.callsTitle", Texts.day(model.today().plusDays(1), messages)));
        TableView<Appointment> table = BookingTable.of("calls", model.calls(), false, messages);
        table.getColumns().add(1, Columns.text(messages.get("appointments.ui.col.call"), a -> a.lastCall() == null ? ""
                : messages.of(a.lastCall())));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button confirmed = callButton("callConfirmed", CallOutcome.CONFIRMED, table);
        Button notReached = callButton("callNotReached", CallOutcome.NOT_REACHED, table);
        Button rescheduled = new Button(messages.of(CallOutcome.RESCHEDULED), new FontIcon(Material2OutlinedAL.EVENT));
        rescheduled.setId("callRescheduled");
        rescheduled.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        rescheduled.setOnAction(e -> {
            Appointment chosen = table.getSelectionModel().getSelectedItem();
            new BookingDialog(context).show(null, chosen, null).ifPresent(saved -> model.call(chosen, CallOutcome.RESCHEDULED));
        });
        HBox actions = new HBox(8, confirmed, notReached, rescheduled);
        VBox pane = new VBox(10, title, table, actions);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private Button callButton(String id, CallOutcome outcome, TableView<Appointment> table) {
        Button button = new Button(messages.of(outcome), new FontIcon(outcome == CallOutcome.CONFIRMED
                ? Material2OutlinedAL.CHECK : Material2OutlinedMZ.PHONE_MISSED));
        button.setId(id);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> model.call(table.getSelectionModel().getSelectedItem(), outcome));
        return button;
    }
}
