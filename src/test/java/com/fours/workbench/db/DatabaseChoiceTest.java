package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseChoiceTest {

    @TempDir
    Path data;

    @Test
    void withoutSettingsItIsTheEmbeddedFileOfTheDataFolder() {
        DatabaseSettings settings = DatabaseChoice.resolve(data, false, Map.of());
        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.description()).isEqualTo(data.toAbsolutePath().resolve("workbench.mv.db").toString());
    }

    @Test
    void aSettingsFileNamesASharedServerAndTheEnvironmentWinsOverIt() throws IOException {
        Files.writeString(data.resolve("database.properties"),
                "url=jdbc:postgresql://10.0.0.5:5432/workbench?ssl=false\nuser=bench\npassword=s3cret\n");
        DatabaseSettings fromFile = DatabaseChoice.resolve(data, false, Map.of());
        assertThat(fromFile.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/workbench?ssl=false");
        assertThat(fromFile.user()).isEqualTo("bench");
        assertThat(fromFile.description()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/workbench");
        assertThat(fromFile.toString()).doesNotContain("s3cret");

        DatabaseSettings fromEnvironment = DatabaseChoice.resolve(data, false,
                Map.of("WORKBENCH_DB_URL", "jdbc:postgresql://db/bench", "WORKBENCH_DB_USER", "u"));
        assertThat(fromEnvironment.jdbcUrl()).isEqualTo("jdbc:postgresql://db/bench");
    }

    @Test
    void theDemoNeverUsesTheStoresDatabase() {
        DatabaseSettings demo = DatabaseChoice.resolve(data, true, Map.of("WORKBENCH_DB_URL", "jdbc:postgresql://db/bench"));
        assertThat(demo.isEmbedded()).isTrue();
        assertThat(demo.description()).contains("demo");
    }
}
