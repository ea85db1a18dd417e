package com.fours.workbench.store.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.store.StoreProfileService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/** The store profile as the manager keeps it: printed on every document. Only binds to {@link StoreProfileViewModel}. */
public final class StoreProfileView {

    private final Messages messages;
    private final StoreProfileViewModel model;

    public StoreProfileView(Messages messages, StoreProfileService profiles, Background background,
                            ErrorReporter errors) {
        this.messages = messages;
        this.model = new StoreProfileViewModel(messages, profiles, background, errors);
    }

    public Parent build() {
        StoreProfileForm form = new StoreProfileForm();
        FormGrid grid = new FormGrid();
        form.addTo(grid, messages, model.fieldErrors());
        Label status = new Label();
        status.setId("storeProfileStatus");
        status.textProperty().bind(model.statusProperty());
        Button save = new Button(messages.get("action.save"));
        save.setId("storeProfileSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save(form.input(), form::show));
        grid.addWide(new VBox(6, save, status));
        model.load(form::show);
        VBox root = new VBox(grid);
        root.getStyleClass().add(StyleClasses.SECTION);
        root.setMaxWidth(720);
        return root;
    }
}
