package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSegmentCliTest {

    @Test
    void helpListsCommands() {
        var run = CliTestSupport.run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Commands:"), run.out());
        assertTrue(run.out().contains("workspace"), run.out());
    }

    @Test
    void versionIsPrinted() {
        var run = CliTestSupport.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("SafeSegment "), run.out());
    }

    @Test
    void unknownCommandFailsOnStderr() {
        var run = CliTestSupport.run("no-such-command");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("no-such-command"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void workspaceCommandCreatesDatabaseAndPrintsJson(@TempDir Path tmp) {
        Path dir = tmp.resolve("ws");
        var run = CliTestSupport.run("workspace", "--workspace", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(dir.toAbsolutePath().toString(), json.get("directory").asText());
        assertTrue(Files.isRegularFile(dir.resolve("workspace.db")));
        assertTrue(json.get("datasets").isArray());
        assertFalse(json.get("demo").asBoolean());
    }

    @Test
    void workspaceOnAFileIsAClearError(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "not a directory");
        var run = CliTestSupport.run("workspace", "--workspace", file.toString(), "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file.toAbsolutePath().toString()), run.err());
        assertEquals("", run.out());
    }

    @Test
    void guiLaunchDetection() {
        assertTrue(SafeSegmentCli.isGuiLaunch(new String[0]));
        assertTrue(SafeSegmentCli.isGuiLaunch(new String[] {"--workspace", "/tmp/x"}));
        assertTrue(SafeSegmentCli.isGuiLaunch(new String[] {"--workspace=/tmp/x", "--demo"}));
        assertFalse(SafeSegmentCli.isGuiLaunch(new String[] {"--help"}));
        assertFalse(SafeSegmentCli.isGuiLaunch(new String[] {"workspace", "--workspace", "/tmp/x"}));
        // a recipe file alone is what the installer's file association passes (decision 0035); run FILE stays CLI
        assertTrue(SafeSegmentCli.isGuiLaunch(new String[] {"/home/u/masks.recipe.json"}));
        assertFalse(SafeSegmentCli.isGuiLaunch(new String[] {"run", "/home/u/masks.recipe.json"}));
        assertFalse(SafeSegmentCli.isGuiLaunch(new String[] {"--json"}));
    }
}
