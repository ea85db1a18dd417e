package com.fours.workbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.DataFolder;
import com.fours.workbench.db.DatabaseChoice;
import com.fours.workbench.db.DemoTemplate;

/**
 * The JavaFX application: shows the log-in as soon as the toolkit is up while the database is
 * opened, checked and migrated on the one executor (decision 0084), then lets the workbench go on.
 */
public final class WorkbenchApp extends Application {

    /** The launch begun by {@link #prepare} before the JavaFX toolkit started; null when launched otherwise. */
    private static volatile Launch early;

    private Launch launch;
    private CompletableFuture<Void> fonts;
    private long toolkitUp;

    /**
     * The one executor and the database being prepared on it, once the window is shown: on 2 cores
     * opening it beside the window's styling slowed the window and hardly hastened the database
     * (decision 0093). The demo's first start is the exception ({@code demoCopiedAtLaunch}): copying the
     * template and moving it to today takes seconds the window does not wait for, so it begins at
     * launch, beside the toolkit's start (decision 0108).
     */
    private record Launch(ScheduledExecutorService executor, CompletableFuture<Void> windowShown,
                          CompletableFuture<PreparedDatabase> opening, boolean demoCopiedAtLaunch,
                          StartupProgress copyProgress) {
    }

    /**
     * Not a static field: the first logger configures Logback (a second and more on a busy PC),
     * which {@link #prepare} leaves to the thread that opens the database, beside the toolkit's start.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(WorkbenchApp.class);
    }

    /**
     * Makes the one executor and sets Logback up on it before the JavaFX toolkit starts, so the two
     * overlap (decisions 0070, 0078); the database is opened (Flyway's check included) once the
     * window is shown (decision 0093), but on the demo's first start at once (decision 0108).
     */
    static void prepare(String[] args) {
        early = begin(List.of(args));
    }

    private static Launch begin(List<String> raw) {
        ScheduledExecutorService executor = BackgroundThreads.newExecutor();
        // Logback is set up by the first logger: beside the toolkit's start, not on the main thread
        CompletableFuture.runAsync(() -> log().debug("Logging set up"), executor);
        CompletableFuture<Void> windowShown = new CompletableFuture<>();
        boolean copyNow = copiesDemoAtLaunch(raw, WorkbenchApp.class.getResource(DemoTemplate.RESOURCE) != null);
        StartupProgress copyProgress = new StartupProgress();
        return new Launch(executor, windowShown, copyNow
                ? CompletableFuture.supplyAsync(() -> open(raw, executor, copyProgress), executor)
                : windowShown.thenApplyAsync(shown -> open(raw, executor, copyProgress), executor), copyNow, copyProgress);
    }

    /**
     * The demo's first start with a template in this build: its database file does not exist yet (or a copy
     * into it was cut off), so the launch copies the template at once (decisions 0108, 0116). Nothing here logs: Logback is not set up yet.
     */
    static boolean copiesDemoAtLaunch(List<String> raw, boolean templateShipped) {
        if (!templateShipped) {
            return false;
        }
        try {
            StartupOptions options = StartupOptions.parse(raw);
            return options.demo() && DatabaseChoice.resolve(dataFolder(options), true, System.getenv()).embeddedFile()
                    .map(DemoTemplate::copyPending).orElse(false);
        } catch (RuntimeException e) {
            // said in the window by the start's own steps
            return false;
        }
    }

    /**
     * The background step of the start: the database opened, checked, migrated and read for the first screen;
     * {@code copyProgress} told how far the demo's first-start copy is.
     */
    static PreparedDatabase open(List<String> raw, ScheduledExecutorService executor, StartupProgress copyProgress) {
        try {
            StartupOptions options = StartupOptions.parse(raw);
            // an empty demo database is filled once the window shows, which says so meanwhile
            AppServices services = AppServices.open(dataFolder(options), options.demo(), Clock.systemDefaultZone(),
                    false, executor, copyProgress);
            try {
                if (!options.demo()) {
                    services.backupScheduler().start();
                }
                // the first reads through Jdbi's SQL objects load their machinery (hundreds of classes):
                // the first screen's reads happen here, off the UI thread (decision 0078)
                PreparedDatabase prepared = PreparedDatabase.of(services);
                log().info("Database ready for the log-in {} ms after launch", sinceLaunch());
                return prepared;
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        } catch (RuntimeException e) {
            log().error("The workbench could not start", e);
            throw e;
        }
    }

    private static Path dataFolder(StartupOptions options) {
        return DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    @Override
    public void init() {
        toolkitUp = sinceLaunch();
        launch = early != null ? early : begin(getParameters().getRaw());
        // the fonts are 20 MB to parse: loaded beside the log-in screen being built
        fonts = CompletableFuture.runAsync(Theme::loadFonts, launch.executor());
    }

    private static long sinceLaunch() {
        return ProcessHandle.current().info().startInstant()
                .map(launched -> Duration.between(launched, Instant.now()).toMillis()).orElse(-1L);
    }

    @Override
    public void start(Stage stage) {
        try {
            showWindow(stage);
        } finally {
            launch.windowShown().complete(null);
        }
    }

    private void showWindow(Stage stage) {
        Theme.applyUserAgentStylesheet();
        StartupOptions options;
        WorkstationSettings settings;
        boolean firstStart;
        try {
            options = StartupOptions.parse(getParameters().getRaw());
            Path dataFolder = dataFolder(options);
            settings = new WorkstationSettings(dataFolder);
            // no database file yet: the set-up or the demo's preparation follows, not the log-in
            // (the demo copied at launch may already be in place: still its first start)
            firstStart = launch.demoCopiedAtLaunch() || DatabaseChoice.resolve(dataFolder, options.demo(), System.getenv())
                    .embeddedFile().map(Files::notExists).orElse(false);
        } catch (RuntimeException e) {
            failed(stage, Messages.forLocale(Locale.getDefault()),
                    Messages.forLocale(Locale.getDefault()).get("startup.failed", e.getMessage()));
            return;
        }
        Locale locale = options.language().map(Locale::forLanguageTag).or(settings::language).orElse(Locale.getDefault());
        // a style worked out before the bundled font is registered would keep the fallback font
        fonts.join();
        // where the start-up time goes (bench/startup.sh): the toolkit, then what the window waited for
        log().info("JavaFX toolkit up {} ms after launch; fonts ready at {} ms", toolkitUp, sinceLaunch());
        Workbench workbench = new Workbench(stage, launch.executor(), options.demo(), settings, locale, Modules.all());
        workbench.startWhileOpening(launch.opening(), firstStart, launch.demoCopiedAtLaunch() ? Optional.of(launch.copyProgress())
                : Optional.empty(), this::ready,
                text -> failed(stage, workbench.messages(), text));
        ProcessHandle.current().info().startInstant().ifPresent(launched ->
                log().info("Workbench window shown {} ms after launch", Duration.between(launched, Instant.now()).toMillis()));
    }

    /** The database is ready and the workbench past the demo's preparation, if it had one. */
    private void ready() {
        PreparedDatabase prepared = launch.opening().join();
        if (prepared.demoToPrepare() || prepared.services().firstDemoStart()) {
            log().info("Demo database ready {} ms after launch", sinceLaunch());
        }
        if (Boolean.getBoolean("workbench.exitWhenShown")) {
            // for bench/startup.sh and bench/first-start.sh: the window was shown; leave once the
            // database is ready, so it is closed whole, never cut off in a migration
            Platform.runLater(Platform::exit);
        }
    }

    private static void failed(Stage stage, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        if (stage.isShowing()) {
            alert.initOwner(stage);
        }
        alert.setHeaderText(messages.get("app.title"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (launch == null) {
            return;
        }
        try {
            // a database still being opened or migrated is let finish, then closed
            launch.opening().join().services().close();
        } catch (CompletionException failedToOpen) {
            // logged and shown when it failed
        } finally {
            launch.executor().shutdownNow();
        }
    }
}
