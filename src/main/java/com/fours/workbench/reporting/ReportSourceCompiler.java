package com.fours.workbench.reporting;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code *.jrxml} of a folder into {@code <name>.jasper} at build time. A packaged
 * runtime has no Java compiler, so reports must never be compiled while the application runs.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, phase {@code process-classes}) in a forked JVM:
 * {@code ReportSourceCompiler <source dir> <output dir>}. A broken report stops the build with a
 * message naming the file.
 */
public final class ReportSourceCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSourceCompiler.class);
    private static final String SOURCE_SUFFIX = ".jrxml";
    private static final String COMPILED_SUFFIX = ".jasper";

    private ReportSourceCompiler() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            LOG.error("Usage: ReportSourceCompiler <folder of .jrxml sources> <output folder for .jasper files>");
            System.exit(2);
        }
        try {
            List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
            LOG.info("{} report(s) ready in {}", compiled.size(), args[1]);
        } catch (ReportCompilationException e) {
            LOG.error(e.getMessage(), e.getCause());
            System.exit(1);
        }
    }

    /**
     * Compiles every {@code *.jrxml} directly inside {@code sourceDir} into {@code outputDir}, skipping
     * those already compiled, and removes compiled reports whose source is gone.
     *
     * @return the written {@code .jasper} files, sorted by name
     * @throws ReportCompilationException naming the first report that does not compile
     */
    public static List<Path> compileAll(Path sourceDir, Path outputDir) {
        List<Path> sources = sources(sourceDir);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new ReportCompilationException("Cannot create the report output folder " + outputDir, e);
        }
        removeOrphans(sources, outputDir);
        for (Path source : sources) {
            Path target = targetFor(source, outputDir);
            if (upToDate(source, target)) {
                LOG.debug("Report {} is up to date", source.getFileName());
                written.add(target);
            } else {
                written.add(compile(source, outputDir));
            }
        }
        return written;
    }

    /**
     * A compiled report is kept when it is newer than its source and than the JasperReports library
     * (compiled reports are tied to the library version), so an ordinary build does not recompile
     * every report.
     */
    private static boolean upToDate(Path source, Path target) {
        try {
            if (!Files.isRegularFile(target)) {
                return false;
            }
            FileTime compiled = Files.getLastModifiedTime(target);
            return compiled.compareTo(Files.getLastModifiedTime(source)) > 0
                    && LIBRARY_TIME.map(library -> compiled.compareTo(library) > 0).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /** A .jasper whose source was renamed or removed would otherwise ship forever. */
    private static void removeOrphans(List<Path> sources, Path outputDir) {
        Set<Path> expected = new HashSet<>();
        sources.forEach(source -> expected.add(targetFor(source, outputDir)));
        try (Stream<Path> files = Files.list(outputDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(COMPILED_SUFFIX)).toList()) {
                if (!expected.contains(file)) {
                    Files.delete(file);
                    LOG.info("Removed {}: its source is gone", file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new ReportCompilationException("Cannot tidy the report output folder " + outputDir, e);
        }
    }

    private static Path targetFor(Path source, Path outputDir) {
        String fileName = source.getFileName().toString();
        return outputDir.resolve(fileName.substring(0, fileName.length() - SOURCE_SUFFIX.length()) + COMPILED_SUFFIX);
    }

    /** When the JasperReports jar on the class path was last modified, if it can be told. */
    private static final Optional<FileTime> LIBRARY_TIME = libraryTime();

    private static Optional<FileTime> libraryTime() {
        try {
            CodeSource code = JasperCompileManager.class.getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Files.getLastModifiedTime(Path.of(code.getLocation().toURI())));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code *.jrxml} files directly inside {@code sourceDir}, sorted by name. */
    public static List<Path> sources(Path sourceDir) {
        if (!Files.isDirectory(sourceDir)) {
            throw new ReportCompilationException("Report source folder not found: " + sourceDir, null);
        }
        try (Stream<Path> files = Files.list(sourceDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SOURCE_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ReportCompilationException("Cannot list report sources in " + sourceDir, e);
        }
    }

    /** Compiles one report source into {@code outputDir/<name>.jasper}. */
    public static Path compile(Path source, Path outputDir) {
        String fileName = source.getFileName().toString();
        Path target = targetFor(source, outputDir);
        long started = System.nanoTime();
        try {
            JasperCompileManager.compileReportToFile(source.toString(), target.toString());
        } catch (JRException | RuntimeException e) {
            throw new ReportCompilationException("Report " + source + " does not compile: " + e.getMessage(), e);
        }
        LOG.info("Compiled report {} in {} ms", fileName, (System.nanoTime() - started) / 1_000_000);
        return target;
    }

    /** A report source could not be compiled; the message names the file. */
    public static final class ReportCompilationException extends RuntimeException {
        ReportCompilationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
