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

    private static final Logger log = LoggerFactory.getLogger(WorkbenchApp.class);

    /** The database being opened while the JavaFX toolkit starts, from {@link #prepare}; null when launched otherwise. */
    private static volatile CompletableFuture<Prepared> early;

    private StartupOptions options;
    private WorkstationSettings settings;
    private AppServices services;
    private Exception startupFailure;
    private boolean demoToPrepare;

    /** What {@link #init} needs before the window: the options, the settings and the open database, or why not. */
    private record Prepared(StartupOptions options, WorkstationSettings settings, AppServices services, Exception failure) {
    }

    /**
     * Starts opening the database (Flyway's check included) before the JavaFX toolkit starts, so the
     * two overlap: they took about the same time one after the other (decision 0070).
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
            return new Prepared(options, settings, services, null);
        } catch (Exception e) {
            log.error("The workbench could not start", e);
            return new Prepared(options, settings, null, e);
        }
    }

    @Override
    public void init() {
        long toolkitUp = sinceLaunch();
        CompletableFuture<Prepared> opening = early != null ? early
                : CompletableFuture.supplyAsync(() -> open(getParameters().getRaw()));
        // the fonts are 20 MB to parse: load them while the database opens
        CompletableFuture<Void> fonts = CompletableFuture.runAsync(Theme::loadFonts);
        Prepared prepared = opening.join();
        options = prepared.options();
        settings = prepared.settings();
        services = prepared.services();
        startupFailure = prepared.failure();
        demoToPrepare = services != null && options.demo() && services.demoSeeder().isEmpty();
        fonts.join();
        // where the start-up time goes (bench/startup.sh): the toolkit, then what init waited for
        log.info("JavaFX toolkit up {} ms after launch; database and fonts ready at {} ms", toolkitUp, sinceLaunch());
    }

    private static long sinceLaunch() {
        return ProcessHandle.current().info().startInstant()
                .map(launched -> Duration.between(launched, Instant.now()).toMillis()).orElse(-1L);
    }

    @Override
    public void start(Stage stage) {
        Theme.applyUserAgentStylesheet();
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
                ProcessHandle.current().info().startInstant().ifPresent(launched -> log.info(
                        "Demo database ready {} ms after launch", Duration.between(launched, Instant.now()).toMillis()));
                if (Boolean.getBoolean("workbench.exitWhenShown")) {
                    Platform.runLater(Platform::exit); // for bench/first-start.sh and startup.sh's first run
                }
            });
        } else {
            workbench.start();
        }
        ProcessHandle.current().info().startInstant().ifPresent(launched ->
                log.info("Workbench window shown {} ms after launch", Duration.between(launched, Instant.now()).toMillis()));
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
