package com.fours.workbench.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The embedded database's migrations as this class path holds them, as one digest (decision 0130): the
 * demo template records the digest of the migrations that made it, and a first start whose migrations
 * have the same digest opens the copy without Flyway's check of every migration (most of a second of
 * the first start). Found as Flyway finds them, in {@code db/migration} and {@code db/vendor/h2}, in a
 * folder (the build's classes) or a jar (an installed workbench).
 */
public final class MigrationFiles {

    /** Where the H2 database's migrations are (Database.migrationLocations for H2). */
    static final List<String> FOLDERS = List.of("db/migration", "db/vendor/h2");

    private MigrationFiles() {
    }

    /**
     * SHA-256 over each migration's path and bytes, in the order of their paths; empty when a folder
     * is somewhere this cannot list (then Flyway checks, as it always did).
     */
    public static Optional<String> digest(ClassLoader loader) {
        TreeSet<String> paths = new TreeSet<>();
        try {
            for (String folder : FOLDERS) {
                for (URL root : Collections.list(loader.getResources(folder))) {
                    Optional<List<String>> names = names(root, folder);
                    if (names.isEmpty()) {
                        return Optional.empty();
                    }
                    names.get().forEach(name -> paths.add(folder + "/" + name));
                }
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String path : paths) {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = loader.getResourceAsStream(path)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    digest.update(in.readAllBytes());
                }
                digest.update((byte) 0);
            }
            return paths.isEmpty() ? Optional.empty() : Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("The migrations cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<String> digest() {
        return digest(MigrationFiles.class.getClassLoader());
    }

    /** The SQL files directly in {@code folder} at {@code root}; empty for a kind of location not known here. */
    private static Optional<List<String>> names(URL root, String folder) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    return Optional.of(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".sql")).toList());
                } catch (URISyntaxException e) {
                    return Optional.empty();
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    return Optional.of(jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(prefix) && n.endsWith(".sql") && n.indexOf('/', prefix.length()) < 0)
                            .map(n -> n.substring(prefix.length())).toList());
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
