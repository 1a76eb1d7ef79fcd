package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.DatasetService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, recording gaps, Value and Campaigns: a CLV fit that writes the per-customer figures and the lapsed
 * segment (kept in the workspace) and a win-back campaign split of the lapsed customers, both run with
 * {@code --record}, replay through {@code safesegment run --json} into another workspace to byte-identical files and
 * the same kept dataset.
 */
class RecipeValueCampaignReplayTest {
    private static final Path TRANSACTIONS = Path.of("sample-datasets/transactions.csv");

    @TempDir
    Path dir;

    @Test
    void recordedClvAndCampaignReplayToTheSameFiles() throws Exception {
        Path ws1 = dir.resolve("ws1");
        Path ws2 = dir.resolve("ws2");
        Path recipe = dir.resolve("winback.recipe.json");
        Path figures = dir.resolve("clv.csv");
        Path lapsed = dir.resolve("lapsed.csv");
        Path list = dir.resolve("winback.csv");
        var clv = CliTestSupport.run("clv", "--transactions", TRANSACTIONS.toAbsolutePath().toString(),
                "--calibration-end", "2025-06-30", "--horizon", "90", "--churn-inactive-days", "120", "--out",
                figures.toString(), "--lapsed-out", lapsed.toString(), "--workspace", ws1.toString(), "--record",
                recipe.toString(), "--json");
        assertEquals(0, clv.exitCode(), clv.err());
        var design = CliTestSupport.run("campaign", "design", "--target", lapsed.toString(), "--where",
                "segment_name=lapsed", "--offers", "winback-10,winback-20", "--control-share", "0.25", "--seed", "7",
                "--out", list.toString(), "--record", recipe.toString(), "--json");
        assertEquals(0, design.exitCode(), design.err());

        JsonNode steps = Json.mapper().readTree(Files.readString(recipe)).get("steps");
        assertEquals(3, steps.size(), steps.toString());
        assertEquals("import", steps.get(0).get("kind").asText());
        assertEquals("clv", steps.get(1).get("kind").asText());
        assertEquals(120, steps.get(1).get("inactiveDays").asInt());
        assertEquals("2025-06-30", steps.get(1).get("calibrationEnd").asText());
        assertTrue(steps.get(1).get("keepLapsed").asBoolean());
        assertEquals("campaign", steps.get(2).get("kind").asText());
        assertEquals("clv.lapsed", steps.get(2).get("target").asText(), "the campaign reads the replay's own list");
        assertEquals(7, steps.get(2).get("seed").asInt());

        var dry = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--dry-run", "--json");
        assertEquals(0, dry.exitCode(), dry.out() + dry.err());
        Path figures2 = dir.resolve("clv2.csv");
        Path lapsed2 = dir.resolve("lapsed2.csv");
        Path list2 = dir.resolve("winback2.csv");
        var replay = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--json",
                "--set", "clv.output=" + figures2, "--set", "clv.lapsed=" + lapsed2, "--set", "campaign.output=" + list2);
        assertEquals(0, replay.exitCode(), replay.err() + replay.out());
        JsonNode results = replay.json().get("steps");
        assertEquals(clv.json().get("lapsed").asLong(), results.get(1).get("details").get("lapsed").asLong());
        assertEquals(design.json().get("targetCustomers").asInt(),
                results.get(2).get("details").get("customers").asInt());
        assertEquals(Files.readString(figures), Files.readString(figures2), "same per-customer figures");
        assertEquals(Files.readString(lapsed), Files.readString(lapsed2), "same lapsed segment");
        assertEquals(Files.readString(list), Files.readString(list2), "same seeded split");
        assertTrue(DatasetService.datasets(ws2).stream().anyMatch(d -> d.name().startsWith("lapsed customers")),
                "the lapsed segment is kept in the replaying workspace too");
    }

    @Test
    void aRecordedSegmentRunReplaysToTheSameAssignmentsAndProfiles() throws Exception {
        Path recipe = dir.resolve("segment.recipe.json");
        Path assignments = dir.resolve("a1.csv");
        Path profiles = dir.resolve("p1.csv");
        var run = CliTestSupport.run("segment", "--in", "sample-datasets/customers.csv", "--transactions",
                "sample-datasets/transactions.csv", "--features", "order_count,avg_spend,recency_days,tenure_days",
                "--algorithm", "kmeans", "--k", "4", "--seed", "3", "--out", assignments.toString(), "--profiles",
                profiles.toString(), "--workspace", dir.resolve("ws1").toString(), "--record", recipe.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode step = Json.mapper().readTree(Files.readString(recipe)).get("steps").get(2);
        assertEquals("segment", step.get("kind").asText());
        assertEquals(3, step.get("seed").asInt());
        assertTrue(step.get("saveRun").asBoolean());
        Path assignments2 = dir.resolve("a2.csv");
        Path profiles2 = dir.resolve("p2.csv");
        var replay = CliTestSupport.run("run", recipe.toString(), "--workspace", dir.resolve("ws2").toString(),
                "--json", "--set", "segment.output=" + assignments2, "--set", "segment.profiles=" + profiles2);
        assertEquals(0, replay.exitCode(), replay.err() + replay.out());
        assertEquals(Files.readString(assignments), Files.readString(assignments2), "same assignments");
        assertEquals(Files.readString(profiles), Files.readString(profiles2), "same profiles");
    }
}
