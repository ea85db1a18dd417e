package com.fours.workbench.customers.ui;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/** The manager picks the other record of the same customer, compares both and keeps one. */
final class MergeDialog {

    private final CustomersContext context;

    MergeDialog(CustomersContext context) {
        this.context = context;
    }

    Optional<Customer> show(Customer current) {
        Messages m = context.messages();
        MergeViewModel model = new MergeViewModel(context, current);
        Dialog<Customer> dialog = new Dialog<>();
        CustomerPickerView picker = new CustomerPickerView(model.picker(), m, "mergeSearch", "mergeResults");
        picker.setPrefHeight(220);

        ToggleGroup keep = new ToggleGroup();
        RadioButton keepCurrent = new RadioButton(m.get("customers.ui.merge.keepThis"));
        keepCurrent.setId("keepCurrent");
        keepCurrent.setToggleGroup(keep);
        RadioButton keepOther = new RadioButton(m.get("customers.ui.merge.keepThis"));
        keepOther.setId("keepOther");
        keepOther.setToggleGroup(keep);
        keepOther.disableProperty().bind(model.otherProperty().isNull());
        keepCurrent.setSelected(model.keepCurrentProperty().get());
        keepOther.setSelected(!model.keepCurrentProperty().get());
        keep.selectedToggleProperty().addListener((obs, old, now) -> model.keepCurrentProperty().set(now == keepCurrent));

        GridPane comparison = new GridPane();
        comparison.setId("mergeComparison");
        comparison.getStyleClass().add(StyleClasses.MERGE_COMPARISON);
        comparison.setHgap(16);
        comparison.setVgap(6);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setHalignment(HPos.RIGHT);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(40);
        side.setHgrow(Priority.ALWAYS);
        comparison.getColumnConstraints().addAll(caption, side, side);
        Runnable redraw = () -> {
            comparison.getChildren().clear();
            Label thisHeading = new Label(m.get("customers.ui.merge.thisRecord"));
            thisHeading.getStyleClass().add(StyleClasses.CARD_SECTION_TITLE);
            Label otherHeading = new Label(m.get("customers.ui.merge.otherRecord"));
            otherHeading.getStyleClass().add(StyleClasses.CARD_SECTION_TITLE);
            comparison.addRow(0, new Label(), thisHeading, otherHeading);
            comparison.addRow(1, new Label(), keepCurrent, keepOther);
            int row = 2;
            for (MergeViewModel.Line line : model.comparison()) {
                Label name = new Label(line.caption());
                name.getStyleClass().add(StyleClasses.CARD_CAPTION);
                Label a = new Label(line.current());
                a.setWrapText(true);
                Label b = new Label(line.other());
                b.setWrapText(true);
                comparison.addRow(row++, name, a, b);
            }
        };
        model.comparison().addListener((ListChangeListener<MergeViewModel.Line>) change -> redraw.run());
        redraw.run();

        Label explanation = new Label(m.get("customers.ui.merge.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(StyleClasses.FIELD_HINT);
        Label error = FormControls.formError("mergeError");
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(12, picker, comparison, explanation, error);
        content.getStyleClass().add(StyleClasses.ARCHIVE_FORM);

        dialog.setTitle(m.get("customers.ui.merge.title"));
        dialog.setHeaderText(m.get("customers.ui.merge.heading", current.name()));
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        dialog.getDialogPane().setId("mergeDialog");
        dialog.getDialogPane().getStyleClass().add(StyleClasses.ARCHIVE_DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(760);
        ButtonType confirmType = new ButtonType(m.get("customers.ui.merge.confirm"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(confirmType, cancelType);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(confirmType);
        confirm.setId("confirmMerge");
        confirm.disableProperty().bind(Bindings.or(model.otherProperty().isNull(), model.busyProperty()));
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.merge(dialog::setResult);
        });
        dialog.setResultConverter(button -> null);
        FormControls.fitAfterEachAttempt(dialog, model.busyProperty());
        FormControls.fitOnChange(dialog, model.comparison());
        picker.focusSearch();
        return dialog.showAndWait();
    }
}
