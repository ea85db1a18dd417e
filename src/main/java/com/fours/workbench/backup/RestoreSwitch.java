package com.fours.workbench.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switch to a restored database, done at the next start before the database is opened: the
 * current file goes aside into {@code before-restore-<time>/}, the checked copy takes its place.
 * Until then a marker file beside the database says which prepared copy to use; a locked database
 * (H2's lock file present: open in another workbench) is not switched, the restore waits.
 */
public final class RestoreSwitch {

    private static final Logger log = LoggerFactory.getLogger(RestoreSwitch.class);
    static final String MARKER = "restore-pending.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A confirmed restore waiting for the next start. */
    public record Pending(Path preparedFolder, String backupFile, String confirmedBy, String confirmedAt) {
    }

    /** A switch done at start-up: where the replaced database was put, and what replaced it. */
    public record Switched(Path keptAside, String backupFile, String confirmedBy, String confirmedAt) {
    }

    private RestoreSwitch() {
    }

    static void writePending(Path databaseFile, Pending pending) {
        Properties p = new Properties();
        p.setProperty("prepared", pending.preparedFolder().getFileName().toString());
        p.setProperty("backup", pending.backupFile());
        p.setProperty("confirmedBy", pending.confirmedBy());
        p.setProperty("confirmedAt", pending.confirmedAt());
        Path marker = databaseFile.resolveSibling(MARKER);
        try (Writer out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            p.store(out, "A restored database to switch to at the next start of the workbench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Pending> pending(Path databaseFile) {
        Path marker = databaseFile.resolveSibling(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prepared = p.getProperty("prepared", "");
        if (prepared.isBlank() || prepared.contains("/") || prepared.contains("\\") || prepared.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(new Pending(databaseFile.resolveSibling(prepared), p.getProperty("backup", ""),
                p.getProperty("confirmedBy", ""), p.getProperty("confirmedAt", "")));
    }

    static void clearPending(Path databaseFile) {
        try {
            Files.deleteIfExists(databaseFile.resolveSibling(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Switches to the confirmed restored copy, if there is one; call before the database is
     * opened. A copy that has gone missing leaves everything as it is and drops the marker.
     */
    public static Optional<Switched> applyPending(Path databaseFile, LocalDateTime now) {
        Optional<Pending> found = pending(databaseFile);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Pending pending = found.get();
        String fileName = databaseFile.getFileName().toString();
        Path restored = pending.preparedFolder().resolve(fileName);
        if (!Files.isRegularFile(restored)) {
            log.warn("The restored database {} is gone; the restore is dropped", restored);
            clearPending(databaseFile);
            return Optional.empty();
        }
        String base = fileName.substring(0, fileName.length() - ".mv.db".length());
        if (Files.exists(databaseFile.resolveSibling(base + ".lock.db"))) {
            // another workbench has it open, or one was killed and left its lock: start on the current
            // data this time; a clean close removes the lock and the next start switches
            log.warn("The database {} is locked (open in another workbench?); the restore waits for the next start",
                    databaseFile);
            return Optional.empty();
        }
        try {
            Path aside = databaseFile.resolveSibling("before-restore-" + STAMP.format(now));
            Files.createDirectories(aside);
            for (String sibling : new String[] {fileName, base + ".trace.db"}) {
                Path file = databaseFile.resolveSibling(sibling);
                if (Files.exists(file)) {
                    Files.move(file, aside.resolve(sibling));
                }
            }
            Files.move(restored, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(pending.preparedFolder().resolve(base + ".trace.db"));
            Files.deleteIfExists(pending.preparedFolder());
            clearPending(databaseFile);
            log.info("Switched to the restored database from {}; the replaced one is in {}", pending.backupFile(), aside);
            return Optional.of(new Switched(aside, pending.backupFile(), pending.confirmedBy(), pending.confirmedAt()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch to the restored database " + restored, e);
        }
    }
}
