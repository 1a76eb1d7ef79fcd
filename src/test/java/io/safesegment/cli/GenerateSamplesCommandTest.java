package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSamplesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SafeSegmentCli.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void jsonReportsFilesRowCountsSeedAndDuration(@TempDir Path tmp) throws Exception {
        int code = run("generate-samples", "--out", tmp.toString(), "--customers", "200", "--seed", "7", "--json");

        assertEquals(0, code, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(7, json.get("seed").asLong());
        assertEquals(200, json.get("customers").asInt());
        assertTrue(json.get("durationSeconds").asDouble() >= 0);
        Map<String, JsonNode> files = new HashMap<>();
        json.get("files").forEach(f -> files.put(f.get("name").asText(), f));
        assertEquals(List.of("customer_segments.csv", "customers.csv", "product_bundles.csv", "products.csv",
                "transactions.csv"), files.keySet().stream().sorted().toList());
        for (JsonNode f : files.values()) {
            Path path = Path.of(f.get("path").asText());
            assertEquals(Files.size(path), f.get("bytes").asLong());
            try (var lines = Files.lines(path)) {
                assertEquals(lines.count() - 1, f.get("rows").asLong(), f.get("name").asText());
            }
        }
        assertEquals(200, files.get("customer_segments.csv").get("rows").asInt());
        assertTrue(files.get("customers.csv").get("rows").asInt() >= 200);
        assertTrue(files.get("transactions.csv").get("rows").asInt() > 200 * 10);
    }

    @Test
    void negativeCustomerCountFailsWithMessageOnStderr(@TempDir Path tmp) {
        int code = run("generate-samples", "--out", tmp.toString(), "--customers", "-5");

        assertNotEquals(0, code);
        assertTrue(err.toString().contains("customers must be between 1"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingOutDirIsAUsageError() {
        int code = run("generate-samples", "--customers", "10");

        assertNotEquals(0, code);
        assertTrue(err.toString().contains("--out"), err.toString());
    }
}
