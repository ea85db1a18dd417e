package com.fours.workbench.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.db.DatabaseSettings;

/** The files a backup or a restore handles: taking the database out of a zip, sizes, tidying scratch folders. */
final class BackupFiles {

    private static final Logger log = LoggerFactory.getLogger(BackupFiles.class);

    private BackupFiles() {
    }

    /** The settings that open the H2 file {@code file} ({@code name.mv.db}) as an embedded database. */
    static DatabaseSettings embeddedSettings(Path file) {
        String name = file.getFileName().toString();
        return DatabaseSettings.embedded(file.getParent(), name.substring(0, name.length() - ".mv.db".length()));
    }

    /** Takes the one database file out of a backup zip; no other entry, no path inside the zip, is followed. */
    static Path unzipDatabase(Path zip, Path into) {
        try {
            Files.createDirectories(into);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = Path.of(entry.getName()).getFileName().toString();
                    if (!entry.isDirectory() && name.endsWith(".mv.db")) {
                        Path target = into.resolve(name);
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        return target;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BackupCheck.Failed(BackupFailure.OPEN, "cannot read " + zip.getFileName() + ": " + e, e);
        }
        throw new BackupCheck.Failed(BackupFailure.OPEN, zip.getFileName() + " holds no database file", null);
    }

    static Long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(BackupFiles::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot delete {}", folder, e);
        }
        Path parent = folder.getParent();
        try (Stream<Path> left = Files.list(parent)) {
            if (left.findAny().isEmpty() && parent.getFileName().toString().startsWith("backup-check")) {
                Files.deleteIfExists(parent);
            }
        } catch (IOException e) {
            log.debug("Cannot tidy {}", parent, e);
        }
    }
}
