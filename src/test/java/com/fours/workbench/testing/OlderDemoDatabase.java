package com.fours.workbench.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;

/**
 * The demo database as the previous release (main at dbecd11, schema version 19) wrote it: seeded
 * by that release's own code on 27 November 2026, 10:00 Shanghai, compacted and zipped into
 * {@code src/test/resources/backup/demo-dbecd11.zip} (see decision 55). Unpacked into a folder it
 * is a real store's file with customers, bills, certificates and six months of stock.
 */
public final class OlderDemoDatabase {

    public static final String RESOURCE = "/backup/demo-dbecd11.zip";
    public static final String SCHEMA_VERSION = "19";

    private OlderDemoDatabase() {
    }

    /** Writes {@code workbench.mv.db} of the older release into {@code folder}. */
    public static Path unpackInto(Path folder) {
        try (InputStream resource = OlderDemoDatabase.class.getResourceAsStream(RESOURCE);
             ZipInputStream zip = new ZipInputStream(resource)) {
            Files.createDirectories(folder);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("workbench.mv.db")) {
                    Path file = folder.resolve("workbench.mv.db");
                    Files.copy(zip, file);
                    return file;
                }
            }
            throw new IllegalStateException(RESOURCE + " holds no workbench.mv.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The older demo, unpacked into {@code folder} and opened (so migrated) by this release as a store's database. */
    public static AppServices open(Path folder, MutableClock clock) {
        unpackInto(folder);
        return AppServices.open(DatabaseSettings.embedded(folder, "workbench"), false, folder, clock);
    }
}
