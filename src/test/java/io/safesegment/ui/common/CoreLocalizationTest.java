package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The core bundles: every key used in core code ({@code Message.of("key"...)}) exists in both languages and every key
 * is used; both languages of a key take the same arguments, and every pattern is a valid {@link MessageFormat}.
 */
class CoreLocalizationTest {
    private static final Path BASE = Path.of("src/main/resources/i18n/core.properties");
    private static final Path CHINESE = Path.of("src/main/resources/i18n/core_zh_CN.properties");
    // {0}, {1,number,#}, {0,choice,...}: the argument index right after an opening brace
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void coreBundlesAndCoreSourcesAgree() throws IOException {
        List<LocalizationChecker.Problem> problems = LocalizationChecker.check(List.of(BASE, CHINESE),
                List.of(Path.of("src/main/java/io/safesegment/core")), LocalizationChecker.CORE_KEY);

        assertEquals(List.of(), problems, "Core localisation problems:\n" + String.join("\n",
                problems.stream().map(Object::toString).toList()));
    }

    @Test
    void bothLanguagesTakeTheSameArgumentsAndParse() throws IOException {
        Properties english = LocalizationChecker.load(BASE);
        Properties chinese = LocalizationChecker.load(CHINESE);
        List<String> mismatches = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            if (zh == null) {
                continue; // reported by coreBundlesAndCoreSourcesAgree
            }
            if (!arguments(en).equals(arguments(zh))) {
                mismatches.add(key + ": " + arguments(en) + " vs " + arguments(zh));
            }
            if (!arguments(en).isEmpty()) {
                // throws IllegalArgumentException on a broken pattern, naming it
                new MessageFormat(en, Locale.ENGLISH);
                new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE);
            }
        }
        assertEquals(List.of(), mismatches, "Placeholders differ between the languages");
    }

    @Test
    void theCoreKeyPatternFindsKeys() {
        // Guards the checker: if the pattern stopped matching, "no problems" would mean nothing.
        Matcher m = LocalizationChecker.CORE_KEY.matcher("progress.report(1, Message.of(\"progress.rfm.done\"));");
        assertTrue(m.find());
        assertEquals("progress.rfm.done", m.group(1));
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
