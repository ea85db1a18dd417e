package com.fours.workbench.backup;

import java.nio.file.Path;
import java.time.LocalTime;

/** Where backups go, when the daily one runs, and how many the rotation keeps of each kind. */
public record BackupSettings(Path folder, boolean defaultFolder, LocalTime dailyAt, int keepDaily, int keepWeekly,
                             int keepMonthly) {
}
