package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots exist, and every section is shown in English and Chinese ({@code <section>.png},
 * {@code <section>-zh.png}, written by {@link ClippingTest} and copied into docs/ by bin/update-screenshots).
 */
class ReadmeScreenshotsTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));
    private static final Pattern SHOT = Pattern.compile("docs/(?:screenshots|tour)/[A-Za-z0-9._-]+\\.png");
    private static final List<String> SECTIONS = List.of("data", "privacy", "segments", "recommendations", "governance");

    private static List<String> referenced() throws IOException {
        Matcher m = SHOT.matcher(Files.readString(ROOT.resolve("README.md")));
        return m.results().map(r -> r.group()).distinct().toList();
    }

    @Test
    void everyScreenshotTheReadmeShowsExists() throws IOException {
        List<String> missing = referenced().stream().filter(p -> !Files.isRegularFile(ROOT.resolve(p))).toList();

        assertEquals(List.of(), missing, "README.md refers to screenshots that are not in docs/screenshots/ or docs/tour/");
    }

    @Test
    void everySectionIsShownInBothLanguages() throws IOException {
        List<String> shown = referenced();
        List<String> expected = SECTIONS.stream()
                .flatMap(s -> Stream.of("docs/screenshots/" + s + ".png", "docs/screenshots/" + s + "-zh.png"))
                .toList();

        assertTrue(shown.containsAll(expected), "README shows " + shown + ", expected also " + expected);
    }
}
