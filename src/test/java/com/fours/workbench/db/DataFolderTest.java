package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/lina");

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        assertThat(DataFolder.resolve(Optional.of(Path.of("/srv/bench")), Map.of("WORKBENCH_DATA_DIR", "/env/bench"),
                "Linux", HOME)).isEqualTo(Path.of("/srv/bench"));
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("WORKBENCH_DATA_DIR", " /env/bench "), "Linux", HOME))
                .isEqualTo(Path.of("/env/bench"));
    }

    @Test
    void theDefaultIsTheUsersDataFolderOfTheSystem() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/lina/.local/share/4s-workbench"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/4s-workbench"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("APPDATA", "C:\\Users\\lina\\AppData\\Roaming"),
                "Windows 11", HOME).toString()).endsWith("4S Workbench");
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/lina/Library/Application Support/4S Workbench"));
    }
}
