package com.fours.workbench.security.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.Role;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/** The login screen; in demo mode it lists the demo accounts, one per role. */
public final class LoginView {

    /** An account shown under the form with the password it fills in (the demo's, one per role). */
    public record ListedAccount(String username, String displayName, Role role, String password) {
    }

    private final Messages messages;
    private final LoginViewModel model;
    private final List<ListedAccount> demoAccounts;
    private final Consumer<Locale> onLanguage;

    /**
     * @param authentication complete once the database is ready; the form shows and takes typing
     *                       before that (decision 0084)
     */
    public LoginView(Messages messages, CompletableFuture<AuthenticationService> authentication, Background background,
                     ErrorReporter errors, List<ListedAccount> demoAccounts,
                     Consumer<AuthenticatedUser> onLoggedIn, Consumer<Locale> onLanguage) {
        this.messages = messages;
        this.model = new LoginViewModel(authentication, background, errors, onLoggedIn,
                messages.get("startup.preparingDatabase"));
        this.demoAccounts = demoAccounts;
        this.onLanguage = onLanguage;
    }

    /** The form's state, for the workbench to fill in the store's name and report the database's state. */
    public LoginViewModel model() {
        return model;
    }

    public Parent build(Optional<String> username) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add(StyleClasses.LOGIN_TITLE);
        Label store = new Label();
        store.setId("loginStore");
        store.textProperty().bind(model.storeNameProperty());
        store.getStyleClass().add(StyleClasses.LOGIN_STORE);

        TextField usernameField = new TextField();
        usernameField.setId("loginUsername");
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField passwordField = new PasswordField();
        passwordField.setId("loginPassword");
        passwordField.textProperty().bindBidirectional(model.passwordProperty());

        FormGrid form = new FormGrid();
        form.addField(messages.get("login.username"), usernameField, new ReadOnlyStringWrapper("").getReadOnlyProperty());
        form.addField(messages.get("login.password"), passwordField, model.errorProperty());

        Button login = new Button(messages.get("login.submit"), new FontIcon(Material2OutlinedAL.LOGIN));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.busyProperty().or(model.unavailableProperty()));
        login.setOnAction(e -> model.login());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setValue(messages.locale());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : messages.languageName(locale);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(messages.locale())) {
                onLanguage.accept(now);
            }
        });
        Label languageLabel = new Label(messages.get("login.language"), new FontIcon(Material2OutlinedAL.LANGUAGE));
        languageLabel.setLabelFor(language);

        HBox actions = new HBox(10, login, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.addWide(actions);
        form.addWide(FormControls.message("loginStatus", model.statusProperty()));
        HBox languageRow = new HBox(8, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(16, title, store, form, languageRow);
        card.getStyleClass().add(StyleClasses.LOGIN_CARD);
        card.setMaxWidth(demoAccounts.isEmpty() ? 420 : 480);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        if (!demoAccounts.isEmpty()) {
            card.getChildren().add(demoAccountsTable());
        }
        StackPane root = new StackPane(card);
        root.setId("loginView");
        root.getStyleClass().add(StyleClasses.LOGIN_BACKGROUND);

        username.ifPresent(model.usernameProperty()::set);
        Platform.runLater(() -> (model.usernameProperty().get().isEmpty() ? usernameField : passwordField).requestFocus());
        return root;
    }

    private VBox demoAccountsTable() {
        Label heading = new Label(messages.get("login.demoAccounts", demoAccounts.get(0).password()));
        heading.setWrapText(true);
        TableView<ListedAccount> table = new TableView<>();
        table.setId("demoAccounts");
        table.setPrefHeight(392);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ListedAccount, String> user = Columns.text(messages.get("login.username"), ListedAccount::username);
        TableColumn<ListedAccount, String> name = Columns.text(messages.get("user.displayName"), ListedAccount::displayName);
        TableColumn<ListedAccount, String> role = Columns.text(messages.get("user.roles"), a -> messages.of(a.role()));
        table.getColumns().setAll(List.of(user, name, role));
        table.getItems().setAll(demoAccounts);
        Runnable useSelected = () -> {
            var account = table.getSelectionModel().getSelectedItem();
            if (account != null) {
                model.usernameProperty().set(account.username());
                model.passwordProperty().set(account.password());
            }
        };
        table.setOnMouseClicked(e -> {
            useSelected.run();
            if (e.getClickCount() == 2) {
                model.login();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                useSelected.run();
                model.login();
            }
        });
        return new VBox(6, heading, table);
    }
}
