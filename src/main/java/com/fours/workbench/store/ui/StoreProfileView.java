package com.fours.workbench.store.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.store.StoreProfileInput;
import com.fours.workbench.store.StoreProfileService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/** The store profile as the manager keeps it: printed on every document. */
public final class StoreProfileView {

    private final Messages messages;
    private final StoreProfileService profiles;
    private final Background background;
    private final ErrorReporter errors;
    private int version;

    public StoreProfileView(Messages messages, StoreProfileService profiles, Background background,
                            ErrorReporter errors) {
        this.messages = messages;
        this.profiles = profiles;
        this.background = background;
        this.errors = errors;
    }

    public Parent build() {
        FieldErrors fieldErrors = new FieldErrors();
        StoreProfileForm form = new StoreProfileForm();
        FormGrid grid = new FormGrid();
        form.addTo(grid, messages, fieldErrors);
        Label status = new Label();
        status.setId("storeProfileStatus");
        Button save = new Button(messages.get("action.save"));
        save.setId("storeProfileSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(background.busyProperty());
        save.setOnAction(e -> {
            fieldErrors.clear();
            status.setText("");
            StoreProfileInput input = form.input();
            background.run(() -> profiles.save(input, version), saved -> {
                version = saved.version();
                form.show(StoreProfileInput.of(saved));
                status.setText(messages.get("store.saved"));
            }, failure -> {
                if (!(failure instanceof InvalidFieldsException refusal && fieldErrors.show(refusal, messages))) {
                    status.setText(errors.describe(failure));
                }
            });
        });
        grid.addWide(new VBox(6, save, status));
        background.run(profiles::find, found -> found.ifPresent(profile -> {
            version = profile.version();
            form.show(StoreProfileInput.of(profile));
        }), failure -> status.setText(errors.describe(failure)));
        VBox root = new VBox(grid);
        root.getStyleClass().add(StyleClasses.SECTION);
        root.setMaxWidth(720);
        return root;
    }
}
