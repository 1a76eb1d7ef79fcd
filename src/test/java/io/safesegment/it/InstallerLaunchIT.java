package io.safesegment.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jpackage app-image (decision 0035) as a user runs it: {@code bin/SafeSegment} of
 * {@code target/installer/image/SafeSegment}, built by {@code installer/build.sh} in {@code pre-integration-test},
 * started from an empty folder with no Java on the command line — its own trimmed runtime runs the jar.
 */
class InstallerLaunchIT {

    private static final Path IMAGE = Path.of(System.getProperty("safesegment.appImage",
            "target/installer/image/SafeSegment"));
    private static final Path SAMPLES = Path.of("sample-datasets").toAbsolutePath();

    record Result(int exit, String out, String err) {
    }

    @Test
    void versionRunsOnTheBundledRuntimeWithNothingOnStderr(@TempDir Path dir) throws Exception {
        Result r = run(dir, "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("SafeSegment "), r.out());
        assertEquals("", r.err());
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesJdepsFoundAndNoJavaCommand() throws IOException {
        Map<String, String> release = new HashMap<>();
        for (String line : Files.readAllLines(IMAGE.resolve("lib/runtime/release"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                release.put(line.substring(0, eq), line.substring(eq + 1).replace("\"", ""));
            }
        }
        assertTrue(release.get("JAVA_VERSION").startsWith("25"), release.toString());
        Set<String> modules = new HashSet<>(Arrays.asList(release.get("MODULES").split(" ")));
        assertTrue(modules.containsAll(Set.of("java.base", "java.desktop", "java.sql", "java.naming",
                "jdk.unsupported", "jdk.localedata", "jdk.charsets")), modules.toString());
        // a full JDK has ~70 modules; the compiler, jshell, the debugger and jpackage itself must not travel along
        assertTrue(modules.size() < 30, modules.toString());
        assertFalse(modules.contains("jdk.compiler") || modules.contains("jdk.jshell") || modules.contains("jdk.jdi")
                || modules.contains("jdk.jpackage"), modules.toString());
        assertFalse(Files.exists(IMAGE.resolve("lib/runtime/bin/java")), "--strip-native-commands");
        try (Stream<Path> jars = Files.list(IMAGE.resolve("lib/app/lib"))) {
            List<String> names = jars.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("javafx-graphics-") && n.endsWith("-linux.jar")),
                    "the JavaFX jars with their natives are on the class path: " + names);
            assertTrue(names.stream().noneMatch(n -> n.startsWith("duckdb_jdbc-")), "DuckDB is left out: " + names);
        }
        assertTrue(Files.size(IMAGE.resolve("lib/SafeSegment.png")) > 0, "the icon is in the image");
    }

    /**
     * A small mask + segment (with profiles) recipe on a slice of the sample data: it loads Tablesaw, the masking
     * engine, the leak scan, the feature builder and k-means, the parts a trimmed runtime could break (a missing
     * module shows as a {@code NoClassDefFoundError}).
     */
    @Test
    void aMaskAndSegmentRecipeRunsFromTheAppImage(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> customers = Files.readAllLines(SAMPLES.resolve("customers.csv")).subList(0, 401);
        Set<String> ids = customers.stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .collect(Collectors.toSet());
        Files.write(data.resolve("customers.csv"), customers);
        try (Stream<String> lines = Files.lines(SAMPLES.resolve("transactions.csv"))) {
            List<String> all = lines.toList();
            List<String> slice = new ArrayList<>(List.of(all.get(0)));
            all.stream().skip(1).filter(l -> ids.contains(l.split(",", 3)[1])).forEach(slice::add);
            Files.write(data.resolve("transactions.csv"), slice);
        }
        Files.writeString(data.resolve("policy.json"), """
                {"formatVersion": 1, "id": "installer-check", "revision": 1, "name": "Unkeyed masking",
                 "updatedAt": "2026-01-01T00:00:00Z",
                 "roles": {"customer_id": "OTHER", "full_name": "DIRECT_IDENTIFIER", "email": "DIRECT_IDENTIFIER",
                   "phone": "DIRECT_IDENTIFIER", "national_id": "DIRECT_IDENTIFIER", "birth_date": "QUASI_IDENTIFIER",
                   "gender": "QUASI_IDENTIFIER", "city": "QUASI_IDENTIFIER", "postcode": "QUASI_IDENTIFIER",
                   "annual_income": "SENSITIVE", "signup_date": "OTHER", "loyalty_tier": "OTHER",
                   "marketing_opt_in": "OTHER"},
                 "rules": [{"column": "full_name", "operator": "redact", "params": {}},
                   {"column": "email", "operator": "redact", "params": {}},
                   {"column": "phone", "operator": "redact", "params": {}},
                   {"column": "national_id", "operator": "redact", "params": {}},
                   {"column": "birth_date", "operator": "generalise-date", "params": {"level": "YEAR"}},
                   {"column": "postcode", "operator": "generalise-prefix", "params": {"keep": 3}}]}
                """);
        Path recipe = Files.writeString(data.resolve("check.recipe.json"), """
                {"recipeVersion": 1, "name": "Installer check", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv",
                   "roles": {"customer_id": "customer_id", "birth_date": "birth_date", "signup_date": "signup_date"}},
                  {"kind": "import", "name": "transactions", "file": "transactions.csv",
                   "roles": "customer_id=customer_id,order_id=transaction_id,timestamp=timestamp,amount=amount,product_id=product_id"},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "policy.json",
                   "output": "customers-masked.csv"},
                  {"kind": "segment", "name": "segments", "customers": "masked", "transactions": "transactions",
                   "features": ["order_count", "avg_spend", "recency_days", "tenure_days"], "algorithm": "kmeans",
                   "k": 3, "seed": 42, "output": "segments.csv", "profiles": "segment-profiles.csv"}]}
                """);
        Path workspace = dir.resolve("ws");

        Result r = run(dir, "run", recipe.toString(), "--workspace", workspace.toString(), "--json");

        assertEquals(0, r.exit(), r.err() + r.out());
        assertEquals("", r.err());
        JsonNode steps = new ObjectMapper().readTree(r.out()).get("steps");
        assertEquals(4, steps.size(), r.out());
        steps.forEach(s -> assertEquals("done", s.get("status").asText(), s.toString()));
        assertFalse(steps.get(2).get("details").get("leakFound").asBoolean(), r.out());
        assertEquals(3, steps.get(3).get("details").get("segments").asInt(), r.out());
        Path exports = workspace.resolve("exports");
        String masked = Files.readString(exports.resolve("customers-masked.csv"));
        String firstEmail = customers.get(1).split(",")[2];
        assertTrue(firstEmail.contains("@"), firstEmail);
        assertFalse(masked.contains(firstEmail), "the e-mail addresses are redacted");
        assertEquals(401, Files.readAllLines(exports.resolve("segments.csv")).size(), "one row per customer");
        assertTrue(Files.readAllLines(exports.resolve("segment-profiles.csv")).size() > 1);
    }

    /** Runs {@code bin/SafeSegment args} in {@code dir} with its own SafeSegment home (settings, logs). */
    private static Result run(Path dir, String... args) throws Exception {
        Path launcher = IMAGE.resolve("bin/SafeSegment");
        assertTrue(Files.isExecutable(launcher), "build the app-image first (mvn verify does): " + launcher);
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("SAFESEGMENT_HOME", dir.resolve("safesegment-home").toString());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
