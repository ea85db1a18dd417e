package com.fours.workbench.backup;

/** A recorded backup and whether its file is still in the folder (the rotation deletes old ones). */
public record BackupListing(BackupRun run, boolean present) {
}
