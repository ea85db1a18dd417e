package com.fours.workbench.repair.ui;

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

import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.DispatchJob;
import com.fours.workbench.repair.DispatchTarget;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.Section;
import com.fours.workbench.ui.StyleClasses;

/** Dispatch (派工): the team lead picks a job and gives it to a technician or a work group. */
final class DispatchPane implements Section {

    private final Messages messages;
    private final Formats formats;
    private final DispatchViewModel model;

    DispatchPane(DispatchContext context) {
        this.messages = context.repair().messages();
        this.formats = Formats.of(messages.locale());
        this.model = new DispatchViewModel(context);
    }

    @Override
    public String id() {
        return "repairTab-dispatch";
    }

    @Override
    public String title() {
        return messages.get("dispatchPane.title");
    }

    @Override
    public Node build() {
        TableView<DispatchJob> table = new TableView<>(model.jobs());
        table.setId("dispatchJobs");
        table.getColumns().add(Columns.text(messages.get("dispatchPane.order"), DispatchJob::orderNumber));
        table.getColumns().add(Columns.text(messages.get("dispatchPane.plate"), DispatchJob::plate));
        table.getColumns().add(Columns.longText(messages.get("dispatchPane.job"), DispatchJob::description, 220));
        table.getColumns().add(Columns.quantity(messages.get("dispatchPane.hours"), DispatchJob::standardHours, formats));
        table.getColumns().add(Columns.text(messages.get("dispatchPane.assignee"), model::assignee));
        table.getColumns().add(Columns.text(messages.get("jobBoard.promised", ""), model::promised));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        ComboBox<DispatchTarget> target = FormControls.choice("dispatchTarget", java.util.List.of(), model.targetProperty(),
                DispatchTarget::name);
        target.setItems(model.targets());
        target.setPrefWidth(200);
        Button assign = FormControls.button("dispatchButton", messages.get("dispatchPane.assign"), Material2OutlinedAL.ASSIGNMENT_IND);
        assign.getStyleClass().add(Styles.ACCENT);
        assign.disableProperty().bind(model.selectedProperty().isNull().or(model.targetProperty().isNull()));
        assign.setDefaultButton(false);
        assign.setOnAction(e -> model.assign());
        Button refresh = FormControls.button("dispatchRefresh", messages.get("dispatchPane.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        HBox bar = new HBox(8, new Label(messages.get("dispatchPane.target")), target, assign, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label history = FormControls.message("dispatchHistory", model.historyProperty());
        history.getStyleClass().add(StyleClasses.CARD_CAPTION);
        Label worked = FormControls.message("dispatchWorked", model.workedProperty());
        Label message = FormControls.message("dispatchMessage", model.messageProperty());
        VBox box = new VBox(8, bar, message, table, worked, history);
        box.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);
        model.refresh();
        return box;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
