package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safesegment --help} must not start the logging framework (decision 0013: starting logback was a third of
 * the start-up time). It regressed once when the CLI's alert printer touched a class holding a static logger, so a
 * child JVM lists the classes the command loads and none may be logback's.
 */
class HelpStartsNoLoggingTest {
    @TempDir
    Path dir;

    @Test
    void helpLoadsNoLoggingFrameworkClass() throws IOException, InterruptedException {
        Path log = dir.resolve("classes.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xlog:class+load:file=" + log,
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
                "io.safesegment.Main", "--help").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("Usage"), out);
        List<String> classes = Files.readAllLines(log);
        assertTrue(classes.stream().anyMatch(l -> l.contains("io.safesegment.cli.SafeSegmentCli")), "class log works");
        assertFalse(classes.stream().anyMatch(l -> l.contains(" ch.qos.logback.")),
                "--help started logback: " + classes.stream().filter(l -> l.contains("org.slf4j.LoggerFactory"))
                        .findFirst().orElse(""));
    }
}
