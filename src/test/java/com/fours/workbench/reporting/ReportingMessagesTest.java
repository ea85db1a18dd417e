package com.fours.workbench.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The reporting texts exist in both languages, and the code uses exactly those keys. */
class ReportingMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path CODE = Path.of("src/main/java/com/fours/workbench/reporting");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(reporting\\.[A-Za-z0-9.]+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("reporting_zh_CN.properties")).isEqualTo(keys("reporting.properties"));
    }

    @Test
    void everyKeyInTheCodeIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(keys("reporting.properties")).isEqualTo(used);
    }

    private static Set<String> keys(String bundleFile) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundleFile), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
