package com.fours.workbench.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            LOG.info("Compiled {} report(s) into {}", compiled.size(), args[1]);
        } catch (ReportCompilationException e) {
            LOG.error(e.getMessage(), e.getCause());
            System.exit(1);
        }
    }

    /**
     * Compiles every {@code *.jrxml} directly inside {@code sourceDir} into {@code outputDir}.
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
        for (Path source : sources) {
            written.add(compile(source, outputDir));
        }
        return written;
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
        String name = fileName.substring(0, fileName.length() - SOURCE_SUFFIX.length());
        Path target = outputDir.resolve(name + COMPILED_SUFFIX);
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
