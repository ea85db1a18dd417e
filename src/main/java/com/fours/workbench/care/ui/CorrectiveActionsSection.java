package com.fours.workbench.care.ui;

import java.util.List;

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

import org.kordamp.ikonli.material2.Material2AL;

import com.fours.workbench.care.CorrectiveAction;
import com.fours.workbench.care.CorrectiveActionFilter;
import com.fours.workbench.care.CorrectiveActions;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/** The manager's list of corrective actions (持续改进), overdue ones in red, and marking one done. Only binds. */
public final class CorrectiveActionsSection implements Section {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ComplaintsContext context;
    private final Messages messages;
    private final Formats formats;
    private CorrectiveActionsViewModel model;

    public CorrectiveActionsSection(ComplaintsContext context) {
        this.context = context;
        this.messages = context.messages();
        this.formats = Formats.of(messages.locale());
    }

    @Override
    public String id() {
        return "careTab-actions";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.actions");
    }

    @Override
    public void activate() {
        if (model != null) {
            model.refresh();
        }
    }

    @Override
    public Node build() {
        model = new CorrectiveActionsViewModel(context);
        ComboBox<CorrectiveActionFilter> filter = FormControls.choice("actionFilter",
                List.of(CorrectiveActionFilter.values()), model.filterProperty(), messages);
        TableView<CorrectiveAction> table = new TableView<>(model.rows());
        table.setId("correctiveActions");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text(messages.get("care.ui.col.number"), CorrectiveAction::complaintNumber),
                Columns.date(messages.get("care.ui.col.due"), CorrectiveAction::dueOn, formats),
                Columns.text(messages.get("care.ui.col.who"), CorrectiveAction::who),
                Columns.text(messages.get("care.ui.col.done"), (CorrectiveAction a) -> a.done()
                        ? formats.date(a.doneOn()) + " " + a.doneWho()
                        : model.overdue(a) ? messages.get("care.ui.overdue") : ""),
                Columns.longText(messages.get("care.ui.col.what"), (CorrectiveAction a) -> a.done()
                        ? a.what() + " — " + a.doneNote() : a.what())));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(CorrectiveAction item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && model.overdue(item));
            }
        });
        table.setPlaceholder(new Label(messages.get("care.ui.actions.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });

        var errors = model.errors();
        FormGrid form = new FormGrid();
        form.addField(messages.get("care.ui.actions.doneWho"), FormControls.text("actionDoneWho",
                model.doneWhoProperty()), errors.of(CorrectiveActions.DONE_WHO));
        form.addField(messages.get("care.ui.actions.doneOn"), FormControls.text("actionDoneOn", model.doneOnProperty(),
                messages.get("care.ui.datePrompt")), errors.of(CorrectiveActions.DONE_ON));
        form.addField(messages.get("care.ui.actions.doneNote"), FormControls.area("actionDoneNote",
                model.doneNoteProperty(), model::markDone), errors.of(CorrectiveActions.DONE_NOTE));
        Button done = FormControls.button("actionMarkDone", messages.get("care.ui.actions.markDone"), Material2AL.CHECK);
        done.setOnAction(e -> model.markDone());
        done.disableProperty().bind(model.selectedProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                        && model.selectedProperty().get().done(), model.selectedProperty())));
        form.addWide(done);

        HBox top = new HBox(8, FormControls.fieldName(messages.get("care.ui.show")), filter);
        VBox pane = new VBox(8, top, table, FormControls.heading(messages.get("care.ui.actions.markTitle")), form,
                FormControls.message("actionMessage", model.messageProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setPadding(new Insets(8));
        model.refresh();
        return pane;
    }
}
