package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * An issued bill never changes: no statement in the code or the migrations updates or deletes a
 * bill, its lines, its discounts or its payments. A void is a reversal bill; a refund a payment row.
 */
class IssuedBillsAreImmutableTest {

    private static final Pattern CHANGE = Pattern.compile(
            "(?is)\\b(UPDATE\\s+|DELETE\\s+FROM\\s+|MERGE\\s+INTO\\s+)(bill|bill_line|bill_discount|payment)\\b");

    @Test
    void noStatementUpdatesOrDeletesBillsTheirLinesDiscountsOrPayments() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/db/migration"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    var m = CHANGE.matcher(text);
                    while (m.find()) {
                        offending.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void thePatternWouldCatchAnUpdate() {
        assertThat(CHANGE.matcher("UPDATE bill SET total = 0").find()).isTrue();
        assertThat(CHANGE.matcher("delete from payment where id = 1").find()).isTrue();
        assertThat(CHANGE.matcher("UPDATE coupon SET used_bill_id = 1").find()).isFalse();
    }
}
