package com.fours.workbench.care.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import com.fours.workbench.care.DueReminderCar;
import com.fours.workbench.care.DueReminderKind;
import com.fours.workbench.care.DueReminderOutcome;
import com.fours.workbench.care.DueReminders;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;

/** The insurance-expiry and annual-inspection due lists to call from; each call's outcome is recorded. */
public final class DueRemindersSection implements Section {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final int WEEKS = 8;

    private final ComplaintsContext context;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<DueReminderKind> kind = new SimpleObjectProperty<>(DueReminderKind.INSURANCE);
    private final ObservableList<DueReminderCar> cars = FXCollections.observableArrayList();
    private final ObjectProperty<DueReminderOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private TableView<DueReminderCar> table;

    public DueRemindersSection(ComplaintsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
        kind.addListener((o, was, now) -> activate());
    }

    @Override
    public String id() {
        return "careTab-dueReminders";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.dueReminders");
    }

    @Override
    public void activate() {
        DueReminderKind chosen = kind.get();
        context.background().run(() -> context.reminders().due(chosen, WEEKS), cars::setAll,
                error -> context.refusals().show(error, message));
    }

    @Override
    public Node build() {
        ComboBox<DueReminderKind> kinds = FormControls.choice("dueKind", List.of(DueReminderKind.values()), kind, messages);
        table = new TableView<>(cars);
        table.setId("dueReminderCars");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("care.ui.col.dueOn"), (DueReminderCar c) -> c.daysOverdue() > 0
                        ? messages.get("care.ui.overdueDays", formats.date(c.dueOn()), c.daysOverdue())
                        : formats.date(c.dueOn())),
                Columns.text(messages.get("care.ui.col.plate"), DueReminderCar::plate),
                Columns.text(messages.get("care.ui.col.customer"), DueReminderCar::ownerName),
                Columns.text(messages.get("care.ui.col.phone"), DueReminderCar::mobile),
                Columns.longText(messages.get("care.ui.col.model"), DueReminderCar::brandAndModel),
                Columns.text(messages.get("care.ui.col.lastCall"), (DueReminderCar c) -> c.lastCallAt() == null ? ""
                        : formats.dateTime(c.lastCallAt(), context.zone()) + " " + messages.of(c.lastOutcome()))));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DueReminderCar item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.daysOverdue() > 0);
            }
        });
        table.setPlaceholder(new Label(messages.get("care.ui.noneDue")));
        ComboBox<DueReminderOutcome> outcomes = FormControls.choice("dueOutcome", List.of(DueReminderOutcome.values()),
                outcome, messages);
        Button record = FormControls.button("dueRecordCall", messages.get("care.ui.recordCall"), null);
        record.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        record.setOnAction(e -> recordCall());
        Label outcomeError = FormControls.formError("dueOutcomeError");
        outcomeError.textProperty().bind(errors.of(DueReminders.OUTCOME));
        HBox call = new HBox(8, FormControls.fieldName(messages.get("care.ui.outcome")), outcomes, outcomeError,
                FormControls.fieldName(messages.get("care.ui.note")), FormControls.text("dueNote", note), record);
        VBox box = new VBox(8, new HBox(8, FormControls.fieldName(messages.get("care.ui.dueList")), kinds), table, call,
                FormControls.message("dueMessage", message));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        activate();
        return box;
    }

    private void recordCall() {
        DueReminderCar car = table.getSelectionModel().getSelectedItem();
        DueReminderOutcome chosen = outcome.get();
        String typed = note.get();
        errors.clear();
        context.background().run(() -> {
            context.reminders().recordCall(car.vehicleId(), car.kind(), car.dueOn(), chosen, typed);
            return car;
        }, done -> {
            note.set("");
            message.set(messages.get("care.ui.callRecorded", done.plate()));
            activate();
        }, error -> context.refusals().show(error, errors, message));
    }
}
