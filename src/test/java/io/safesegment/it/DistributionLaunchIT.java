package io.safesegment.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable distribution (decision 0030) as a user gets it: {@code target/safesegment-<version>.zip} unpacked into
 * an empty folder outside the project, started with {@code java -jar} from that folder, with nothing else around.
 */
class DistributionLaunchIT {

    record Result(int exit, String out, String err) {
    }

    /** The zip is unpacked once for all tests (210 MB); each test then works in its own empty folder. */
    @TempDir
    static Path unpacked;

    private static Path jar;

    @BeforeAll
    static void unpackOnce() throws IOException {
        jar = unpack(unpacked);
    }

    /** Unpacks the zip into {@code dir} and returns the jar inside it. */
    static Path unpack(Path dir) throws IOException {
        Path zip = Path.of(System.getProperty("safesegment.dist", "target/safesegment-0.1.0.zip"));
        assertTrue(Files.isRegularFile(zip), "package first: " + zip);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        Path jar = dir.resolve("safesegment/safesegment.jar");
        assertTrue(Files.isRegularFile(jar), "the zip holds safesegment/safesegment.jar");
        return jar;
    }

    static Result run(Path java, Path workDir, Path home, Path jar, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Dsafesegment.home=" + home, "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path java25() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    void cliStartsFromTheUnpackedZipAloneWithoutWarnings(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("elsewhere"));
        Result version = run(java25(), work, dir.resolve("home"), jar, "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("SafeSegment "), version.out());
        assertEquals("", version.err());
        Result help = run(java25(), work, dir.resolve("home"), jar, "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("Commands:"), help.out());
        assertEquals("", help.err());
    }

    @Test
    void aCommandThatReadsATableWritesNothingToStderr(@TempDir Path dir) throws Exception {
        // Tablesaw's Table scans the class path with ClassGraph on first use, which used to make the JDK print four
        // sun.misc.Unsafe warnings on every data command run with plain java -jar (decision 0030)
        Path csv = Files.writeString(dir.resolve("tiny.csv"), "id,amount\n1,2.5\n2,3.5\n");
        Result r = run(java25(), dir, dir.resolve("home"), jar, "profile", csv.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("amount"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void tooOldJavaPrintsOneLineNamingJava25AndWhereToGetIt(@TempDir Path dir) throws Exception {
        Optional<Path> old = oldJava();
        Assumptions.assumeTrue(old.isPresent(), "no Java older than 25 under /usr/lib/jvm to try");
        Result r = run(old.get(), dir, dir.resolve("home"), jar, "--version");
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains("needs Java 25"), r.err());
        assertTrue(lines.get(0).contains("https://adoptium.net/"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error"), r.err());
    }

    @Test
    void guiStartsFromTheUnpackedZipWithNothingOnStderr(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "the GUI needs a display (bin/test provides Xvfb)");
        Path home = dir.resolve("home");
        Path err = dir.resolve("gui-err.txt");
        Process p = new ProcessBuilder(java25().toString(), "-Dsafesegment.home=" + home, "-Dprism.order=sw", "-jar",
                jar.toString(), "--workspace", dir.resolve("ws").toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve("gui-out.txt").toFile()).redirectError(err.toFile()).start();
        try {
            Path log = home.resolve("logs/safesegment.log");
            // the window opens its workspace on a task once the stage is shown; wait for that line (bounded)
            for (int i = 0; i < 240 && !(Files.exists(log) && Files.readString(log).contains("Opened workspace")); i++) {
                assertTrue(p.isAlive(), () -> "the GUI exited: " + read(err));
                Thread.sleep(500);
            }
            String logText = Files.readString(log);
            assertTrue(logText.contains("Opened workspace"), "the GUI did not open its workspace:\n" + logText);
            assertTrue(logText.contains("Unsupported JavaFX configuration"),
                    "JavaFX's class-path note is kept in the log");
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
        assertEquals("", read(err), "nothing on stderr while the GUI starts and runs");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A {@code java} older than 25 (the machine's default is 17), found by the JDK's {@code release} file. */
    static Optional<Path> oldJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.sorted().filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> major(d) > 0 && major(d) < 25).map(d -> d.resolve("bin/java")).findFirst();
        }
    }

    private static int major(Path jdk) {
        try (InputStream in = Files.newInputStream(jdk.resolve("release"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    v = v.startsWith("1.") ? v.substring(2) : v;
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
