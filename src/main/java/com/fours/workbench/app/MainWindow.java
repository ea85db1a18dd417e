package com.fours.workbench.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
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
import com.fours.workbench.security.Role;
import com.fours.workbench.ui.KeptAcrossLanguage;
import com.fours.workbench.ui.StyleClasses;

/**
 * The workbench after login: one tab per module the user may open, a menu, and a status bar that
 * says who is logged in and which database this is. Ctrl+1..9 jump to the n-th tab. A user lands on
 * the home page (decision 0090); after a change of language, on the tab, sub-tabs and search they had.
 */
final class MainWindow implements Navigator {

    /**
     * Where each role does most of its work, the tab it landed on after login before the home page
     * (decision 0059) and still does when the home page is not among the modules; a
     * user with several roles lands on the first in the order of {@link Role}. Roles not listed
     * (the service manager, the administrator) land on their first tab.
     */
    private static final Map<Role, ModuleKind> HOME = Map.of(
            Role.SERVICE_ADVISOR, ModuleKind.RECEPTION,
            Role.TECHNICIAN, ModuleKind.REPAIR_ORDERS,
            Role.TEAM_LEAD, ModuleKind.REPAIR_ORDERS,
            Role.QC_INSPECTOR, ModuleKind.QUALITY_CONTROL,
            Role.CASHIER, ModuleKind.CASHIER,
            Role.WAREHOUSE_CLERK, ModuleKind.PARTS_WAREHOUSE,
            Role.CUSTOMER_SERVICE_AGENT, ModuleKind.CUSTOMER_CARE);

    /**
     * What the screen showed, carried into the screen rebuilt in another language: the module,
     * the selected tab of each tab pane (by ids) and the text of the fields marked {@link KeptAcrossLanguage}.
     */
    record Kept(ModuleKind module, Map<String, String> selectedTabs, Map<String, String> texts) {

        static final Kept NOTHING = new Kept(null, Map.of(), Map.of());
    }

    private final ModuleContext context;
    private final AuthenticatedUser user;
    private final List<WorkbenchModule> modules;
    private final Workbench.Actions actions;
    private final Map<Tab, WorkbenchModule> moduleOfTab = new HashMap<>();
    private final Kept kept;
    private TabPane tabPane;

    MainWindow(ModuleContext context, AuthenticatedUser user, List<WorkbenchModule> builtModules,
               Workbench.Actions actions) {
        this(context, user, builtModules, actions, Kept.NOTHING);
    }

    MainWindow(ModuleContext context, AuthenticatedUser user, List<WorkbenchModule> builtModules,
               Workbench.Actions actions, Kept kept) {
        this.kept = kept;
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
        ModuleKind first = kept.module() != null ? kept.module() : home();
        tabPane.getTabs().stream().filter(t -> moduleOfTab.get(t).kind() == first).findFirst()
                .ifPresent(t -> tabPane.getSelectionModel().select(t));
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        show(tabPane.getSelectionModel().getSelectedItem());
        restore(tabPane.getSelectionModel().getSelectedItem().getContent());
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

    /** The home page when built (decision 0090); else the main tab of the user's role (decision 0059). */
    private ModuleKind home() {
        if (modules.stream().anyMatch(m -> m.kind() == ModuleKind.HOME)) {
            return ModuleKind.HOME;
        }
        return mainTabOf(user.roles()).filter(kind -> modules.stream().anyMatch(m -> m.kind() == kind))
                .orElse(modules.get(0).kind());
    }

    /** Where the first of these roles (in {@link Role} order) does most of its work; none for the manager and the administrator. */
    static Optional<ModuleKind> mainTabOf(java.util.Set<Role> roles) {
        for (Role role : Role.values()) {
            ModuleKind kind = HOME.get(role);
            if (kind != null && roles.contains(role)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** What the screen shows now, for the screen rebuilt in another language. */
    Kept kept() {
        if (tabPane == null || tabPane.getSelectionModel().getSelectedItem() == null) {
            return Kept.NOTHING;
        }
        Tab selected = tabPane.getSelectionModel().getSelectedItem();
        Map<String, String> tabs = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Node node : descendants(selected.getContent())) {
            if (node instanceof TabPane pane && pane.getId() != null && pane.getSelectionModel().getSelectedItem() != null
                    && pane.getSelectionModel().getSelectedItem().getId() != null) {
                tabs.put(pane.getId(), pane.getSelectionModel().getSelectedItem().getId());
            } else if (node instanceof TextInputControl field && field.getId() != null
                    && KeptAcrossLanguage.isMarked(field) && !field.getText().isEmpty()) {
                texts.put(field.getId(), field.getText());
            }
        }
        return new Kept(moduleOfTab.get(selected).kind(), tabs, texts);
    }

    /** Puts back the sub-tabs first (a lazy sub-tab builds its content when selected), then the texts. */
    private void restore(Node content) {
        boolean changed = true;
        // a sub-tab's content built on selection may hold tab panes of its own: walk again until still
        for (int pass = 0; changed && pass < 5; pass++) {
            changed = false;
            for (Node node : descendants(content)) {
                if (node instanceof TabPane pane && pane.getId() != null
                        && kept.selectedTabs().containsKey(pane.getId())) {
                    String wanted = kept.selectedTabs().get(pane.getId());
                    Optional<Tab> tab = pane.getTabs().stream().filter(t -> wanted.equals(t.getId())).findFirst();
                    if (tab.isPresent() && pane.getSelectionModel().getSelectedItem() != tab.get()) {
                        pane.getSelectionModel().select(tab.get());
                        changed = true;
                    }
                }
            }
        }
        for (Node node : descendants(content)) {
            if (node instanceof TextInputControl field && field.getId() != null && KeptAcrossLanguage.isMarked(field)
                    && kept.texts().containsKey(field.getId())) {
                field.setText(kept.texts().get(field.getId()));
            }
        }
    }

    /**
     * The node and all below it, walking into tab, split, scroll and titled panes through their own
     * lists: before the first layout they have no skin, so no children to walk.
     */
    private static List<Node> descendants(Node root) {
        List<Node> all = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            all.add(node);
            if (node instanceof TabPane pane) {
                pane.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(todo::push);
            } else if (node instanceof SplitPane split) {
                split.getItems().forEach(todo::push);
            } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
                todo.push(scroll.getContent());
            } else if (node instanceof TitledPane titled && titled.getContent() != null) {
                todo.push(titled.getContent());
            } else if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
        return all;
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
        label.getStyleClass().add(StyleClasses.EMPTY_STATE);
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
        bar.getRightItems().setAll(BackupStatusLabel.create(context.services().backups(),
                context.services().backupSettings(), m, context.background(),
                context.services().clock()), new Separator(Orientation.VERTICAL), database);
        bar.progressProperty().bind(Bindings.when(context.background().busyProperty())
                .then(ProgressIndicator.INDETERMINATE_PROGRESS).otherwise(0.0));
        return bar;
    }
}
