package com.fours.workbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.i18n.Messages;

/**
 * Every text is there in both languages, every key is used, and every key the code asks for
 * exists. Keys are written as literals in the code; enum texts are {@code enum.<Type>.<CONSTANT>}
 * and audit actions {@code audit.action.<CONSTANT>} of an {@code *AuditAction} enum.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_LINE = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    private static final Path SOURCES = Path.of("src/main/java");
    /** A string literal that looks like a message key: lower-case words joined by dots. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    static Stream<String> bundles() {
        return Messages.BUNDLES.stream().map(name -> name.substring("i18n.".length()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyText(String bundle) {
        Properties english = load(RESOURCES.resolve(bundle + ".properties"));
        Properties chinese = load(RESOURCES.resolve(bundle + "_zh_CN.properties"));

        assertThat(chinese.stringPropertyNames()).as("keys of " + bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach((k, v) -> assertThat(v.toString()).as(bundle + " en " + k).isNotBlank());
        chinese.forEach((k, v) -> assertThat(v.toString()).as(bundle + " zh " + k).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesFillInTheSameArgumentsAndNoQuoteIsSwallowed(String bundle) {
        Properties english = load(RESOURCES.resolve(bundle + ".properties"));
        Properties chinese = load(RESOURCES.resolve(bundle + "_zh_CN.properties"));
        for (String key : english.stringPropertyNames()) {
            String englishText = english.getProperty(key);
            String chineseText = chinese.getProperty(key, "");
            assertThat(placeholders(chineseText)).as(key).isEqualTo(placeholders(englishText));
            if (!placeholders(englishText).isEmpty()) {
                // MessageFormat swallows a single quote in a text with arguments
                assertThat(englishText).as(key).doesNotContain("'");
                assertThat(chineseText).as(key).doesNotContain("'");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    /** A key written twice in one file silently takes its last text (two features' blocks, merged). */
    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsWrittenTwiceInOneFile(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_zh_CN.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
                Matcher key = KEY_LINE.matcher(line);
                if (key.find() && !seen.add(key.group(1))) {
                    twice.add(key.group(1));
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void noKeyIsInTwoBundles() {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        bundles().forEach(b -> load(RESOURCES.resolve(b + ".properties")).stringPropertyNames().forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        }));
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        String code = allSource();
        List<String> unused = new ArrayList<>();
        for (String key : allKeys()) {
            if (!code.contains("\"" + key + "\"") && !isEnumText(key, code) && !isAuditAction(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> keys = allKeys();
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Matcher literal = KEY_LITERAL.matcher(allSource());
        List<String> missing = new ArrayList<>();
        while (literal.find()) {
            String candidate = literal.group(1);
            boolean looksLikeOurs = prefixes.contains(candidate.substring(0, candidate.indexOf('.')));
            if (looksLikeOurs && !keys.contains(candidate) && !NOT_KEYS.contains(candidate)) {
                missing.add(candidate);
            }
        }
        assertThat(missing).as("keys the code uses but no bundle has").isEmpty();
    }

    /** Literals that share a prefix with keys but are system properties or file names. */
    private static final Set<String> NOT_KEYS = Set.of("user.home", "os.name", "java.version",
            "javafx.runtime.version", "workstation.properties", "workbench.logDir", "java.io.tmpdir");

    private static boolean isEnumText(String key, String code) {
        if (!key.startsWith("enum.")) {
            return false;
        }
        String[] parts = key.split("\\.");
        return parts.length == 3 && Pattern.compile("enum\\s+" + parts[1] + "\\b[^{]*\\{[^}]*\\b" + parts[2] + "\\b",
                Pattern.DOTALL).matcher(code).find();
    }

    private static boolean isAuditAction(String key) {
        if (!key.startsWith("audit.action.")) {
            return false;
        }
        String constant = key.substring("audit.action.".length());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().endsWith("AuditAction.java"))
                    .anyMatch(f -> read(f).matches("(?s).*\\b" + constant + "\\b.*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        bundles().forEach(b -> keys.addAll(load(RESOURCES.resolve(b + ".properties")).stringPropertyNames()));
        return keys;
    }

    private static String allSource() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            StringBuilder all = new StringBuilder();
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> all.append(read(f)).append('\n'));
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
