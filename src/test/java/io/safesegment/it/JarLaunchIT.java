package io.safesegment.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar the way users and scripts do: {@code java -jar target/safesegment.jar <command>}. */
class JarLaunchIT {

    record Result(int exit, String out, String err) {
    }

    static Result runJar(Path home, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("safesegment.jar", "target/safesegment.jar"));
        assertTrue(Files.isRegularFile(jar), "package the jar first: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsafesegment.home=" + home, "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        Files.createDirectories(home);
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jar did not finish: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelp(@TempDir Path home) throws Exception {
        Result version = runJar(home, "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().matches("SafeSegment \\d+\\.\\d+\\.\\d+\\s*"), version.out());
        assertEquals("", version.err(), "no JVM or library warnings in normal use (decision 0030)");
        Result help = runJar(home, "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("Commands:"));
        assertEquals("", help.err(), "no JVM or library warnings in normal use (decision 0030)");
    }

    @Test
    void jsonCommandPrintsExactlyOneDocument(@TempDir Path home) throws Exception {
        Result r = runJar(home, "workspace", "--workspace", home.resolve("ws").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.has("database"));
        assertEquals("", r.err().strip(), "no warnings or logs on stderr for a successful command");
    }

    @Test
    void errorsGoToStderrWithNonZeroExit(@TempDir Path home) throws Exception {
        Result r = runJar(home, "definitely-not-a-command");
        assertNotEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("definitely-not-a-command"), r.err());
    }
}
