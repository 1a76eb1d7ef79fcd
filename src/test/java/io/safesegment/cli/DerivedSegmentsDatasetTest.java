package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12 item 1: a segmentation's assignments are a workspace dataset of kind {@code derived}, child of the
 * dataset it was computed from, with the run (algorithm, seed, features) in its lineage.
 */
class DerivedSegmentsDatasetTest {
    @Test
    void segmentWithAWorkspaceKeepsItsAssignmentsAsADerivedChildDataset(@TempDir Path tmp) throws Exception {
        StringBuilder mall = new StringBuilder("CustomerID,Genre,Age,x,Spending_Score\n");
        for (int i = 1; i <= 60; i++) {
            mall.append(i).append(',').append(i % 2 == 0 ? "Male" : "Female").append(',').append(18 + i % 50)
                    .append(',').append(15 + (i * 7) % 120).append(',').append((i * 13) % 100).append('\n');
        }
        Path file = Files.writeString(tmp.resolve("Mall_Customers.csv"), mall.toString());
        String ws = tmp.resolve("ws").toString();
        CliTestSupport.Run imported = CliTestSupport.run("import", file.toString(), "--workspace", ws, "--json");
        assertEquals(0, imported.exitCode(), imported.err());
        long source = imported.json().get("id").asLong();

        CliTestSupport.Run seg = CliTestSupport.run("segment", "--in", file.toString(), "--features", "x,Spending_Score",
                "--k", "3", "--seed", "7", "--workspace", ws, "--json");
        assertEquals(0, seg.exitCode(), seg.err());
        assertFalse(seg.json().get("assignmentsDatasetId").isNull(), seg.out());

        JsonNode listed = CliTestSupport.run("datasets", "--workspace", ws, "--json").json().get("datasets");
        JsonNode derived = null;
        for (JsonNode d : listed) {
            if (d.get("kind").asText().equals("derived")) {
                derived = d;
            }
        }
        assertTrue(derived != null, listed.toString());
        assertEquals(seg.json().get("assignmentsDatasetId").asLong(), derived.get("id").asLong());
        assertEquals(60, derived.get("rows").asLong());
        assertEquals(source, derived.get("parents").get(0).asLong(), "child of the imported mall dataset");
        JsonNode step = derived.get("steps").get(0);
        assertEquals("segment", step.get("kind").asText());
        assertEquals(7, step.get("parameters").get("seed").asLong());
        assertEquals("customer_id", derived.get("roles").get("semantic").get("customer_id").asText());
    }
}
