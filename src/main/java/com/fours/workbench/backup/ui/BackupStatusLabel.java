package com.fours.workbench.backup.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import atlantafx.base.theme.Styles;

import com.fours.workbench.backup.BackupMethod;
import com.fours.workbench.backup.BackupRun;
import com.fours.workbench.backup.BackupRunner;
import com.fours.workbench.backup.BackupSettingsService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.Background;

/**
 * The age of the last good backup, for the status bar: red when it is older than two days or
 * there is none. Read again every minute and after each backup, while it is on screen.
 */
public final class BackupStatusLabel {

    static final java.time.Duration STALE = java.time.Duration.ofDays(2);

    private BackupStatusLabel() {
    }

    public static Label create(BackupRunner backups, BackupSettingsService settings, Messages messages, Background background, Clock clock) {
        Label label = new Label();
        label.setId("statusBackup");
        label.setGraphic(new FontIcon(Material2OutlinedAL.BACKUP));
        Runnable refresh = () -> background.run(() -> new State(settings.method(), backups.lastGood()),
                state -> show(label, state, messages, clock), failure -> label.setText(""));
        Consumer<BackupRun> onRun = run -> Platform.runLater(refresh);
        Timeline everyMinute = new Timeline(new KeyFrame(Duration.minutes(1), e -> refresh.run()));
        everyMinute.setCycleCount(Timeline.INDEFINITE);
        // on screen means in a window that shows: a closed main window keeps its scene, not its timer
        label.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((obs, was, showing) -> {
                    if (showing) {
                        backups.addRunListener(onRun);
                        everyMinute.play();
                        refresh.run();
                    } else {
                        backups.removeRunListener(onRun);
                        everyMinute.stop();
                    }
                });
        return label;
    }

    private record State(BackupMethod method, Optional<BackupRun> lastGood) {
    }

    private static void show(Label label, State state, Messages messages, Clock clock) {
        label.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        if (state.lastGood().isEmpty()) {
            boolean byServer = state.method().kind() == BackupMethod.Kind.PG_SERVER
                    || state.method().kind() == BackupMethod.Kind.NONE;
            label.setText(messages.get(byServer ? "backup.status.byServer" : "backup.status.none"));
            label.getStyleClass().add(byServer ? Styles.TEXT_MUTED : Styles.DANGER);
            return;
        }
        java.time.Duration age = java.time.Duration.between(state.lastGood().get().finishedAt(), clock.instant());
        label.setText(messages.get("backup.status.age", ageText(age, messages)));
        if (age.compareTo(STALE) > 0) {
            label.getStyleClass().add(Styles.DANGER);
        }
    }

    static String ageText(java.time.Duration age, Messages messages) {
        if (age.isNegative() || age.toMinutes() < 1) {
            return messages.get("backup.status.justNow");
        }
        if (age.toHours() < 1) {
            return messages.get("backup.status.minutes", age.toMinutes());
        }
        if (age.toDays() < 2) {
            return messages.get("backup.status.hours", age.toHours());
        }
        return messages.get("backup.status.days", age.toDays());
    }
}
