package com.fours.workbench.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.security.ui.ChangePasswordDialog;
import com.fours.workbench.security.ui.LoginView;
import com.fours.workbench.store.ui.SetupView;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.StyleClasses;

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
    /** Null while the database is still being prepared ({@link #startWhileOpening}). */
    private AppServices services;
    private final boolean demo;
    /** Complete once {@link #services} are there and the log-in may use them. */
    private final CompletableFuture<AuthenticationService> authentication = new CompletableFuture<>();
    private final WorkstationSettings settings;
    private final List<WorkbenchModule> modules;
    private final Background background;
    private final Scene scene;
    private Messages messages;
    private ErrorReporter errors;
    private Runnable currentScreen = () -> { };
    /** The log-in on screen, to be told about the database when it arrives; null on other screens. */
    private LoginView login;
    /** Why the database could not be opened, checked or migrated; null unless it failed. */
    private Throwable startupFailure;
    /** How far the demo's copy at launch is, while the window waits for it. */
    private Optional<StartupProgress> copyProgress = Optional.empty();

    public Workbench(Stage stage, AppServices services, WorkstationSettings settings, Locale locale,
                     List<WorkbenchModule> modules) {
        this(stage, services.background(), services.demo(), settings, locale, modules);
        ready(services);
    }

    /**
     * A workbench whose database is still being prepared on {@code executor}, the one executor;
     * start it with {@link #startWhileOpening}.
     */
    Workbench(Stage stage, Executor executor, boolean demo, WorkstationSettings settings, Locale locale,
              List<WorkbenchModule> modules) {
        this.stage = stage;
        this.demo = demo;
        this.settings = settings;
        this.modules = modules;
        this.background = new Background(executor);
        useLanguage(locale);
        this.scene = new Scene(new StackPane(), 1280, 800);
        Theme.apply(scene);
    }

    private void ready(AppServices openServices) {
        this.services = openServices;
        authentication.complete(openServices.authentication());
    }

    public void start() {
        showStage();
        if (services.setup().isNeeded()) {
            showSetup();
        } else {
            showLogin(Optional.empty());
        }
        stage.show();
    }

    private void showStage() {
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
    }

    /**
     * Shows the window before the database is ready (decision 0084): the log-in at once, where the
     * user types while the database is opened, checked and migrated on the one executor; or, when
     * {@code firstStart} (no database file yet: the set-up or the demo's preparation follows), a
     * screen that says the database is being prepared, its bar following {@code copyProgress} when the
     * demo is copied at launch (decision 0130). When {@code opening} completes, on the UI
     * thread: the set-up if the store has none, the demo's preparation if the demo is still empty,
     * else the store's name on the log-in and any log-in asked for meanwhile; {@code whenReady} then
     * runs (after the demo's preparation, if any). A failure shows in the window, then goes to
     * {@code onFailure} with the text shown.
     */
    void startWhileOpening(CompletableFuture<PreparedDatabase> opening, boolean firstStart,
                           Optional<StartupProgress> copyProgress, Runnable whenReady, Consumer<String> onFailure) {
        showStage();
        this.copyProgress = copyProgress;
        if (opening.isDone()) {
            arrived(opening, whenReady, onFailure);
        } else {
            if (firstStart) {
                showPreparingDatabase();
            } else {
                showLogin(Optional.empty());
            }
            opening.whenComplete((prepared, failure) -> Platform.runLater(() -> arrived(opening, whenReady, onFailure)));
        }
        stage.show();
    }

    private void arrived(CompletableFuture<PreparedDatabase> opening, Runnable whenReady, Consumer<String> onFailure) {
        PreparedDatabase prepared;
        try {
            prepared = opening.join();
        } catch (CompletionException e) {
            startupFailure = e.getCause();
            if (login != null) {
                login.model().databaseUnavailable(startupFailureText());
            } else {
                showPreparingDatabase();
            }
            onFailure.accept(startupFailureText());
            return;
        }
        ready(prepared.services());
        if (prepared.demoToPrepare()) {
            startPreparingDemo(whenReady);
        } else if (prepared.setupNeeded()) {
            showSetup();
            whenReady.run();
        } else {
            if (login == null) {
                showLogin(Optional.empty());
            }
            login.model().storeNameProperty().set(prepared.storeName());
            whenReady.run();
        }
    }

    /** What the window says when the database could not be opened, checked or migrated. */
    private String startupFailureText() {
        return messages.get("startup.failed", startupFailure instanceof BusinessRuleException refusal
                ? messages.of(refusal) : String.valueOf(startupFailure.getMessage()));
    }

    /** The screen of a first start while the database is created, or why it could not be. */
    private void showPreparingDatabase() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add(StyleClasses.LOGIN_TITLE);
        Label status = new Label(startupFailure != null ? startupFailureText()
                : messages.get(demo ? "startup.preparingDemo" : "startup.preparingDatabase"));
        status.setId("startupStatus");
        status.setWrapText(true);
        // the demo's copy says how far it is; a new database's migrations do not
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("startupProgress");
        copyProgress.ifPresent(copy -> copy.showOn(progress));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(startupFailure == null);
        VBox card = new VBox(14, title, progress, status);
        card.setMaxWidth(480);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        card.getStyleClass().add(StyleClasses.LOGIN_CARD);
        StackPane root = new StackPane(card);
        root.setId("databasePreparation");
        root.getStyleClass().add(StyleClasses.LOGIN_BACKGROUND);
        show(root, "app.title", this::showPreparingDatabase);
    }

    /**
     * The first start with an empty demo database: the window shows at once and says what is being
     * prepared while the demo is filled on the background executor, then shows the login.
     */
    public void startPreparingDemo(Runnable whenReady) {
        showStage();
        Label title = new Label(messages.get("demo.preparing.title"));
        title.getStyleClass().add(StyleClasses.LOGIN_TITLE);
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
        card.getStyleClass().add(StyleClasses.LOGIN_CARD);
        StackPane root = new StackPane(card);
        root.setId("demoPreparation");
        root.getStyleClass().add(StyleClasses.LOGIN_BACKGROUND);
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
        if (login != null) {
            login.model().close(); // a log-in still waiting for the database leaves with its screen
            login = null;
        }
        scene.getAccelerators().clear(); // the previous screen's shortcuts leave with it
        scene.setRoot(root);
        stage.setTitle(messages.get(titleKey) + (demo ? " — " + messages.get("app.demoSuffix") : ""));
    }

    private void showSetup() {
        closeModules();
        show(new SetupView(messages, services.setup(), background, errors,
                admin -> showLogin(Optional.of(admin.username()))).build(), "setup.title", this::showSetup);
    }

    private void showLogin(Optional<String> username) {
        closeModules();
        List<LoginView.ListedAccount> demoAccounts = !demo ? List.of() : SecurityDemoData.ACCOUNTS.stream()
                .map(a -> new LoginView.ListedAccount(a.username(), a.displayName(), a.role(), SecurityDemoData.PASSWORD))
                .toList();
        LoginView view = new LoginView(messages, authentication, background, errors, demoAccounts, this::loggedIn,
                this::switchLanguage);
        Parent root = view.build(username);
        if (services != null) {
            view.model().storeNameProperty().set(services.storeProfiles().find().map(p -> p.name()).orElse(""));
        } else if (startupFailure != null) {
            view.model().databaseUnavailable(startupFailureText());
        }
        show(root, "login.windowTitle", () -> showLogin(username));
        login = view;
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
