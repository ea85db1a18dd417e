package com.fours.workbench.backup;

import java.nio.file.Path;

/** A backup copied into a new folder and checked, waiting for the user's confirmation to be switched to. */
public record RestorePrepared(Path backupFile, Path folder, String schemaVersion, String checks) {
}
