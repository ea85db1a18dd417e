package com.fours.workbench.appointments.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import com.fours.workbench.appointments.DueVehicle;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** Cars due for service in the next weeks (by date or by projected mileage), to book from the list. */
final class DueForServiceSection implements Section {

    private final AppointmentsContext context;
    private final Messages messages;
    private final PlannerViewModel model;
    private final BookingActions bookings;

    DueForServiceSection(AppointmentsContext context, PlannerViewModel model, BookingActions bookings) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.bookings = bookings;
    }

    @Override
    public String id() {
        return "dueTab";
    }

    @Override
    public String title() {
        return messages.get("appointments.ui.tab.due");
    }

    /** Read once, when first shown; the weeks chosen or a booking made reads it again. */
    @Override
    public void activate() {
        if (model.due().isEmpty()) {
            model.loadDue();
        }
    }

    @Override
    public Node build() {
        ComboBox<Integer> weeks = new ComboBox<>();
        weeks.setId("dueWeeks");
        weeks.getItems().setAll(2, 4, 6, 8);
        weeks.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : messages.get("appointments.ui.dueWeeks", value);
            }

            @Override
            public Integer fromString(String string) {
                return null;
            }
        });
        weeks.setValue(model.dueWeeksProperty().get());
        weeks.valueProperty().addListener((obs, old, now) -> {
            model.dueWeeksProperty().set(now);
            model.loadDue();
        });
        Label title = new Label(messages.get("appointments.ui.dueTitle"));
        title.getStyleClass().add(StyleClasses.PLAN_TITLE);
        HBox top = new HBox(12, title, weeks);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<DueVehicle> table = new TableView<>(model.due());
        table.setId("dueVehicles");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // past due dates stay on the list (up to 90 days) but say so: they are not "in the next weeks"
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.dueOn"), (DueVehicle d) -> d.overdue()
                ? messages.get("appointments.ui.overdueBy", Texts.day(d.dueOn(), messages), d.daysOverdue())
                : Texts.day(d.dueOn(), messages)));
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DueVehicle item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PlanPseudoClasses.OVERDUE, !empty && item != null && item.overdue());
            }
        });
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.plate"), DueVehicle::plate));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.customer"), DueVehicle::ownerName));
        table.getColumns().add(Columns.text(messages.get("appointments.ui.col.phone"), DueVehicle::phone));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.model"), DueVehicle::brandAndModel));
        table.getColumns().add(Columns.longText(messages.get("appointments.ui.col.why"), (DueVehicle d) -> d.byMileage()
                ? messages.get("appointments.ui.dueByMileage",
                        Formats.of(messages.locale()).kmNumber(d.nextServiceMileage()),
                        Formats.of(messages.locale()).kmNumber(d.projectedMileage()))
                : messages.get("appointments.ui.dueByDate")));
        Label empty = new Label(messages.get("appointments.ui.noneDue"));
        empty.getStyleClass().add(StyleClasses.FIELD_HINT);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button book = new Button(messages.get("appointments.ui.bookDue"), new FontIcon(Material2OutlinedAL.ADD));
        book.setId("bookDue");
        book.setVisible(bookings.mayBook());
        book.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        book.setOnAction(e -> {
            DueVehicle chosen = table.getSelectionModel().getSelectedItem();
            if (!bookings.mayBook()) {
                return;
            }
            new BookingDialog(context).show(null, null, chosen.vehicleId()).ifPresent(saved -> {
                model.refresh();
                model.loadDue();
            });
        });
        VBox pane = new VBox(10, top, table, book);
        pane.setPadding(new Insets(12));
        activate();
        return pane;
    }
}
