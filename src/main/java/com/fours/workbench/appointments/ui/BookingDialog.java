package com.fours.workbench.appointments.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.controls.CustomTextField;

import com.fours.workbench.appointments.Appointment;
import com.fours.workbench.appointments.AppointmentInput;
import com.fours.workbench.appointments.BookableJob;
import com.fours.workbench.appointments.Channel;
import com.fours.workbench.appointments.ServiceType;
import com.fours.workbench.appointments.SlotLoad;
import com.fours.workbench.appointments.Technician;
import com.fours.workbench.appointments.WorkGroup;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/**
 * The booking form: the car on the left (found by any fragment, or entered new), the rest on the
 * right with the day's hours under the group and each slot's cars in its choice. Enter in a field
 * books, Esc closes; an overbooking warning stays in the form with a field for the reason.
 */
final class BookingDialog {

    private final AppointmentsContext context;

    BookingDialog(AppointmentsContext context) {
        this.context = context;
    }

    Optional<Appointment> show(LocalDate day, Appointment rescheduling, Long vehicleId) {
        Messages m = context.messages();
        BookingViewModel model = new BookingViewModel(context, day, rescheduling);
        if (vehicleId != null) {
            model.chooseNewVehicle(vehicleId);
        }
        FieldErrors errors = model.errors();
        Dialog<Appointment> dialog = new Dialog<>();
        boolean moving = model.rescheduling();

        CustomTextField search = new CustomTextField();
        search.setId("bookingSearch");
        search.setPromptText(m.get("appointments.ui.booking.searchPrompt"));
        search.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        search.textProperty().bindBidirectional(model.search().queryProperty());
        ListView<SearchHit> cars = new ListView<>(model.cars());
        cars.setId("bookingCars");
        cars.setPrefHeight(150);
        cars.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : (hit.plate() != null ? hit.plate() : hit.vin()) + "   "
                        + hit.ownerName() + "   " + hit.brandAndModel());
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(StyleClasses.FIELD_HINT);
        placeholder.textProperty().bind(model.search().statusProperty());
        cars.setPlaceholder(placeholder);
        cars.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.choose(now));
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !cars.getItems().isEmpty()) {
                cars.requestFocus();
                cars.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Label chosen = new Label();
        chosen.setId("bookingVehicle");
        chosen.getStyleClass().add(StyleClasses.BOOKING_VEHICLE);
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.vehicleTextProperty());
        Button quick = new Button(m.get("appointments.ui.booking.newCustomer"), new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        quick.setId("bookingNewCustomer");
        quick.setVisible(!moving && context.may(Permission.EDIT_CUSTOMERS));
        quick.managedProperty().bind(quick.visibleProperty());
        quick.setOnAction(e -> context.archive().newCustomerWithVehicle().ifPresent(model::chooseNewVehicle));
        search.setDisable(moving);
        cars.setDisable(moving);

        ComboBox<ServiceType> type = FormControls.choice("bookingType", List.of(ServiceType.values()), m::of);
        type.valueProperty().bindBidirectional(model.serviceTypeProperty());
        ComboBox<WorkGroup> group = new ComboBox<>(model.groups());
        group.setId("bookingGroup");
        group.setConverter(FormControls.converter(WorkGroup::name));
        group.valueProperty().bindBidirectional(model.groupProperty());
        Label capacity = new Label();
        capacity.setId("bookingCapacity");
        capacity.getStyleClass().add(StyleClasses.FIELD_HINT);
        capacity.setWrapText(true);
        capacity.textProperty().bind(model.capacityHintProperty());
        DatePicker date = FormControls.datePicker("bookingDay");
        date.valueProperty().bindBidirectional(model.dayProperty());
        ComboBox<SlotLoad> slot = new ComboBox<>(model.slots());
        slot.setId("bookingSlot");
        slot.setConverter(FormControls.converter(s -> m.get(s.full() ? "appointments.ui.slot.full" : "appointments.ui.slot.free",
                s.slot().toString(), s.booked(), s.limit())));
        slot.valueProperty().bindBidirectional(model.slotProperty());
        Button[] save = new Button[1];
        TextField hours = text("bookingHours", model.hoursProperty(), "2.5", save);
        TextField cost = text("bookingCost", model.costProperty(), "¥", save);
        ComboBox<Technician> advisor = new ComboBox<>(model.advisors());
        advisor.setId("bookingAdvisor");
        advisor.setConverter(FormControls.converter(Technician::displayName));
        advisor.valueProperty().bindBidirectional(model.advisorProperty());
        ComboBox<Channel> channel = FormControls.choice("bookingChannel", List.of(Channel.values()), m::of);
        channel.valueProperty().bindBidirectional(model.channelProperty());
        CheckBox waits = new CheckBox(m.get("appointments.ui.booking.waits"));
        waits.setId("bookingWaits");
        waits.selectedProperty().bindBidirectional(model.customerWaitsProperty());
        TextArea items = FormControls.area("bookingItems", model.itemsProperty(), m.get("appointments.ui.booking.itemsPrompt"), null);
        TextArea notes = FormControls.area("bookingNotes", model.notesProperty(), "", null);
        ComboBox<BookableJob> job = new ComboBox<>(model.jobs());
        job.setId("bookingJob");
        job.setPromptText(m.get("appointments.ui.booking.jobPrompt"));
        job.setConverter(FormControls.converter(j -> j.name() + "  " + Texts.hours(j.hours()) + " h"));
        // a combo box emptied by its model shows no prompt again unless its button cell is told to
        job.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(BookableJob item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? job.getPromptText() : job.getConverter().toString(item));
            }
        });
        job.valueProperty().bindBidirectional(model.jobProperty());
        job.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(job, Priority.ALWAYS);
        Button addJob = new Button(m.get("appointments.ui.booking.addJob"));
        addJob.setId("bookingAddJob");
        addJob.disableProperty().bind(model.jobProperty().isNull());
        addJob.setOnAction(e -> model.addJob());
        addJob.setMinWidth(Region.USE_PREF_SIZE);
        HBox catalog = new HBox(6, job, addJob);
        catalog.setVisible(!moving);
        catalog.setManaged(!moving);
        for (var control : List.of(type, group, date, slot, hours, cost, advisor, channel, items, notes)) {
            control.setDisable(moving && control != date && control != slot);
        }

        FormGrid left = new FormGrid();
        left.addField(m.get("appointments.ui.booking.vehicle"), search, errors.of(AppointmentInput.VEHICLE),
                new VBox(6, cars, chosen, quick));
        left.addField(m.get("appointments.ui.booking.type"), type, errors.of(AppointmentInput.SERVICE_TYPE));
        left.addField(m.get("appointments.ui.booking.items"), items, errors.of(AppointmentInput.ITEMS), catalog);
        FormGrid right = new FormGrid();
        right.addField(m.get("appointments.ui.booking.group"), group, errors.of(AppointmentInput.WORK_GROUP), capacity);
        right.addField(m.get("appointments.ui.booking.day"), date, errors.of(AppointmentInput.DAY));
        right.addField(m.get("appointments.ui.booking.slot"), slot, errors.of(AppointmentInput.SLOT));
        right.addField(m.get("appointments.ui.booking.hours"), hours, errors.of(AppointmentInput.HOURS));
        right.addField(m.get("appointments.ui.booking.cost"), cost, errors.of(AppointmentInput.COST));
        right.addField(m.get("appointments.ui.booking.advisor"), advisor, errors.of(AppointmentInput.ADVISOR));
        right.addField(m.get("appointments.ui.booking.channel"), channel, errors.of(AppointmentInput.CHANNEL));
        right.addField("", waits, errors.of("waits"));
        right.addField(m.get("appointments.ui.booking.notes"), notes, errors.of(AppointmentInput.NOTES));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(400);
        HBox columns = new HBox(24, left, right);

        Label warning = new Label();
        warning.setId("overbookWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add(StyleClasses.OVERBOOK_WARNING);
        warning.setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        warning.textProperty().bind(model.overbookWarningProperty());
        TextField reason = text("overbookReason", model.overbookReasonProperty(), m.get("appointments.ui.overbook.reasonPrompt"), save);
        TextField approver = text("overbookApprover", model.approverNameProperty(), m.get("appointments.ui.overbook.manager"), save);
        PasswordField password = new PasswordField();
        password.setId("overbookPassword");
        password.setPromptText(m.get("appointments.ui.overbook.password"));
        password.textProperty().bindBidirectional(model.approverPasswordProperty());
        password.setOnAction(e -> save[0].fire());
        HBox approval = new HBox(8, new Label(m.get("appointments.ui.overbook.approval")), approver, password);
        approval.setId("overbookApproval");
        approval.setAlignment(Pos.CENTER_LEFT);
        approval.visibleProperty().bind(model.needsApprovalProperty());
        approval.managedProperty().bind(approval.visibleProperty());
        VBox overbook = new VBox(8, warning, reason, approval);
        overbook.getStyleClass().add(StyleClasses.OVERBOOK_PANE);
        overbook.visibleProperty().bind(model.overbookWarningProperty().isNotEmpty());
        overbook.managedProperty().bind(overbook.visibleProperty());
        reason.prefWidthProperty().bind(overbook.widthProperty());

        Label formError = new Label();
        formError.setId("bookingFormError");
        formError.getStyleClass().add(StyleClasses.FIELD_ERROR);
        formError.setWrapText(true);
        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(model.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        VBox content = new VBox(12, columns, overbook, formError);
        content.getStyleClass().add(StyleClasses.ARCHIVE_FORM);

        dialog.setTitle(m.get(moving ? "appointments.ui.booking.rescheduleTitle" : "appointments.ui.booking.title"));
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        dialog.getDialogPane().setId("bookingDialog");
        dialog.getDialogPane().getStyleClass().add(StyleClasses.ARCHIVE_DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(960);
        ButtonType saveType = new ButtonType(m.get(moving ? "appointments.ui.booking.move" : "appointments.ui.booking.book"),
                ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        save[0] = (Button) dialog.getDialogPane().lookupButton(saveType);
        save[0].setId("saveBooking");
        save[0].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Book anyway" is longer than "Book"
        save[0].disableProperty().bind(model.busyProperty());
        model.overbookWarningProperty().addListener((obs, old, now) -> save[0].setText(m.get(now.isEmpty()
                ? (moving ? "appointments.ui.booking.move" : "appointments.ui.booking.book")
                : "appointments.ui.overbook.bookAnyway")));
        save[0].addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save();
        });
        model.savedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dialog.setResult(now);
            }
        });
        model.overbookWarningProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                Platform.runLater(reason::requestFocus);
            }
        });
        dialog.setResultConverter(button -> null);
        // after each attempt the form may have grown (errors, the warning): the window follows
        model.busyProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            var scene = dialog.getDialogPane().getScene();
            if (!now && scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.getWindow().sizeToScene();
            }
        }));
        Platform.runLater(moving ? date::requestFocus : search::requestFocus);
        return dialog.showAndWait();
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt, Button[] save) {
        TextField field = FormControls.text(id, value, prompt);
        field.setOnAction(e -> save[0].fire());
        return field;
    }
}
