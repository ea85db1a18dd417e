package com.fours.workbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fours.workbench.app.AppServices;

/**
 * H2 store files made once per test JVM and copied for each test class that wants the same store
 * (decision 0094): the demo filled at a given instant is the same database every time (its seed
 * and its clock are fixed), so the second class on gets a copy of the first one's file instead of
 * Flyway and the fill again. The copy is a real H2 file the test opens, migrates (nothing left to
 * run) and changes as its own.
 */
public final class StoreImages {

    private static final Map<String, Path> IMAGES = new ConcurrentHashMap<>();

    private StoreImages() {
    }

    /**
     * Copies into {@code folder} the H2 files ({@code *.mv.db}, in the same sub-folders) that
     * {@code make} left in a folder of its own, made the first time {@code key} is asked for.
     * {@code make} must close its store: a closed H2 file is whole and may be copied.
     */
    public static void copyInto(Path folder, String key, Consumer<Path> make) {
        Path image = IMAGES.computeIfAbsent(key, k -> made(make));
        try (Stream<Path> files = Files.walk(image)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList()) {
                Path target = folder.resolve(image.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo store filled at {@code clock}'s instant, opened on {@code clock} in {@code dataFolder}:
     * a copy of this JVM's image of that fill, so the demo-data tests and the UI tests of one run
     * fill the demo once between them instead of once each (decision 0115). The fill depends on
     * nothing else (its seed is fixed, its days counted from the clock), so the copy is the store a
     * fill of its own would have made; {@code demo/DemoDatabaseTest} still fills an empty file.
     */
    public static AppServices demo(Path dataFolder, MutableClock clock) {
        Instant instant = clock.instant();
        ZoneId zone = clock.getZone();
        copyInto(dataFolder, "demo " + instant + " " + zone,
                image -> AppServices.open(image, true, new MutableClock(instant, zone)).close());
        return AppServices.open(dataFolder, true, clock);
    }

    private static Path made(Consumer<Path> make) {
        try {
            Path image = Files.createTempDirectory("store-image-");
            make.accept(image);
            deleteOnExit(image);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteOnExit(Path image) throws IOException {
        // deleted in reverse order of registration: the folders after the files in them
        try (Stream<Path> files = Files.walk(image)) {
            List<Path> all = files.toList();
            all.forEach(f -> f.toFile().deleteOnExit());
        }
    }
}
