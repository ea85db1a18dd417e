package com.fours.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.db.DatabaseChoice;

/**
 * Decision 0108: only the demo's first start with a template in the build copies it at launch, beside
 * the toolkit; every other start opens its database once the window is shown (decision 0093).
 */
class DemoCopiedAtLaunchTest {

    @TempDir
    Path dataFolder;

    @Test
    void onlyTheDemosFirstStartWithATemplateCopiesItAtLaunch() throws Exception {
        List<String> demo = List.of("--demo", "--data-dir=" + dataFolder);
        assertThat(WorkbenchApp.copiesDemoAtLaunch(demo, true)).as("no demo file yet").isTrue();
        assertThat(WorkbenchApp.copiesDemoAtLaunch(demo, false)).as("no template: the window fills it").isFalse();
        assertThat(WorkbenchApp.copiesDemoAtLaunch(List.of("--data-dir=" + dataFolder), true))
                .as("the store's own database").isFalse();
        assertThat(WorkbenchApp.copiesDemoAtLaunch(List.of("--demo", "--no-such-option"), true))
                .as("bad arguments are the start's own steps to refuse").isFalse();

        Path file = DatabaseChoice.resolve(dataFolder, true, System.getenv()).embeddedFile().orElseThrow();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        assertThat(WorkbenchApp.copiesDemoAtLaunch(demo, true)).as("a later start of the demo").isFalse();

        // decision 0116: the copy is moved in place; a copy cut off (its marker left) is made again
        Files.writeString(file.resolveSibling(file.getFileName() + ".copying"), "2026-12-01");
        assertThat(WorkbenchApp.copiesDemoAtLaunch(demo, true)).as("a copy cut off by a crash").isTrue();
    }
}
