package com.fours.workbench.care.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2MZ;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Section;

/**
 * The store's complaint deadlines ("1-3-72" by default), in hours; only the service manager saves
 * them. Its own section so that it can sit beside the callback rules in one settings place.
 */
public final class ComplaintDeadlinesSection implements Section {

    private final ComplaintsContext context;
    private final Messages messages;
    private ComplaintDeadlinesViewModel model;

    public ComplaintDeadlinesSection(ComplaintsContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    @Override
    public String id() {
        return "careTab-complaintDeadlines";
    }

    @Override
    public String title() {
        return messages.get("care.ui.tab.complaintDeadlines");
    }

    @Override
    public void activate() {
        if (model != null) {
            model.refresh();
        }
    }

    @Override
    public Node build() {
        model = new ComplaintDeadlinesViewModel(context);
        var errors = model.errors();
        FormGrid form = new FormGrid();
        form.addField(messages.get("care.ui.deadlines.acknowledge"), FormControls.text("deadlineAcknowledge",
                model.acknowledgeProperty()), errors.of("acknowledgeHours"));
        form.addField(messages.get("care.ui.deadlines.solution"), FormControls.text("deadlineSolution",
                model.solutionProperty()), errors.of("solutionHours"));
        form.addField(messages.get("care.ui.deadlines.resolve"), FormControls.text("deadlineResolve",
                model.resolveProperty()), errors.of("resolveHours"));
        Button save = FormControls.button("deadlineSave", messages.get("care.ui.deadlines.save"), Material2MZ.SAVE);
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        form.addWide(save);
        boolean manager = model.mayChange();
        form.setDisable(!manager);
        Label note = new Label(messages.get(manager ? "care.ui.deadlines.note" : "care.ui.deadlines.managerOnly"));
        note.setId("deadlineNote");
        note.setWrapText(true);
        VBox pane = new VBox(10, FormControls.heading(messages.get("care.ui.deadlines.title")), note, form,
                FormControls.message("deadlineMessage", model.messageProperty()));
        pane.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        model.refresh();
        return scroll;
    }
}
