package com.fours.workbench.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.security.ui.ChangePasswordDialog;
import com.fours.workbench.security.ui.LoginView;
import com.fours.workbench.store.ui.SetupView;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/**
 * The workbench window through its life: first-start set-up, login, the modules, and back to
 * login. A change of language rebuilds the screen in the new language.
 */
public final class Workbench {

    private static final Logger log = LoggerFactory.getLogger(Workbench.class);

    /** What the menu of the main window can ask of the workbench. */
    interface Actions {
        void changePassword();

        void logout();

        void exit();

        void switchLanguage(Locale locale);
    }

    private final Stage stage;
    private final AppServices services;
    private final WorkstationSettings settings;
    private final List<WorkbenchModule> modules;
    private final Background background;
    private final Scene scene;
    private Messages messages;
    private ErrorReporter errors;
    private Runnable currentScreen = () -> { };

    public Workbench(Stage stage, AppServices services, WorkstationSettings settings, Locale locale,
                     List<WorkbenchModule> modules) {
        this.stage = stage;
        this.services = services;
        this.settings = settings;
        this.modules = modules;
        this.background = new Background(services.background());
        useLanguage(locale);
        this.scene = new Scene(new StackPane(), 1280, 800);
        Theme.apply(scene);
    }

    public void start() {
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        if (services.setup().isNeeded()) {
            showSetup();
        } else {
            showLogin(Optional.empty());
        }
        stage.show();
    }

    /**
     * The first start with an empty demo database: the window shows at once and says what is being
     * prepared while the demo is filled on the background executor, then shows the login.
     */
    public void startPreparingDemo(Runnable whenReady) {
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        Label title = new Label(messages.get("demo.preparing.title"));
        title.getStyleClass().add("login-title");
        Label first = new Label(messages.get("demo.preparing.first"));
        first.setWrapText(true);
        Label status = new Label();
        status.setId("demoStatus");
        ProgressBar progress = new ProgressBar(0);
        progress.setId("demoProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(14, title, first, progress, status);
        card.setMaxWidth(480);
        card.setPadding(new Insets(28));
        card.getStyleClass().add("login-card");
        StackPane root = new StackPane(card);
        root.setId("demoPreparation");
        root.getStyleClass().add("login-background");
        show(root, "demo.preparing.title", () -> { });
        stage.show();
        background.run(() -> services.demoSeeder().seedIfEmpty((done, total, step) -> Platform.runLater(() -> {
            status.setText(done < total ? messages.get("demo.preparing.step", messages.get(step), done + 1, total)
                    : messages.get(step));
            progress.setProgress(done / (double) total);
        })), filled -> {
            whenReady.run();
            showLogin(Optional.empty());
        }, error -> {
            log.error("The demo database could not be prepared", error);
            status.setText(messages.get("demo.preparing.failed", String.valueOf(error.getMessage())));
            errors.report(stage, error);
        });
    }

    public Messages messages() {
        return messages;
    }

    private void useLanguage(Locale locale) {
        this.messages = Messages.forLocale(locale);
        // date pickers and other controls format with the default locale: keep it the screen's language
        Locale.setDefault(messages.locale());
        this.errors = new ErrorReporter(messages);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.report(stage, error));
    }

    private void show(Parent root, String titleKey, Runnable redraw) {
        currentScreen = redraw;
        scene.getAccelerators().clear(); // the previous screen's shortcuts leave with it
        scene.setRoot(root);
        stage.setTitle(messages.get(titleKey) + (services.demo() ? " — " + messages.get("app.demoSuffix") : ""));
    }

    private void showSetup() {
        closeModules();
        show(new SetupView(messages, services.setup(), background, errors,
                admin -> showLogin(Optional.of(admin.username()))).build(), "setup.title", this::showSetup);
    }

    private void showLogin(Optional<String> username) {
        closeModules();
        List<LoginView.ListedAccount> demoAccounts = !services.demo() ? List.of() : SecurityDemoData.ACCOUNTS.stream()
                .map(a -> new LoginView.ListedAccount(a.username(), a.displayName(), a.role(), SecurityDemoData.PASSWORD))
                .toList();
        LoginView login = new LoginView(messages, services.authentication(), background, errors, demoAccounts,
                services.storeProfiles().find().map(p -> p.name()).orElse(""), this::loggedIn, this::switchLanguage);
        show(login.build(username), "login.windowTitle", () -> showLogin(username));
    }

    private void loggedIn(AuthenticatedUser user) {
        if (user.mustChangePassword()) {
            boolean changed = new ChangePasswordDialog(messages, services.users(), errors, background, stage, true).showAndWait();
            if (!changed) {
                services.authentication().logout();
                showLogin(Optional.of(user.username()));
                return;
            }
        }
        showMain(user);
    }

    private void showMain(AuthenticatedUser user) {
        showMain(user, MainWindow.Kept.NOTHING);
    }

    private void showMain(AuthenticatedUser user, MainWindow.Kept kept) {
        closeModules();
        ModuleContext context = new ModuleContext(services, messages, background, errors, stage, null);
        MainWindow main = new MainWindow(context, user, modules, new Actions() {
            @Override
            public void changePassword() {
                new ChangePasswordDialog(messages, services.users(), errors, background, stage, false).showAndWait();
            }

            @Override
            public void logout() {
                services.authentication().logout();
                // Ctrl+Shift+L runs this while the scene is still walking through its shortcuts, which
                // show() clears: changing the screen right here ended in a ConcurrentModificationException
                Platform.runLater(() -> showLogin(Optional.of(user.username())));
            }

            @Override
            public void exit() {
                Platform.exit();
            }

            @Override
            public void switchLanguage(Locale locale) {
                Workbench.this.switchLanguage(locale);
            }
        }, kept);
        // the same user in another language keeps the tab, sub-tabs and search they were at
        show(main.build(), "app.title", () -> showMain(services.session().requireUser(), main.kept()));
    }

    /**
     * Before the next screen is built: the module objects live as long as the workbench and would
     * otherwise keep the last window's views, and through them the whole window (issue 15, problem 11).
     */
    private void closeModules() {
        modules.forEach(WorkbenchModule::close);
    }

    private void switchLanguage(Locale locale) {
        log.info("Language switched to {}", locale);
        settings.setLanguage(locale);
        useLanguage(locale);
        currentScreen.run();
    }
}
