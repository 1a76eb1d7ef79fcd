package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.privacy.anonymise.HierarchyFiles;
import io.safesegment.core.utility.SampleAnonymisation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anonymise --utility} on the bundled samples: the new JSON fields beside the old ones (issue #16 item 6). */
class AnonymiseUtilityCommandTest {
    private static final Path SAMPLES = Path.of("sample-datasets");

    @TempDir
    Path dir;

    @Test
    void jsonCarriesUtilityNextToRisk() throws Exception {
        SampleAnonymisation samples = SampleAnonymisation.read(SAMPLES);
        List<String> hierarchies = new ArrayList<>();
        for (var e : samples.hierarchies.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".csv");
            HierarchyFiles.write(e.getValue(), file);
            hierarchies.add(e.getKey() + "=" + file);
        }
        var run = CliTestSupport.run("anonymise", "--in", SAMPLES.resolve("customers.csv").toString(),
                "--qi", String.join(",", SampleAnonymisation.QIS), "--hierarchy", String.join(",", hierarchies),
                "--k", "5", "--suppression", "0.02", "--utility", "--transactions",
                SAMPLES.resolve("transactions.csv").toString(), "--utility-k", "4", "--seed", "3",
                "--workspace", dir.resolve("ws").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = run.json();
        assertTrue(j.has("levels") && j.has("loss") && j.has("k"), "existing fields kept");
        assertTrue(j.get("k").asInt() >= 5);
        assertEquals(1.0 / j.get("k").asInt(), j.get("highestRisk").asDouble(), 1e-12);
        assertTrue(j.get("averageRisk").asDouble() > 0 && j.get("averageRisk").asDouble() <= 0.2);
        JsonNode u = j.get("utility");
        double ari = u.get("ari").asDouble();
        assertTrue(ari > -1 && ari <= 1, "ari " + ari);
        assertEquals(4, u.get("segmentSizes").size());
        assertTrue(u.get("segmentSizes").get(0).has("original") && u.get("segmentSizes").get(0).has("anonymised"));
        assertTrue(u.get("ndcg10Original").asDouble() > 0);
        assertTrue(u.get("ndcg10Anonymised").asDouble() > 0);
        assertTrue(u.get("ndcg10InteractionsOnly").asDouble() > 0);
        assertEquals(3, u.get("seed").asInt());
        // the default features are the usable quasi-identifiers plus the behavioural defaults
        List<String> features = new ArrayList<>();
        u.get("features").forEach(f -> features.add(f.asText()));
        assertEquals(List.of("age", "gender", "city", "order_count", "avg_spend", "recency_days", "tenure_days"), features);

        // the anonymised dataset's lineage keeps what marketing lost beside how the data were anonymised
        var listed = CliTestSupport.run("datasets", "--workspace", dir.resolve("ws").toString(), "--json");
        assertEquals(0, listed.exitCode(), listed.err());
        JsonNode kept = null;
        for (JsonNode d : listed.json().get("datasets")) {
            if (d.get("id").asLong() == j.get("anonymisedDatasetId").asLong()) {
                kept = d;
            }
        }
        JsonNode step = kept.get("steps").get(kept.get("steps").size() - 1).get("parameters").get("utility");
        assertEquals(ari, step.get("ari").asDouble(), 1e-12);
        assertEquals(u.get("ndcg10Anonymised").asDouble(), step.get("ndcg10Anonymised").asDouble(), 1e-12);

        // and the run is in the workspace's audit trail, with the kept dataset's fingerprint (issue 17 item 2)
        var audit = CliTestSupport.run("audit", "list", "--workspace", dir.resolve("ws").toString(), "--action",
                "anonymise", "--json");
        assertEquals(0, audit.exitCode(), audit.err());
        JsonNode entry = audit.json().get("entries").get(0);
        assertEquals("customers.csv", entry.get("object").asText());
        assertEquals(kept.get("fingerprint").asText(), entry.get("fingerprint").asText());
        assertEquals("success", entry.get("outcome").asText());
    }

    @Test
    void withoutUtilityTheFieldIsNull() throws Exception {
        SampleAnonymisation samples = SampleAnonymisation.read(SAMPLES);
        Path gender = dir.resolve("gender.csv");
        HierarchyFiles.write(samples.hierarchies.get("gender"), gender);
        var run = CliTestSupport.run("anonymise", "--in", SAMPLES.resolve("customers.csv").toString(),
                "--qi", "gender", "--hierarchy", "gender=" + gender, "--k", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.json().get("utility").isNull());
    }
}
