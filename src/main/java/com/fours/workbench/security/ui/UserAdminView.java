package com.fours.workbench.security.ui;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

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

/** The administrator's list of users, with creating, roles, (de)activation, password reset and unlock. */
public final class UserAdminView {

    private static final String TEMPORARY_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Messages messages;
    private final UserService users;
    private final Background background;
    private final ErrorReporter errors;
    private final Window owner;
    private final Clock clock;
    private final TableView<UserAccount> table = new TableView<>();
    private final SecureRandom random = new SecureRandom();

    public UserAdminView(Messages messages, UserService users, Background background, ErrorReporter errors,
                         Window owner, Clock clock) {
        this.messages = messages;
        this.users = users;
        this.background = background;
        this.errors = errors;
        this.owner = owner;
        this.clock = clock;
    }

    public Parent build() {
        table.setId("usersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("login.username"), UserAccount::username),
                Columns.text(messages.get("user.displayName"), UserAccount::displayName),
                Columns.longText(messages.get("user.roles"), u -> u.roles().stream().map(messages::of).collect(Collectors.joining("、"))),
                Columns.text(messages.get("user.state"), this::state)));
        table.setPlaceholder(new Label(messages.get("user.none")));

        Button create = button("user.new", new FontIcon(Material2OutlinedMZ.PERSON_ADD), "userNew");
        create.setOnAction(e -> new UserEditorDialog(messages, users, background, errors, owner)
                .edit(Optional.empty()).ifPresent(u -> refresh()));
        Button roles = button("user.editRoles", new FontIcon(Material2OutlinedAL.ASSIGNMENT_IND), "userRolesButton");
        roles.setOnAction(e -> selected().ifPresent(u -> new UserEditorDialog(messages, users, background, errors, owner)
                .edit(Optional.of(u)).ifPresent(saved -> refresh())));
        Button toggle = button("user.toggleActive", new FontIcon(Material2OutlinedAL.BLOCK), "userToggleActive");
        toggle.setOnAction(e -> selected().ifPresent(u -> act(() -> users.setActive(u, !u.active()))));
        Button reset = button("user.resetPassword", new FontIcon(Material2OutlinedMZ.VPN_KEY), "userResetPassword");
        reset.setOnAction(e -> selected().ifPresent(this::resetPassword));
        Button unlock = button("user.unlock", new FontIcon(Material2OutlinedAL.LOCK_OPEN), "userUnlock");
        unlock.setOnAction(e -> selected().ifPresent(u -> act(() -> {
            users.unlock(u);
            return u;
        })));
        Button refresh = button("action.refresh", new FontIcon(Material2OutlinedMZ.REFRESH), "userRefresh");
        refresh.setOnAction(e -> refresh());
        List.of(roles, toggle, reset, unlock).forEach(b ->
                b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()));

        BorderPane root = new BorderPane(table);
        root.setTop(new ToolBar(create, roles, toggle, reset, unlock, refresh));
        root.setId("userAdminView");
        refresh();
        return root;
    }

    private void resetPassword(UserAccount user) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("user.resetConfirm", user.displayName()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        String temporary = temporaryPassword();
        background.run(() -> {
            users.resetPassword(user, temporary.toCharArray());
            return user;
        }, done -> {
            Alert shown = new Alert(Alert.AlertType.INFORMATION, messages.get("user.resetDone", user.displayName(), temporary));
            shown.initOwner(owner);
            shown.getDialogPane().setId("temporaryPasswordDialog");
            shown.show();
            refresh();
        }, failure -> errors.report(owner, failure));
    }

    /** Eight characters, letters and digits, none that are easily confused when read aloud. */
    private String temporaryPassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            out.append(TEMPORARY_PASSWORD_LETTERS.charAt(random.nextInt(23)));
        }
        for (int i = 0; i < 2; i++) {
            out.append(TEMPORARY_PASSWORD_LETTERS.charAt(23 + random.nextInt(8)));
        }
        return out.toString();
    }

    private void act(Callable<UserAccount> work) {
        background.run(work, done -> refresh(), failure -> errors.report(owner, failure));
    }

    void refresh() {
        Long selectedId = selected().map(UserAccount::id).orElse(null);
        background.run(users::listUsers, list -> {
            table.getItems().setAll(list);
            list.stream().filter(u -> selectedId != null && u.id() == selectedId).findFirst()
                    .ifPresent(u -> table.getSelectionModel().select(u));
        }, failure -> errors.report(owner, failure));
    }

    private Optional<UserAccount> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private String state(UserAccount user) {
        if (!user.active()) {
            return messages.get("user.stateInactive");
        }
        if (user.isLockedAt(clock.instant())) {
            return messages.get("user.stateLocked", Date.from(user.lockedUntil()));
        }
        return messages.get("user.stateActive");
    }


    private Button button(String key, FontIcon icon, String id) {
        Button button = new Button(messages.get(key), icon);
        button.setId(id);
        return button;
    }
}
