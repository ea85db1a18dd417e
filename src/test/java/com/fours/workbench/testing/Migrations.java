package com.fours.workbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The migrations this build ships, read from the class path, so a test names the schema without a literal. */
public final class Migrations {

    private static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)*)__.*\\.sql");

    private Migrations() {
    }

    /** The newest migration's version as Flyway writes it ("24", "13.1"). */
    public static String latestVersion() {
        try (Stream<Path> files = Files.list(Path.of(Migrations.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> NAME.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .max(Comparator.comparing(Migrations::parts, Arrays::compare))
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
