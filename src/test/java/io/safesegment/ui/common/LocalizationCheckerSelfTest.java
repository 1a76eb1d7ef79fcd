package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves {@link LocalizationChecker} detects each of the three defects on a tiny fixture, and nothing else. */
class LocalizationCheckerSelfTest {
    @TempDir
    Path dir;

    private List<LocalizationChecker.Problem> check(String base, String chinese, String java, String fxml)
            throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("m.properties"), base);
        Files.writeString(dir.resolve("m_zh_CN.properties"), chinese);
        Files.writeString(src.resolve("View.java"), java);
        Files.writeString(src.resolve("View.fxml"), fxml);
        return LocalizationChecker.check(List.of(dir.resolve("m.properties"), dir.resolve("m_zh_CN.properties")),
                List.of(src));
    }

    @Test
    void cleanFixtureHasNoProblems() throws IOException {
        assertEquals(List.of(), check("a=A\nb=B\n", "a=甲\nb=乙\n",
                "class View { String t = i18n(\"a\", 1); }", "<Label text=\"%b\"/>"));
    }

    @Test
    void detectsKeyMissingFromOneBundle() throws IOException {
        List<LocalizationChecker.Problem> problems = check("a=A\nb=B\n", "a=甲\n",
                "class View { String t = i18n(\"a\"); }", "<Label text=\"%b\"/>");

        assertEquals(List.of(new LocalizationChecker.Problem(LocalizationChecker.Kind.MISSING_IN_BUNDLE, "b",
                "m_zh_CN.properties")), problems);
    }

    @Test
    void detectsKeyUsedButUndefined() throws IOException {
        List<LocalizationChecker.Problem> problems = check("a=A\n", "a=甲\n",
                "class View { String t = i18n(\"a\"); String u = bundle.getString(\"ghost\"); }",
                "<Label text=\"%phantom\"/>");

        assertEquals(List.of("ghost", "phantom"), problems.stream()
                .filter(p -> p.kind() == LocalizationChecker.Kind.UNDEFINED).map(LocalizationChecker.Problem::key)
                .sorted().toList());
        assertEquals(2, problems.size());
    }

    @Test
    void detectsKeyDefinedButUnused() throws IOException {
        List<LocalizationChecker.Problem> problems = check("a=A\nstale=S\n", "a=甲\nstale=旧\n",
                "class View { String t = i18n(\"a\"); }", "<Label text=\"plain\"/>");

        assertEquals(List.of(new LocalizationChecker.Problem(LocalizationChecker.Kind.UNUSED, "stale",
                "m.properties")), problems);
    }
}
