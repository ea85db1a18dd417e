package com.fours.workbench.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fours.workbench.security.PasswordHasher;

/**
 * Starts a class's {@code main} in a separate JVM with this test run's class path, as a second
 * process (a killed workbench, another workstation) rather than a thread of the test.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The test class path: Surefire's own (its booter jar hides it), else this JVM's. */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /**
     * Starts {@code mainClass} with {@code args}; its standard output and error go to {@code log}
     * (appended), so a failing child can be read after it has gone.
     */
    public static Process start(Class<?> mainClass, Path log, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        // a child of the suite hashes the passwords it sets as cheaply as the suite does (decision 0094)
        String iterations = System.getProperty(PasswordHasher.TEST_ITERATIONS_PROPERTY);
        if (iterations != null) {
            command.add("-D" + PasswordHasher.TEST_ITERATIONS_PROPERTY + "=" + iterations);
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    /** Kills the process as a crash or a power button would: no shutdown hooks, no flush. */
    public static void killHard(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
