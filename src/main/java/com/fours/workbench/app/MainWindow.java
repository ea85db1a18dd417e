package com.fours.workbench.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.backup.ui.BackupStatusLabel;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuthenticatedUser;

/**
 * The workbench after login: one tab per module the user may open, a menu, and a status bar that
 * says who is logged in and which database this is. Ctrl+1..9 jump to the n-th tab.
 */
final class MainWindow implements Navigator {

    private final ModuleContext context;
    private final AuthenticatedUser user;
    private final List<WorkbenchModule> modules;
    private final Workbench.Actions actions;
    private final Map<Tab, WorkbenchModule> moduleOfTab = new HashMap<>();
    private TabPane tabPane;

    MainWindow(ModuleContext context, AuthenticatedUser user, List<WorkbenchModule> builtModules,
               Workbench.Actions actions) {
        this.context = context.withNavigator(this);
        this.user = user;
        this.modules = builtModules.stream().filter(m -> m.kind().isOpenTo(user))
                .sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
        this.actions = actions;
    }

    Parent build() {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.setTop(menuBar());
        root.setCenter(modules.isEmpty() ? noModules() : tabs());
        root.setBottom(statusBar());
        return root;
    }

    private TabPane tabs() {
        Messages m = context.messages();
        tabPane = new TabPane();
        tabPane.setId("moduleTabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkbenchModule module : modules) {
            Tab tab = new Tab(m.of(module.kind()));
            tab.setId("tab-" + module.kind().name());
            tab.setGraphic(new FontIcon(module.kind().icon()));
            moduleOfTab.put(tab, module);
            tabPane.getTabs().add(tab);
        }
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        show(tabPane.getSelectionModel().getSelectedItem());
        for (int i = 0; i < Math.min(9, tabPane.getTabs().size()); i++) {
            int index = i;
            tabPane.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index + 1)),
                            KeyCombination.SHORTCUT_DOWN), () -> tabPane.getSelectionModel().select(index));
                }
            });
        }
        return tabPane;
    }

    @Override
    public <T> Optional<T> open(ModuleKind kind, Class<T> entryPoint) {
        if (tabPane == null) {
            return Optional.empty();
        }
        for (Tab tab : tabPane.getTabs()) {
            WorkbenchModule module = moduleOfTab.get(tab);
            if (module.kind() == kind && entryPoint.isInstance(module)) {
                tabPane.getSelectionModel().select(tab);
                return Optional.of(entryPoint.cast(module));
            }
        }
        return Optional.empty();
    }

    private void show(Tab tab) {
        if (tab == null) {
            return;
        }
        WorkbenchModule module = moduleOfTab.get(tab);
        if (tab.getContent() == null) {
            tab.setContent(module.createContent(context));
        } else {
            module.activate();
        }
    }

    private StackPane noModules() {
        Label label = new Label(context.messages().get("main.noModules"));
        label.setId("noModules");
        label.setWrapText(true);
        label.getStyleClass().add("empty-state");
        return new StackPane(label);
    }

    private MenuBar menuBar() {
        Messages m = context.messages();
        MenuItem changePassword = new MenuItem(m.get("menu.changePassword"));
        changePassword.setId("menuChangePassword");
        changePassword.setOnAction(e -> actions.changePassword());
        MenuItem logout = new MenuItem(m.get("menu.logout"));
        logout.setId("menuLogout");
        logout.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        logout.setOnAction(e -> actions.logout());
        MenuItem exit = new MenuItem(m.get("menu.exit"));
        exit.setOnAction(e -> actions.exit());
        Menu workbench = new Menu(m.get("menu.workbench"), null, changePassword, logout, exit);
        workbench.setId("menuWorkbench");

        Menu language = new Menu(m.get("menu.language"));
        language.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        for (var locale : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(m.languageName(locale));
            item.setId("menuLanguage-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(m.locale()));
            item.setOnAction(e -> actions.switchLanguage(locale));
            language.getItems().add(item);
        }
        return new MenuBar(workbench, language);
    }

    private StatusBar statusBar() {
        Messages m = context.messages();
        Label userLabel = new Label(m.get("status.user", user.displayName(), user.username()));
        userLabel.setId("statusUser");
        userLabel.setGraphic(new FontIcon(Material2OutlinedMZ.PERSON));
        Label roles = new Label(user.roles().stream().map(m::of).collect(Collectors.joining("、")));
        roles.setId("statusRoles");
        String databaseText = context.services().demo()
                ? m.get("status.databaseDemo", context.services().databaseSettings().description())
                : m.get("status.database", context.services().databaseSettings().description());
        Label database = new Label(databaseText);
        database.setId("statusDatabase");
        database.setGraphic(new FontIcon(Material2OutlinedMZ.STORAGE));
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.setText("");
        bar.getLeftItems().setAll(userLabel, new Separator(Orientation.VERTICAL), roles);
        bar.getRightItems().setAll(BackupStatusLabel.create(context.services().backups(), m, context.background(),
                context.services().clock()), new Separator(Orientation.VERTICAL), database);
        bar.progressProperty().bind(Bindings.when(context.background().busyProperty())
                .then(ProgressIndicator.INDETERMINATE_PROGRESS).otherwise(0.0));
        return bar;
    }
}
