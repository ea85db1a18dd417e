package com.fours.workbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private StartupOptions options;
    private WorkstationSettings settings;
    private AppServices services;
    private Exception startupFailure;
    private boolean demoToPrepare;

    @Override
    public void init() {
        try {
            options = StartupOptions.parse(getParameters().getRaw());
            Path dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            settings = new WorkstationSettings(dataFolder);
            // the fonts are 20 MB to parse: load them while the database opens
            CompletableFuture<Void> fonts = CompletableFuture.runAsync(Theme::loadFonts);
            // an empty demo database is filled once the window shows, which says so meanwhile
            services = AppServices.open(dataFolder, options.demo(), Clock.systemDefaultZone(), false);
            demoToPrepare = options.demo() && services.demoSeeder().isEmpty();
            if (!options.demo()) {
                services.backupScheduler().start();
            }
            fonts.join();
        } catch (Exception e) {
            log.error("The workbench could not start", e);
            startupFailure = e;
        }
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
