package io.customerlens.i18n;

import io.customerlens.domain.Field;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.FileRefusal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible string lives in both bundles: same keys in English and Chinese, none blank, every
 * key the code names exists, and every bundle key is used (literally, by a prefix the code completes,
 * or as the message of an enum constant).
 */
class BundleConsistencyTest {

    private static final String BUNDLE = "/io/customerlens/i18n/messages%s.properties";
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*\\.?)\"");

    private final Properties english = load("");
    private final Properties chinese = load("_zh_CN");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(chinese.stringPropertyNames()).as("keys missing from messages_zh_CN")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys missing from messages (English)")
                .containsAll(chinese.stringPropertyNames());
    }

    /** A key written twice keeps only its last text: one of the two uses shows the other's words. */
    @Test
    void noKeyIsDefinedTwice() throws java.io.IOException {
        for (String suffix : new String[] {"", "_zh_CN"}) {
            try (var in = getClass().getResourceAsStream(BUNDLE.formatted(suffix))) {
                java.util.Map<String, Long> counts = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
                assertThat(counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(java.util.Map.Entry::getKey))
                        .as("keys defined twice in messages%s", suffix).isEmpty();
            }
        }
    }

    @Test
    void noTranslationIsBlank() {
        for (Properties bundle : new Properties[] {english, chinese}) {
            Set<String> blank = bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).isBlank()).collect(Collectors.toSet());
            assertThat(blank).as("keys with blank text").isEmpty();
        }
    }

    @Test
    void chineseBundleIsTranslated() {
        long withChinese = chinese.stringPropertyNames().stream()
                .filter(key -> chinese.getProperty(key).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withChinese).as("zh_CN entries that contain Chinese").isGreaterThan(chinese.size() * 8L / 10);
    }

    /**
     * Words a Chinese text may consist of without any Chinese: names and abbreviations a Chinese salesperson reads
     * as they are (RFM, BCG, CSV, PDF, Excel, ROC AUC, the product's Latin name) and the "M" of a cohort's month
     * column (M3).
     */
    private static final Set<String> LATIN_WORDS_READ_AS_THEY_ARE =
            Set.of("RFM", "BCG", "CSV", "PDF", "Excel", "CustomerLens", "M", "ROC", "AUC");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|%[a-zA-Z]");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    @Test
    void noChineseTextIsLeftInEnglish() {
        Set<String> english = chinese.stringPropertyNames().stream()
                .filter(key -> chinese.getProperty(key).chars().allMatch(c -> c < 128))
                .filter(key -> LATIN_WORD.matcher(PLACEHOLDER.matcher(chinese.getProperty(key)).replaceAll(" "))
                        .results().map(MatchResult::group).anyMatch(word -> !LATIN_WORDS_READ_AS_THEY_ARE.contains(word)))
                .map(key -> key + "=" + chinese.getProperty(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(english).as("zh_CN texts with no Chinese beyond placeholders, units and the allowed names").isEmpty();
    }

    @Test
    void everyEnumMessageKeyExists() {
        Set<String> wanted = new TreeSet<>();
        Arrays.stream(ProblemReason.values()).map(ProblemReason::messageKey).forEach(wanted::add);
        Arrays.stream(FileRefusal.values()).map(FileRefusal::messageKey).forEach(wanted::add);
        Arrays.stream(SkipReason.values()).map(reason -> "skip." + reason.name()).forEach(wanted::add);
        Arrays.stream(Field.values()).map(field -> "field." + field.cliName()).forEach(wanted::add);
        Arrays.stream(io.customerlens.domain.ServerRefusal.values()).map(refusal -> "cli.server." + refusal.name())
                .forEach(wanted::add);
        Arrays.stream(io.customerlens.service.sync.SkippedTask.Reason.values())
                .map(reason -> "cli.sync.skipped." + reason.name()).forEach(wanted::add);

        assertThat(english.stringPropertyNames()).containsAll(wanted);
    }

    @Test
    void everyKeyNamedInCodeExists() {
        Set<String> prefixes = english.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = literalsInMainCode().stream()
                .filter(literal -> !literal.endsWith("."))
                .filter(literal -> prefixes.stream().anyMatch(literal::startsWith))
                .filter(literal -> !english.containsKey(literal))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> literals = literalsInMainCode();
        Set<String> unused = english.stringPropertyNames().stream()
                .filter(key -> !literals.contains(key))
                .filter(key -> literals.stream().noneMatch(l -> l.endsWith(".") && key.startsWith(l)))
                .filter(key -> !isEnumKey(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unused).as("bundle keys no code uses").isEmpty();
    }

    private static boolean isEnumKey(String key) {
        return key.startsWith("problem.") || key.startsWith("skip.") || key.startsWith("field.");
    }

    private static Set<String> literalsInMainCode() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            Set<String> literals = new HashSet<>();
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = STRING_LITERAL.matcher(read(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            });
            return literals;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String suffix) {
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(BUNDLE.formatted(suffix))) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
