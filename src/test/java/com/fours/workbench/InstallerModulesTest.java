package com.fours.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The installers link a runtime of the modules they list (installer/build-linux.sh, build-windows.ps1):
 * a class of the workbench that needs a module not in it fails on an installed PC only, never under
 * Maven, whose JDK has every module. The demo's first start did so (com.sun.management, in
 * jdk.management; decision 0130). jdeps reads what the workbench's own classes need.
 */
class InstallerModulesTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyModuleTheWorkbenchsClassesNeedIsLinkedByBothInstallers() throws IOException {
        Set<String> needed = needed();
        assertThat(needed).as("jdeps found the workbench's modules").contains("java.base", "java.sql");
        needed.remove("java.base");
        assertThat(linux()).as("installer/build-linux.sh's modules").containsAll(needed);
        assertThat(windows()).as("installer/build-windows.ps1's modules").containsAll(needed);
    }

    @Test
    void bothInstallersLinkTheSameModules() throws IOException {
        assertThat(windows()).isEqualTo(linux());
    }

    /** What the classes need from the JDK, as jdeps prints it (JavaFX's modules come from the jars). */
    private static Set<String> needed() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--ignore-missing-deps", "--multi-release", "17",
                "--print-module-deps", CLASSES.toString());
        assertThat(exit).as("jdeps: %s", err).isZero();
        return new LinkedHashSet<>(Arrays.asList(out.toString().strip().split(",")));
    }

    private static Set<String> linux() throws IOException {
        String script = Files.readString(Path.of("installer", "build-linux.sh"));
        Set<String> modules = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^modules\\+?=\"([^\"]*)\"").matcher(script);
        while (m.find()) {
            Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(modules::add);
        }
        return modules;
    }

    private static Set<String> windows() throws IOException {
        String script = Files.readString(Path.of("installer", "build-windows.ps1"));
        Matcher block = Pattern.compile("(?s)\\$Modules = @\\((.*?)\\) -join").matcher(script);
        assertThat(block.find()).as("build-windows.ps1 lists $Modules").isTrue();
        Set<String> modules = new LinkedHashSet<>();
        Matcher m = Pattern.compile("'([^']+)'").matcher(block.group(1));
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }
}
