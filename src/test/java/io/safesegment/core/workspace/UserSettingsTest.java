package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserSettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsReadBackEqual() throws IOException {
        Path file = dir.resolve("settings.json");
        UserSettings settings = UserSettings.defaults()
                .withLanguage("zh_CN")
                .withTheme("dark")
                .withWindow(new WindowGeometry(10, 20, 1200, 800, true))
                .withWorkspaceOpened(dir.resolve("a"))
                .withWorkspaceOpened(dir.resolve("b"));
        settings.save(file);

        UserSettings read = UserSettings.load(file);

        assertEquals(settings, read);
        assertEquals("zh_CN", read.language());
        assertEquals(dir.resolve("b").toString(), read.lastWorkspace());
        assertEquals(List.of(dir.resolve("b").toString(), dir.resolve("a").toString()), read.recentWorkspaces());
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(UserSettings.defaults(), UserSettings.load(dir.resolve("absent.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json at all", "[1,2,3]", "{\"language\": \"klingon\"}",
            "{\"theme\": \"neon\"}", "{\"window\": {\"x\": 0, \"y\": 0, \"width\": -5, \"height\": 10}}",
            "{\"recentWorkspaces\": 12}"})
    void corruptFileGivesDefaults(String content) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content);

        assertEquals(UserSettings.defaults(), UserSettings.load(file));
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"zh_CN\",\"futureOption\":true}");

        assertEquals("zh_CN", UserSettings.load(file).language());
    }

    @Test
    void recentWorkspacesAreDistinctMostRecentFirstAndCapped() {
        UserSettings settings = UserSettings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withWorkspaceOpened(dir.resolve("w" + i));
        }
        settings = settings.withWorkspaceOpened(dir.resolve("w5"));

        List<String> expected = Stream.concat(Stream.of(5), IntStream.iterate(11, i -> i - 1).limit(12)
                        .filter(i -> i != 5).boxed())
                .limit(UserSettings.MAX_RECENT).map(i -> dir.resolve("w" + i).toString()).toList();
        assertEquals(expected, settings.recentWorkspaces());
    }

    @Test
    void saveLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("settings.json");
        UserSettings.defaults().save(file);
        UserSettings.defaults().withTheme("dark").save(file);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertTrue(Files.readString(file).contains("\"dark\""));
    }

    @Test
    void invalidValuesAreRejectedWhenBuiltInCode() {
        assertThrows(IllegalArgumentException.class, () -> UserSettings.defaults().withLanguage("fr"));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.defaults().withTheme("blue"));
        assertThrows(IllegalArgumentException.class, () -> new WindowGeometry(0, 0, 0, 100, false));
    }
}
