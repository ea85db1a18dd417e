package com.fours.workbench.security.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.security.UserService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.Columns;
import com.fours.workbench.ui.ErrorReporter;

/**
 * The administrator's list of users, with creating, roles, (de)activation, password reset and unlock.
 * Binds to {@link UserAdminViewModel}; the confirmations and the user editor are dialogs of their own.
 */
public final class UserAdminView {

    private final Messages messages;
    private final UserService users;
    private final Background background;
    private final ErrorReporter errors;
    private final Window owner;
    private final UserAdminViewModel model;
    private final TableView<UserAccount> table = new TableView<>();

    public UserAdminView(Messages messages, UserService users, Background background, ErrorReporter errors,
                         Window owner, Clock clock) {
        this.messages = messages;
        this.users = users;
        this.background = background;
        this.errors = errors;
        this.owner = owner;
        this.model = new UserAdminViewModel(messages, users, background, errors, owner, clock);
    }

    public Parent build() {
        table.setId("usersTable");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("login.username"), UserAccount::username),
                Columns.text(messages.get("user.displayName"), UserAccount::displayName),
                Columns.longText(messages.get("user.roles"), model::roles),
                Columns.text(messages.get("user.state"), model::state)));
        table.setPlaceholder(new Label(messages.get("user.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        Button create = button("user.new", new FontIcon(Material2OutlinedMZ.PERSON_ADD), "userNew");
        create.setOnAction(e -> new UserEditorDialog(messages, users, background, errors, owner)
                .edit(Optional.empty()).ifPresent(u -> model.refresh()));
        Button roles = button("user.editRoles", new FontIcon(Material2OutlinedAL.ASSIGNMENT_IND), "userRolesButton");
        roles.setOnAction(e -> selected().ifPresent(u -> new UserEditorDialog(messages, users, background, errors, owner)
                .edit(Optional.of(u)).ifPresent(saved -> model.refresh())));
        Button toggle = button("user.toggleActive", new FontIcon(Material2OutlinedAL.BLOCK), "userToggleActive");
        toggle.setOnAction(e -> model.toggleActive());
        Button reset = button("user.resetPassword", new FontIcon(Material2OutlinedMZ.VPN_KEY), "userResetPassword");
        reset.setOnAction(e -> selected().ifPresent(this::resetPassword));
        Button unlock = button("user.unlock", new FontIcon(Material2OutlinedAL.LOCK_OPEN), "userUnlock");
        unlock.setOnAction(e -> model.unlock());
        Button refresh = button("action.refresh", new FontIcon(Material2OutlinedMZ.REFRESH), "userRefresh");
        refresh.setOnAction(e -> model.refresh());
        List.of(roles, toggle, reset, unlock).forEach(b ->
                b.disableProperty().bind(model.selectedProperty().isNull()));

        BorderPane root = new BorderPane(table);
        root.setTop(new ToolBar(create, roles, toggle, reset, unlock, refresh));
        root.setId("userAdminView");
        model.refresh();
        return root;
    }

    private void resetPassword(UserAccount user) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("user.resetConfirm", user.displayName()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        model.resetPassword(user, temporary -> {
            Alert shown = new Alert(Alert.AlertType.INFORMATION, messages.get("user.resetDone", user.displayName(), temporary));
            shown.initOwner(owner);
            shown.getDialogPane().setId("temporaryPasswordDialog");
            shown.show();
        });
    }

    private Optional<UserAccount> selected() {
        return Optional.ofNullable(model.selectedProperty().get());
    }


    private Button button(String key, FontIcon icon, String id) {
        Button button = new Button(messages.get(key), icon);
        button.setId(id);
        return button;
    }
}
