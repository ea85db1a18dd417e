package com.fours.workbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.db.DatabaseChoice;
import com.fours.workbench.db.DemoTemplate;

/**
 * The build's step that fills a demo database through the real contributors and packs its H2 file
 * into the classes as the demo template (decisions 0085, 0091), run forked by exec-maven-plugin in process-classes:
 * {@code DemoTemplateBuild <classes folder> <stamp file> <force>}. Skipped when the stamp holds the
 * hash of its inputs (the migrations, the demo's and the database's classes, the demo's wiring) and
 * the template is there; {@code force} true (mvn -Ddemo.template.force=true) builds it anyway.
 */
public final class DemoTemplateBuild {

    private static final Logger log = LoggerFactory.getLogger(DemoTemplateBuild.class);
    /** What the demo's rows depend on, under the classes folder. */
    private static final List<String> INPUTS = List.of("db/migration", "db/vendor/h2", "com/fours/workbench/demo",
            "com/fours/workbench/db", "com/fours/workbench/app/DemoStoreSeeder.class",
            "com/fours/workbench/app/DemoTemplateBuild.class");

    private DemoTemplateBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path stamp = Path.of(args[1]);
        boolean force = args.length > 2 && Boolean.parseBoolean(args[2]);
        Path template = classes.resolve(DemoTemplate.RESOURCE.substring(1));
        String hash = hash(classes);
        if (!force && Files.exists(template) && Files.exists(classes.resolve(DemoTemplate.HEADER.substring(1)))
                && Files.exists(stamp) && Files.readString(stamp).strip().equals(hash)) {
            log.info("Demo template up to date ({})", template);
            return;
        }
        long started = System.nanoTime();
        // filled on today's date at 10:00 in the store's zone; a copy moves it to the day it is copied on
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock clock = Clock.fixed(LocalDate.now(zone).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(), zone);
        Path folder = Files.createTempDirectory("demo-template");
        try {
            try (AppServices services = AppServices.open(folder, true, clock)) {
                log.info("Demo filled as on {}", LocalDate.now(clock));
            }
            Path database = DatabaseChoice.resolve(folder, true, Map.of()).embeddedFile().orElseThrow();
            DemoTemplate.pack(database, LocalDate.now(clock), zone, classes);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(stamp.toAbsolutePath().getParent());
        Files.writeString(stamp, hash);
        log.info("Demo template written in {} ms: {} ({} KB)", (System.nanoTime() - started) / 1_000_000, template,
                Files.size(template) / 1024);
        // the services' pool threads are daemons, but H2's may not be
        System.exit(0);
    }

    private static String hash(Path classes) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String input : INPUTS) {
            Path root = classes.resolve(input);
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(classes.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
