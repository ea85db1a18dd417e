package com.fours.workbench.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.Database;

/**
 * The benchmark's archive is the one the services would have written, and on it the fragment
 * search finds what a LIKE over every entry finds.
 */
class ArchiveGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void theGeneratedIndexIsTheServicesOwnAndTheSearchAgreesWithLike() {
        new ArchiveGenerator(folder, 400, 620, 11).generate();
        assertThat(new ArchiveGenerator(folder, 400, 620, 11).alreadyGenerated()).isTrue();

        Database database = Database.open(ArchiveGenerator.settings(folder));
        try (AppServices services = new AppServices(database, false, folder, Clock.system(ZoneId.of("Asia/Shanghai")))) {
            Map<Long, String> generated = index(database);
            int vehicles = database.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM vehicle")
                    .mapTo(Integer.class).one());
            assertThat(vehicles).isEqualTo(620);
            database.transactions().useTransaction(handle -> {
                for (long customer = 1; customer <= 400; customer++) {
                    SearchIndex.customer(handle, customer);
                }
            });
            assertThat(index(database)).as("re-indexed by SearchIndex").isEqualTo(generated);

            services.authentication().login(ArchiveGenerator.ADVISOR, ArchiveGenerator.ADVISOR_PASSWORD.toCharArray());
            ArchiveSearchBenchmark benchmark = new ArchiveSearchBenchmark(database, services.archiveSearch(), 5);
            Map<ArchiveSearchBenchmark.Query, List<Long>> byLike = new LinkedHashMap<>();
            for (ArchiveSearchBenchmark.Query query : benchmark.queries(300)) {
                byLike.put(query, benchmark.like(query.fragment()));
            }
            int[] compared = new int[1];
            assertThat(benchmark.disagreements(byLike, compared)).isEmpty();
            assertThat(compared[0]).isGreaterThan(150);
        }
    }

    @Test
    void theMigrationGivesAnArchiveIndexedBeforeItThe4GramsTheServicesWrite() throws Exception {
        new ArchiveGenerator(folder, 150, 220, 3).generate();
        Database database = Database.open(ArchiveGenerator.settings(folder));
        try (AppServices services = new AppServices(database, false, folder, Clock.system(ZoneId.of("Asia/Shanghai")))) {
            services.authentication().login(ArchiveGenerator.ADVISOR, ArchiveGenerator.ADVISOR_PASSWORD.toCharArray());
            Customer company = services.customers().create(new CustomerInput(CustomerKind.COMPANY, "广州市2号车队",
                    "13912345678", "020-82345678-1234", "", "", PreferredContact.PHONE, false, MemberLevel.NONE, ""), true);
            services.vehicles().create(company.id(), ArchiveServiceTest.car(ArchiveServiceTest.vin("LVGBE40K5NG0", "77777"),
                    "粤AD12345", "1000"), true);
            Map<Long, String> written = index(database);
            assertThat(written.values()).anyMatch(entry -> entry.contains("8234") && entry.contains("1234"));

            String migration = new String(getClass().getResourceAsStream("/db/migration/V3__long_grams.sql")
                    .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            database.transactions().useTransaction(handle -> {
                handle.execute("DELETE FROM search_gram WHERE CHAR_LENGTH(gram) >= 4");
                for (String statement : migration.split(";")) {
                    if (statement.strip().startsWith("INSERT")) {
                        handle.execute(statement);
                    }
                }
            });
            assertThat(index(database)).isEqualTo(written);
        }
    }

    /** Per customer and vehicle: the entry's text and its grams, sorted. */
    private static Map<Long, String> index(Database database) {
        return database.transactions().read(handle -> {
            Map<Long, String> index = new LinkedHashMap<>();
            handle.createQuery("""
                    SELECT e.customer_id * 100000 + COALESCE(e.vehicle_id, 0) AS k,
                           e.haystack || ' | ' || (SELECT STRING_AGG(g.gram, ',' ORDER BY g.gram) FROM search_gram g
                                                   WHERE g.entry_id = e.id) AS v
                    FROM search_entry e ORDER BY k""")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(entry -> index.put(entry.getKey(), entry.getValue()));
            return index;
        });
    }
}
