package com.fours.workbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.DataFolder;

/** The JavaFX application: opens the database off the UI thread, then shows the workbench. */
public final class WorkbenchApp extends Application {

    /** The database being opened while the JavaFX toolkit starts, from {@link #prepare}; null when launched otherwise. */
    private static volatile CompletableFuture<Prepared> early;

    private CompletableFuture<Prepared> opening;
    private CompletableFuture<Void> fonts;
    private long toolkitUp;
    private StartupOptions options;
    private WorkstationSettings settings;
    private AppServices services;
    private Exception startupFailure;
    private boolean demoToPrepare;

    /** What the window needs: the options, the settings, the open database and whether the demo is still empty, or why not. */
    private record Prepared(StartupOptions options, WorkstationSettings settings, AppServices services,
                            boolean demoToPrepare, Exception failure) {
    }

    /**
     * Not a static field: the first logger configures Logback (a second and more on a busy PC),
     * which {@link #prepare} leaves to the thread that opens the database, beside the toolkit's start.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(WorkbenchApp.class);
    }

    /**
     * Starts opening the database (Flyway's check included) before the JavaFX toolkit starts, so the
     * two overlap: they took about the same time one after the other (decision 0070). Logback is set
     * up on that thread too, by the first line it logs (decision 0078).
     */
    static void prepare(String[] args) {
        List<String> raw = List.of(args);
        early = CompletableFuture.supplyAsync(() -> open(raw));
    }

    private static Prepared open(List<String> raw) {
        StartupOptions options = null;
        WorkstationSettings settings = null;
        try {
            options = StartupOptions.parse(raw);
            Path dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            settings = new WorkstationSettings(dataFolder);
            // an empty demo database is filled once the window shows, which says so meanwhile
            AppServices services = AppServices.open(dataFolder, options.demo(), Clock.systemDefaultZone(), false);
            if (!options.demo()) {
                services.backupScheduler().start();
            }
            boolean demoToPrepare = options.demo() && services.demoSeeder().isEmpty();
            if (!demoToPrepare) {
                // the first reads through Jdbi's SQL objects load their machinery (hundreds of
                // classes): the log-in screen's two reads happen here, beside the toolkit's start,
                // so the UI thread finds it loaded (decision 0078)
                services.setup().isNeeded();
                services.storeProfiles().find();
            }
            return new Prepared(options, settings, services, demoToPrepare, null);
        } catch (Exception e) {
            log().error("The workbench could not start", e);
            return new Prepared(options, settings, null, false, e);
        }
    }

    @Override
    public void init() {
        toolkitUp = sinceLaunch();
        opening = early != null ? early : CompletableFuture.supplyAsync(() -> open(getParameters().getRaw()));
        // the fonts are 20 MB to parse: load them while the database opens
        fonts = CompletableFuture.runAsync(Theme::loadFonts);
    }

    /**
     * On the UI thread while the database still opens: the stylesheets parsed and the log-in
     * screen's kinds of control styled once, then what {@link #start} waits for.
     */
    private void awaitPrepared() {
        Theme.applyUserAgentStylesheet();
        // a style worked out before the bundled font is registered would keep the fallback font
        fonts.join();
        Theme.warmUp();
        Prepared prepared = opening.join();
        options = prepared.options();
        settings = prepared.settings();
        services = prepared.services();
        startupFailure = prepared.failure();
        demoToPrepare = prepared.demoToPrepare();
        // where the start-up time goes (bench/startup.sh): the toolkit, then what the window waited for
        log().info("JavaFX toolkit up {} ms after launch; database and fonts ready at {} ms", toolkitUp, sinceLaunch());
    }

    private static long sinceLaunch() {
        return ProcessHandle.current().info().startInstant()
                .map(launched -> Duration.between(launched, Instant.now()).toMillis()).orElse(-1L);
    }

    @Override
    public void start(Stage stage) {
        awaitPrepared();
        Locale locale = options == null ? Locale.getDefault() : options.language().map(Locale::forLanguageTag)
                .or(() -> settings.language()).orElse(Locale.getDefault());
        if (startupFailure != null) {
            Messages messages = Messages.forLocale(locale);
            String reason = startupFailure instanceof BusinessRuleException refusal ? messages.of(refusal)
                    : startupFailure.getMessage();
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("startup.failed", reason));
            alert.setHeaderText(messages.get("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        Workbench workbench = new Workbench(stage, services, settings, locale, Modules.all());
        if (demoToPrepare) {
            workbench.startPreparingDemo(() -> {
                ProcessHandle.current().info().startInstant().ifPresent(launched -> log().info(
                        "Demo database ready {} ms after launch", Duration.between(launched, Instant.now()).toMillis()));
                if (Boolean.getBoolean("workbench.exitWhenShown")) {
                    Platform.runLater(Platform::exit); // for bench/first-start.sh and startup.sh's first run
                }
            });
        } else {
            workbench.start();
        }
        ProcessHandle.current().info().startInstant().ifPresent(launched ->
                log().info("Workbench window shown {} ms after launch", Duration.between(launched, Instant.now()).toMillis()));
        if (Boolean.getBoolean("workbench.exitWhenShown") && !demoToPrepare) {
            Platform.runLater(Platform::exit); // for bench/startup.sh
        }
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
