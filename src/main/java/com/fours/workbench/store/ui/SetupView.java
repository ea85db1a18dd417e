package com.fours.workbench.store.ui;

import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.store.SetupService;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.Refusals;
import com.fours.workbench.ui.StyleClasses;

/** The first start of a new installation: who the store is, and its first administrator. */
public final class SetupView {

    private final Messages messages;
    private final SetupService setup;
    private final Background background;
    private final ErrorReporter errors;
    private final Consumer<UserAccount> onDone;

    public SetupView(Messages messages, SetupService setup, Background background, ErrorReporter errors,
                     Consumer<UserAccount> onDone) {
        this.messages = messages;
        this.setup = setup;
        this.background = background;
        this.errors = errors;
        this.onDone = onDone;
    }

    public Parent build() {
        FieldErrors fieldErrors = new FieldErrors();
        StoreProfileForm store = new StoreProfileForm();
        store.vatRate.setText(StoreProfile.DEFAULT_VAT_RATE.movePointRight(2).stripTrailingZeros().toPlainString());
        TextField username = new TextField("admin");
        username.setId("adminUsername");
        TextField displayName = new TextField();
        displayName.setId("adminDisplayName");
        PasswordField password = new PasswordField();
        password.setId("adminPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("adminPasswordRepeated");

        FormGrid form = new FormGrid();
        Label intro = new Label(messages.get("setup.intro"));
        intro.setWrapText(true);
        form.addWide(intro);
        form.addWide(heading(messages.get("setup.storeHeading")));
        store.addTo(form, messages, fieldErrors);
        form.addWide(heading(messages.get("setup.adminHeading")));
        form.addField(messages.get("login.username"), username, fieldErrors.of(SetupInput.ADMIN_USERNAME));
        form.addField(messages.get("user.displayName"), displayName, fieldErrors.of(SetupInput.ADMIN_DISPLAY_NAME));
        form.addField(messages.get("password.new"), password, fieldErrors.of(SetupInput.ADMIN_PASSWORD));
        form.addField(messages.get("password.repeat"), repeat, fieldErrors.of(SetupInput.ADMIN_PASSWORD_REPEATED));
        form.addWide(new Label(messages.get("password.rules")));

        Label formError = new Label();
        formError.getStyleClass().add(StyleClasses.FIELD_ERROR);
        Button finish = new Button(messages.get("setup.finish"));
        finish.setId("setupFinish");
        finish.setDefaultButton(true);
        finish.disableProperty().bind(background.busyProperty());
        finish.setOnAction(e -> {
            fieldErrors.clear();
            formError.setText("");
            SetupInput input = new SetupInput(store.input(), username.getText(), displayName.getText(),
                    password.getText().toCharArray(), repeat.getText().toCharArray());
            background.run(() -> setup.complete(input), onDone, failure -> {
                String why = new Refusals(messages, errors, null).text(failure, fieldErrors);
                if (!why.isEmpty()) {
                    formError.setText(why);
                }
            });
        });
        form.addWide(new VBox(6, formError, finish));

        Label title = new Label(messages.get("setup.title"));
        title.getStyleClass().add(StyleClasses.LOGIN_TITLE);
        VBox card = new VBox(16, title, form);
        card.getStyleClass().add(StyleClasses.LOGIN_CARD);
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(new StackPane(card));
        scroll.setFitToWidth(true);
        scroll.setId("setupView");
        scroll.getStyleClass().add(StyleClasses.LOGIN_BACKGROUND);
        return scroll;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClasses.FORM_HEADING);
        return label;
    }
}
