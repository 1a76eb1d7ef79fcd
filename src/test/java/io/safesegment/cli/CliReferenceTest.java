package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** docs/cli.md is generated from the picocli model and must match it (decision 0030; see {@link CliReference}). */
class CliReferenceTest {

    @Test
    void docsCliMdIsUpToDate() throws Exception {
        String expected = CliReference.render();
        if (Boolean.getBoolean("safesegment.cli.regenerate")) {
            Files.writeString(CliReference.FILE, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CliReference.FILE), "docs/cli.md is missing; regenerate it (see CliReference)");
        assertEquals(expected, Files.readString(CliReference.FILE, StandardCharsets.UTF_8),
                "docs/cli.md is stale; regenerate: mvn -B -o test -Dtest=CliReferenceTest"
                        + " -Dsafesegment.cli.regenerate=true");
    }

    @Test
    void everyCommandHasASectionWithItsOptions() {
        String md = CliReference.render();
        for (Class<?> command : SafeSegmentCli.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            assertTrue(md.contains("\n## safesegment " + name + "\n"), name);
        }
        assertTrue(md.contains("| `--json` |"), "reporting commands list --json");
        assertTrue(md.contains("| `--workspace DIR` |") || md.contains("--workspace"), "options are listed");
    }
}
