package com.fours.workbench.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** One backup as recorded: when, what started it, the file and its size, and the check's result. */
public record BackupRun(long id, Instant startedAt, Instant finishedAt, BackupTrigger triggerKind, String startedBy,
                        String folder, String fileName, Long sizeBytes, BackupStatus status, String schemaVersion,
                        String checks, BackupFailure failureKind, String failureDetail) {

    public Path file() {
        return fileName == null ? null : Path.of(folder).resolve(fileName);
    }

    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }
}
