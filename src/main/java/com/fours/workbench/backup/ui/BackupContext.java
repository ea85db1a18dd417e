package com.fours.workbench.backup.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.backup.BackupRunner;
import com.fours.workbench.backup.BackupSettingsService;
import com.fours.workbench.backup.RestoreService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the backup screen needs: the service (reached only through the view model), the workbench
 * around it, and how to close the workbench so the next start switches to restored data.
 */
public record BackupContext(BackupSettingsService settings, BackupRunner backups, RestoreService restores,
                            Session session, Clock clock, Messages messages, Background background, ErrorReporter errors,
                            Window window, Runnable exitWorkbench) {

    /** Only to show or hide a button; the service checks the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    /** How the screens of this tab show a step that failed. */
    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
