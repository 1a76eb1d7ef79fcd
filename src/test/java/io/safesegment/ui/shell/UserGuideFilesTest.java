package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guide bundled in the app and the one under docs/ are the same files, byte for byte, in both languages. */
class UserGuideFilesTest {
    private static final Path BUNDLED = Path.of("src/main/resources/help");
    private static final Path DOCS = Path.of("docs/user-guide");

    private static TreeSet<String> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getParent().equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void docsAndBundledGuideAreTheSameFiles() throws IOException {
        TreeSet<String> bundled = pages(BUNDLED);
        assertEquals(bundled, pages(DOCS), "the same pages in src/main/resources/help and docs/user-guide");
        for (String page : bundled) {
            assertArrayEquals(Files.readAllBytes(BUNDLED.resolve(page)), Files.readAllBytes(DOCS.resolve(page)),
                    page + " differs between the app and docs/user-guide: copy one over the other");
        }
    }

    @Test
    void everyTopicHasAPageInEveryLanguageStartingWithItsHeading() {
        for (Locale locale : I18n.SUPPORTED) {
            I18n.setLocale(locale);
            try {
                for (HelpTopic topic : HelpTopic.values()) {
                    String page = topic.markdown(locale).orElseThrow(() -> new AssertionError(topic.resource(locale)));
                    assertTrue(page.startsWith("# " + topic.title() + "\n"), topic.resource(locale) + " starts with "
                            + page.lines().findFirst().orElse(""));
                }
            } finally {
                I18n.setLocale(Locale.ENGLISH);
            }
        }
    }

    @Test
    void noPageOutsideTheTopics() throws IOException {
        List<String> expected = Arrays.stream(HelpTopic.values()).map(HelpTopic::file).sorted().toList();
        for (Locale locale : I18n.SUPPORTED) {
            try (Stream<Path> files = Files.list(BUNDLED.resolve(I18n.settingsCode(locale)))) {
                assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void governanceDescribesSignInNowThatItExists() {
        // Users, sign-in and alerts were "coming in a later version" until record 0025 shipped them.
        String english = HelpTopic.GOVERNANCE.markdown(Locale.ENGLISH).orElseThrow();
        String chinese = HelpTopic.GOVERNANCE.markdown(I18n.CHINESE).orElseThrow();
        assertTrue(english.contains("**Account › Sign out**")
                && english.contains("**Account › Create administrator…**"), english);
        assertTrue(chinese.contains("**账户 › 退出登录**") && chinese.contains("**账户 › 创建管理员…**"), chinese);
        assertFalse(english.contains("later version"), "no promise of what exists");
        assertFalse(chinese.contains("后续版本"), "no promise of what exists");
    }
}
