package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several SafeSegment processes on one workspace at once (issue #13, item 1). Before the vault took a lock and merged,
 * two concurrent {@code keys create} runs lost half of the keys and two concurrent {@code mask --workspace} runs on a
 * new workspace each created their own key, leaving one export undecryptable.
 */
class ConcurrentProcessesTest {
    private static final int PROCESSES = 3;

    @TempDir
    Path dir;

    @Test
    void concurrentKeyCreationKeepsEveryKey() throws Exception {
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "shared vault password\n");
        int perProcess = 3;
        List<ChildJvm> children = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            children.add(ChildJvm.start(dir.resolve("home"), dir.resolve("logs"), "keys-" + p, RepeatCliMain.class,
                    Integer.toString(perProcess), "keys", "create", "--workspace", ws.toString(), "--password-file",
                    pw.toString(), "--name", "p" + p + "-k{i}", "--purpose", "FILE"));
        }
        for (ChildJvm child : children) {
            assertEquals(0, child.await(), child.err());
        }
        CliRun list = CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--json");
        assertEquals(0, list.exit(), list.err());
        Set<String> names = new TreeSet<>();
        Json.mapper().readTree(list.out()).path("keys").forEach(k -> names.add(k.path("name").asText()));
        Set<String> expected = new TreeSet<>();
        for (int p = 0; p < PROCESSES; p++) {
            for (int i = 0; i < perProcess; i++) {
                expected.add("p" + p + "-k" + i);
            }
        }
        assertEquals(expected, names, "every key every process reported as created survives");
    }

    @Test
    void concurrentMaskRunsOnANewWorkspaceShareOneKeyAndAllExportsDecrypt() throws Exception {
        Path samples = dir.resolve("samples");
        CliRun gen = CliRun.of("generate-samples", "--out", samples.toString(), "--customers", "200", "--seed", "5");
        assertEquals(0, gen.exit(), gen.err());
        Path customers = samples.resolve("customers.csv");
        Path policy = dir.resolve("policy.json");
        CliRun suggest = CliRun.of("policy", "suggest", customers.toString(), "--out", policy.toString());
        assertEquals(0, suggest.exit(), suggest.err());
        PolicyJson.write(PolicyJson.read(policy)
                .withRule(new MaskingRule("full_name", "encrypt-deterministic", Map.of()))
                .withRule(new MaskingRule("email", "encrypt-random", Map.of())), policy);
        Path ws = dir.resolve("new-ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "mask vault password\n");
        List<ChildJvm> children = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            children.add(ChildJvm.start(dir.resolve("home"), dir.resolve("logs"), "mask-" + p, RepeatCliMain.class,
                    "1", "mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                    dir.resolve("masked-" + p + ".csv").toString(), "--workspace", ws.toString(),
                    "--password-file", pw.toString()));
        }
        for (ChildJvm child : children) {
            assertEquals(0, child.await(), child.err());
        }
        for (int p = 0; p < PROCESSES; p++) {
            CliRun back = CliRun.of("reidentify", "--policy", policy.toString(), "--in",
                    dir.resolve("masked-" + p + ".csv").toString(), "--out", dir.resolve("back-" + p + ".csv").toString(),
                    "--workspace", ws.toString(), "--password-file", pw.toString(), "--json");
            assertEquals(0, back.exit(), "export " + p + " decrypts with the workspace key: " + back.err());
            JsonNode report = Json.mapper().readTree(back.out());
            assertFalse(report.path("decryptedColumns").isEmpty(), back.out());
        }
        CliRun list = CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--json");
        assertEquals(0, list.exit(), list.err());
        JsonNode keys = Json.mapper().readTree(list.out()).path("keys");
        Set<String> names = new TreeSet<>();
        keys.forEach(k -> {
            names.add(k.path("name").asText());
            assertEquals(1, k.path("version").asInt(), "one shared key, not one per process: " + list.out());
        });
        assertEquals(keys.size(), names.size(), list.out());
    }
}
