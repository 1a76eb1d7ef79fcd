package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every user-visible key exists in both languages and is used; every used key exists. */
class LocalizationTest {
    private static final Path BASE = Path.of("src/main/resources/i18n/messages.properties");
    private static final Path CHINESE = Path.of("src/main/resources/i18n/messages_zh_CN.properties");

    @Test
    void bundlesAndSourcesAgree() throws IOException {
        // User text lives in the UI (Java under ui/ and the FXML views). The headless core and the English-only CLI
        // never read the bundles, and their JDBC getString("column") calls would look like keys.
        List<LocalizationChecker.Problem> problems = LocalizationChecker.check(List.of(BASE, CHINESE),
                List.of(Path.of("src/main/java/io/safesegment/ui"), Path.of("fxml")));

        assertEquals(List.of(), problems, "Localisation problems:\n" + String.join("\n",
                problems.stream().map(Object::toString).toList()));
    }

    @Test
    void sourcesActuallyUseKeys() throws IOException {
        // Guards the checker's own patterns: if they stopped matching, "no problems" would mean nothing.
        assertTrue(Files.readString(Path.of("fxml/shell/MainView.fxml")).contains("\"%nav.data\""));
        assertTrue(LocalizationChecker.JAVA_KEY.matcher("x = i18n(\"nav.data\");").find());
    }

    @Test
    void chineseBundleIsLoadedForTheChineseLocaleEvenOnAnEnglishMachine() {
        Locale old = I18n.locale();
        try {
            I18n.setLocale(I18n.CHINESE);
            assertEquals("数据", I18n.i18n("nav.data"));
            assertEquals("数据", ResourceBundle.getBundle(I18n.BUNDLE, I18n.CHINESE).getString("nav.data"));
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("Data", I18n.i18n("nav.data"));
            assertEquals("Version 1.2", I18n.i18n("app.version", "1.2"));
        } finally {
            I18n.setLocale(old);
        }
    }
}
