package com.fours.workbench.intake.ui;


import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.intake.IntakeSummary;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ui.ReportPreviewWindow;
import com.fours.workbench.ui.StyleClasses;

/**
 * The reception tab: "Walk-in" and the latest receptions on the left, the intake sheet on the
 * right. Other modules start a reception through {@link #receive} and {@link #receiveVehicle}.
 */
public final class ReceptionView {


    private final ReceptionContext context;
    private final ReceptionViewModel model;
    private final StackPane host = new StackPane();
    private Label empty;

    public ReceptionView(ReceptionContext context) {
        this.context = context;
        this.model = new ReceptionViewModel(context);
    }

    public Parent build() {
        Messages m = context.messages();
        Button walkIn = FormControls.button("walkIn", m.get("intake.ui.walkIn"), Material2OutlinedMZ.PERSON_ADD);
        walkIn.setMnemonicParsing(true);
        walkIn.setMaxWidth(Double.MAX_VALUE);
        walkIn.getStyleClass().add(Styles.ACCENT);
        walkIn.setOnAction(e -> walkIn());
        Label heading = new Label(m.get("intake.ui.recent"));
        heading.getStyleClass().add(StyleClasses.INTAKE_SECTION);
        ListView<IntakeSummary> recent = new ListView<>(model.recent());
        recent.setId("recentIntakes");
        recent.setPlaceholder(new Label(m.get("intake.ui.noRecent")));
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IntakeSummary item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                if (emptyCell || item == null) {
                    setText(null);
                    return;
                }
                String when = Formats.of(context.messages().locale()).dayTime(item.receivedAt(), context.clock().getZone());
                setText(item.repairOrderNumber() + "  " + when + "\n" + plate(item)
                        + " · " + item.customerName() + (item.signed() ? " · " + m.get("intake.ui.signedMark") : ""));
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(recent);
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(recent);
            }
        });
        Label message = FormControls.formError("receptionMessage");
        message.textProperty().bind(model.messageProperty());
        VBox.setVgrow(recent, Priority.ALWAYS);
        VBox left = new VBox(8, walkIn, heading, recent, message);
        left.setPadding(new Insets(12));
        left.setPrefWidth(270);
        left.setMinWidth(230);
        left.getStyleClass().add(StyleClasses.RECEPTION_LIST);

        empty = new Label(m.get("intake.ui.empty"));
        empty.setId("receptionEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        host.getChildren().setAll(empty);
        model.formProperty().addListener((obs, old, form) -> show(form));

        BorderPane root = new BorderPane(host);
        root.setLeft(left);
        root.setId("receptionView");
        model.refresh();
        return root;
    }

    /** "粤B·L1722" as on the card, or the VIN of a car without a plate. */
    private static String plate(IntakeSummary item) {
        if (item.plate() == null) {
            return item.vin();
        }
        try {
            return PlateNumber.parse(item.plate()).display();
        } catch (RuntimeException e) {
            return item.plate();
        }
    }

    public void activate() {
        model.refresh();
    }

    /** A booked car has arrived: its sheet opens filled from the appointment. */
    public void receive(Arrival arrival) {
        if (mayReplace()) {
            model.receive(arrival);
        }
    }

    /** A car from its card: its sheet opens for it and its owner. */
    public void receiveVehicle(long vehicleId) {
        if (mayReplace()) {
            model.receiveVehicle(vehicleId);
        }
    }

    private void walkIn() {
        if (!mayReplace()) {
            return;
        }
        context.archive().newCustomerWithVehicle().ifPresent(model::receiveVehicle);
    }

    private void openSelected(ListView<IntakeSummary> list) {
        IntakeSummary selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && mayReplace()) {
            model.open(selected);
        }
    }

    private boolean mayReplace() {
        if (!model.hasUnsavedWork()) {
            return true;
        }
        Messages m = context.messages();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.get("intake.ui.discard.text"), ButtonType.YES, ButtonType.NO);
        ask.setHeaderText(m.get("intake.ui.discard.title"));
        ask.setTitle(m.get("app.title"));
        ask.getDialogPane().setId("discardIntakeDialog");
        if (context.window() != null && context.window().isShowing()) {
            ask.initOwner(context.window());
        }
        return ask.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private void closeAsking() {
        if (mayReplace()) {
            model.close();
        }
    }

    private void show(IntakeFormViewModel form) {
        if (form == null) {
            host.getChildren().setAll(empty);
            return;
        }
        // closing asks first, as starting another sheet does: what was typed is not thrown away silently
        host.getChildren().setAll(new IntakeFormView(context, form, this::closeAsking, this::preview).build());
        form.savedProperty().addListener((obs, old, now) -> model.refresh());
    }

    private void preview(RenderedReport report) {
        new ReportPreviewWindow(context.window(), context.reports(), report, context.background().executor(),
                context.messages()).show();
    }
}
