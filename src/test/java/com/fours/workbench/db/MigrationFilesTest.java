package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0130: the digest a first start compares with the demo template's, to skip Flyway's check.
 * It must change with any migration changed, added or renamed, and be the same in a folder (the
 * build's classes) and in a jar (an installed workbench).
 */
class MigrationFilesTest {

    @TempDir
    Path folder;

    @Test
    void theSameMigrationsInAFolderAndInAJarHaveOneDigest() throws IOException {
        Path classes = migrations("classes", "CREATE TABLE a (id INT);");
        Path jar = jar(classes);
        Optional<String> inFolder = digest(classes);
        assertThat(inFolder).isPresent();
        assertThat(digest(jar)).isEqualTo(inFolder);
    }

    @Test
    void aMigrationChangedAddedOrRenamedChangesTheDigest() throws IOException {
        Optional<String> before = digest(migrations("before", "CREATE TABLE a (id INT);"));
        assertThat(digest(migrations("changed", "CREATE TABLE a (id BIGINT);"))).isNotEqualTo(before);
        Path added = migrations("added", "CREATE TABLE a (id INT);");
        Files.writeString(added.resolve("db/migration/V3__c.sql"), "SELECT 1;");
        assertThat(digest(added)).isNotEqualTo(before);
        Path renamed = migrations("renamed", "CREATE TABLE a (id INT);");
        Files.move(renamed.resolve("db/migration/V2__b.sql"), renamed.resolve("db/migration/V2__bb.sql"));
        assertThat(digest(renamed)).isNotEqualTo(before);
        assertThat(digest(migrations("again", "CREATE TABLE a (id INT);"))).isEqualTo(before);
    }

    /** The vendor folder's migrations (the change feed's H2 triggers) count too; PostgreSQL's do not. */
    @Test
    void theH2VendorMigrationsCountAndPostgresqlsDoNot() throws IOException {
        Optional<String> before = digest(migrations("vendor-before", "CREATE TABLE a (id INT);"));
        Path h2 = migrations("vendor-h2", "CREATE TABLE a (id INT);");
        Files.writeString(h2.resolve("db/vendor/h2/V20_1__t.sql"), "-- changed");
        assertThat(digest(h2)).isNotEqualTo(before);
        Path postgresql = migrations("vendor-pg", "CREATE TABLE a (id INT);");
        Files.createDirectories(postgresql.resolve("db/vendor/postgresql"));
        Files.writeString(postgresql.resolve("db/vendor/postgresql/V20_1__t.sql"), "-- PostgreSQL's");
        assertThat(digest(postgresql)).isEqualTo(before);
    }

    @Test
    void noMigrationsHaveNoDigest() throws IOException {
        Files.createDirectories(folder.resolve("empty"));
        assertThat(digest(folder.resolve("empty"))).isEmpty();
    }

    /** This build's class path has its migrations. */
    @Test
    void theWorkbenchsOwnMigrationsHaveADigest() {
        assertThat(MigrationFiles.digest()).isPresent().get().asString().hasSize(64);
    }

    private Path migrations(String name, String v2) throws IOException {
        Path root = folder.resolve(name);
        Files.createDirectories(root.resolve("db/migration"));
        Files.createDirectories(root.resolve("db/vendor/h2"));
        Files.writeString(root.resolve("db/migration/V1__a.sql"), "CREATE TABLE z (id INT);");
        Files.writeString(root.resolve("db/migration/V2__b.sql"), v2);
        Files.writeString(root.resolve("db/vendor/h2/V20_1__t.sql"), "-- H2's triggers");
        return root;
    }

    private Path jar(Path classes) throws IOException {
        Path jar = folder.resolve(classes.getFileName() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Optional<String> digest(Path root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return MigrationFiles.digest(loader);
        }
    }
}
