package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void parsesTheGuiOptions() {
        assertEquals(new LaunchOptions(null, false), LaunchOptions.parse(List.of()));
        assertEquals(new LaunchOptions(Path.of("/tmp/ws"), false), LaunchOptions.parse(List.of("--workspace", "/tmp/ws")));
        assertEquals(new LaunchOptions(Path.of("w s"), true), LaunchOptions.parse(List.of("--demo", "--workspace=w s")));
    }

    @Test
    void rejectsAnythingElseWithAHelpfulMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--workspace")));
        assertEquals("Unknown option '--workspace'; the desktop app accepts --workspace DIR, --demo and a recipe "
                + "file (see safesegment --help)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--verbose")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.recipe.json", "b.json")),
                "one recipe file at a time");
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("customers.csv")));
    }

    @Test
    void aRecipeFileTheDesktopPassesIsOpenedAfterTheWorkspace() {
        // the .deb's file association starts "SafeSegment /path/x.recipe.json" (decision 0035)
        assertEquals(new LaunchOptions(null, false, Path.of("/home/u/masks.recipe.json")),
                LaunchOptions.parse(List.of("/home/u/masks.recipe.json")));
        assertEquals(new LaunchOptions(Path.of("/tmp/ws"), false, Path.of("plain.json")),
                LaunchOptions.parse(List.of("--workspace", "/tmp/ws", "plain.json")));
    }

    @Test
    void libraryVersionComesFromTheJarName() {
        assertEquals(Optional.of("0.44.4"), LibraryVersions.fromJarName("/x/lib/tablesaw-core-0.44.4.jar"));
        assertEquals(Optional.of("25.0.4"), LibraryVersions.fromJarName("/m2/javafx-base-25.0.4-linux.jar"));
        assertEquals(Optional.of("3.54.1.0"), LibraryVersions.fromJarName("sqlite-jdbc-3.54.1.0.jar"));
        assertEquals(Optional.empty(), LibraryVersions.fromJarName("/work/target/classes/"));
    }
}
