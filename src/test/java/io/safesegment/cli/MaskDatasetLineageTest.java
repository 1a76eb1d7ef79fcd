package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mask --workspace} keeps its output as a masked dataset whose parent is the source dataset. */
class MaskDatasetLineageTest {
    @TempDir
    static Path dir;
    static Path customers;
    static Path policy;
    static Path password;

    @BeforeAll
    static void prepare() throws Exception {
        var run = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "300", "--seed", "5");
        assertEquals(0, run.exitCode(), run.err());
        customers = dir.resolve("customers.csv");
        policy = dir.resolve("policy.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString())
                .exitCode());
        password = Files.writeString(dir.resolve("pw.txt"), "correct horse battery staple\n");
    }

    @Test
    void maskingAFileImportsItAndRegistersTheMaskedChild() throws Exception {
        Path ws = dir.resolve("ws-file");
        byte[] before = Files.readAllBytes(customers);
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                dir.resolve("masked.csv").toString(), "--workspace", ws.toString(), "--password-file",
                password.toString(), "--json");
        assertEquals(0, mask.exitCode(), mask.err());
        assertArrayEquals(before, Files.readAllBytes(customers));

        JsonNode datasets = CliTestSupport.run("datasets", "--workspace", ws.toString(), "--json").json().get("datasets");
        assertEquals(2, datasets.size(), datasets.toString());
        JsonNode source = datasets.get(0);
        JsonNode masked = datasets.get(1);
        assertEquals("imported", source.get("kind").asText());
        assertEquals("masked", masked.get("kind").asText());
        assertEquals("masked.csv", masked.get("name").asText());
        assertEquals(source.get("id").asLong(), masked.get("parents").get(0).asLong());
        assertEquals(mask.json().get("maskedDatasetId").asLong(), masked.get("id").asLong());
        assertEquals(mask.json().get("sourceDatasetId").asLong(), source.get("id").asLong());
        JsonNode step = masked.get("steps").get(0);
        assertEquals("mask", step.get("kind").asText());
        assertTrue(step.get("parameters").has("policy"), step.toString());
        assertEquals("DIRECT_IDENTIFIER", masked.get("roles").get("privacy").get("email").asText());
        assertTrue(Path.of(masked.get("file").asText()).startsWith(ws.resolve("data")));

        // Masking the same file again finds its dataset by fingerprint instead of importing it twice.
        var again = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                dir.resolve("masked-2.csv").toString(), "--workspace", ws.toString(), "--password-file",
                password.toString(), "--json");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(source.get("id").asLong(), again.json().get("sourceDatasetId").asLong());
        assertEquals(3, CliTestSupport.run("datasets", "--workspace", ws.toString(), "--json").json()
                .get("datasets").size());
    }

    @Test
    void maskingADatasetByName() throws Exception {
        Path ws = dir.resolve("ws-dataset");
        assertEquals(0, CliTestSupport.run("import", customers.toString(), "--workspace", ws.toString(),
                "--name", "客户", "--map", "customer_id=customer_id").exitCode());
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--dataset", "客户", "--out",
                dir.resolve("客户-masked.csv").toString(), "--workspace", ws.toString(), "--password-file",
                password.toString(), "--json");
        assertEquals(0, mask.exitCode(), mask.err());
        JsonNode masked = CliTestSupport.run("datasets", "--workspace", ws.toString(), "--json").json()
                .get("datasets").get(1);
        assertEquals("customer_id", masked.get("roles").get("semantic").get("customer_id").asText(),
                "semantic roles are inherited from the source");

        var noWorkspace = CliTestSupport.run("mask", "--policy", policy.toString(), "--dataset", "客户", "--out",
                dir.resolve("x.csv").toString());
        assertEquals(2, noWorkspace.exitCode());
        assertTrue(noWorkspace.err().contains("--dataset needs --workspace"), noWorkspace.err());
        var unknown = CliTestSupport.run("mask", "--policy", policy.toString(), "--dataset", "nobody", "--out",
                dir.resolve("y.csv").toString(), "--workspace", ws.toString(), "--password-file", password.toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no dataset 'nobody'") && unknown.err().contains("客户"), unknown.err());
    }
}
