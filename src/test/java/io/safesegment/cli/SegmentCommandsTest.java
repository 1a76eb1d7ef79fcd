package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment, segment k-range and rfm commands on a small generated sample set. */
class SegmentCommandsTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void generate() {
        CliTestSupport.Run run = CliTestSupport.run("generate-samples", "--out", data.toString(), "--customers", "600",
                "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void segmentPrintsSizesCentroidsAndSilhouetteAndWritesAssignments(@TempDir Path out) throws Exception {
        Path assignments = out.resolve("assignments.csv");
        CliTestSupport.Run run = CliTestSupport.run("segment", "--in", data.resolve("customers.csv").toString(),
                "--transactions", data.resolve("transactions.csv").toString(), "--features",
                "order_count,avg_spend,recency_days,tenure_days", "--algorithm", "kmeans", "--k", "5", "--seed", "9",
                "--out", assignments.toString(), "--workspace", out.resolve("ws").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(5, json.get("segments").asInt());
        int total = 0;
        for (JsonNode s : json.get("sizes")) {
            total += s.get("size").asInt();
            assertEquals(4, s.get("centroid").size());
        }
        assertEquals(json.get("customers").asInt(), total);
        assertTrue(json.get("silhouette").asDouble() > 0.3);
        List<String> lines = Files.readAllLines(assignments);
        assertEquals(total + 1, lines.size());
        assertTrue(Files.exists(out.resolve("ws").resolve("workspace.db")));
    }

    @Test
    void rulesAndDbscanRunFromTheCommandLine() {
        CliTestSupport.Run rules = CliTestSupport.run("segment", "--in", data.resolve("customers.csv").toString(),
                "--features", "age,annual_income", "--algorithm", "rules", "--group-by", "age,gender", "--json");
        assertEquals(0, rules.exitCode(), rules.err());
        assertTrue(rules.json().get("sizes").get(0).get("name").asText().contains(" · "));
        CliTestSupport.Run dbscan = CliTestSupport.run("segment", "--in", data.resolve("customers.csv").toString(),
                "--transactions", data.resolve("transactions.csv").toString(), "--algorithm", "dbscan", "--json");
        assertEquals(0, dbscan.exitCode(), dbscan.err());
        assertTrue(dbscan.json().get("parameters").get("epsilon").asDouble() > 0);
    }

    @Test
    void kRangeSuggestsAK() {
        CliTestSupport.Run run = CliTestSupport.run("segment", "k-range", "--in",
                data.resolve("customers.csv").toString(), "--transactions", data.resolve("transactions.csv").toString(),
                "--from", "2", "--to", "6", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(5, json.get("scores").size());
        int k = json.get("suggestedK").asInt();
        assertTrue(k >= 2 && k <= 6);
    }

    @Test
    void rfmReportsSegmentsCoveringAllCustomers() {
        CliTestSupport.Run run = CliTestSupport.run("rfm", "--transactions",
                data.resolve("transactions.csv").toString(), "--reference-date", "2025-12-31", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals("2025-12-31", json.get("referenceDate").asText());
        int total = 0;
        for (JsonNode s : json.get("segments")) {
            total += s.get("customers").asInt();
        }
        assertEquals(json.get("customers").asInt(), total);
        assertEquals(600, total);
    }

    @Test
    void badInputGivesOneLineErrorAndExitCode1() {
        CliTestSupport.Run unknown = CliTestSupport.run("segment", "--in", data.resolve("customers.csv").toString(),
                "--algorithm", "spectral");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("choose kmeans, dbscan"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count());
        CliTestSupport.Run missing = CliTestSupport.run("segment", "--in", data.resolve("customers.csv").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("transactions"), missing.err());
        CliTestSupport.Run overwrite = CliTestSupport.run("rfm", "--transactions",
                data.resolve("transactions.csv").toString(), "--out", data.resolve("transactions.csv").toString());
        assertEquals(1, overwrite.exitCode());
        assertTrue(overwrite.err().contains("Refusing to overwrite"), overwrite.err());
    }
}
