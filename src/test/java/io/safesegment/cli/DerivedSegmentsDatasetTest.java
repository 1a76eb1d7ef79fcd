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
        JsonNode features = null;
        for (JsonNode d : listed) {
            if (d.get("name").asText().startsWith("features ")) {
                features = d;
            }
        }
        assertTrue(features != null, "the clustered features are kept too: " + listed);
        assertEquals(source, features.get("parents").get(0).asLong());
        assertEquals(60, features.get("rows").asLong());
    }

    @Test
    void anonymiseAndRecommendKeepTheirTablesWithLineage(@TempDir Path tmp) throws Exception {
        Path data = Files.writeString(tmp.resolve("病人.csv"), """
                编号;年龄;性别;诊断
                P1;21;男;flu
                P2;22;男;flu
                P3;23;女;cold
                P4;24;女;flu
                P5;31;男;hiv
                P6;32;男;flu
                P7;33;男;cold
                P8;34;女;cold
                """);
        Path age = Files.writeString(tmp.resolve("age.csv"),
                "21;20-29;*\n22;20-29;*\n23;20-29;*\n24;20-29;*\n31;30-39;*\n32;30-39;*\n33;30-39;*\n34;30-39;*\n");
        Path sex = Files.writeString(tmp.resolve("sex.csv"), "男;*\n女;*\n");
        String ws = tmp.resolve("ws").toString();
        long source = CliTestSupport.run("import", data.toString(), "--workspace", ws, "--json").json().get("id")
                .asLong();
        CliTestSupport.Run anon = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "年龄,性别",
                "--hierarchy", "年龄=" + age + ",性别=" + sex, "--k", "2", "--suppression", "0.125",
                "--workspace", ws, "--json");
        assertEquals(0, anon.exitCode(), anon.err());
        long anonId = anon.json().get("anonymisedDatasetId").asLong();

        Path tx = Files.writeString(tmp.resolve("tx.csv"), "customer_id,product_id,timestamp\n"
                + "c1,p1,2025-01-01T10:00:00\nc1,p2,2025-01-02T10:00:00\nc2,p1,2025-01-03T10:00:00\n"
                + "c2,p3,2025-01-04T10:00:00\nc3,p2,2025-01-05T10:00:00\n");
        long txId = CliTestSupport.run("import", tx.toString(), "--workspace", ws, "--json").json().get("id").asLong();
        CliTestSupport.Run rec = CliTestSupport.run("recommend", "--transactions", tx.toString(), "--model",
                "popularity", "--user", "c3", "--n", "2", "--workspace", ws, "--json");
        assertEquals(0, rec.exitCode(), rec.err());

        JsonNode listed = CliTestSupport.run("datasets", "--workspace", ws, "--json").json().get("datasets");
        boolean anonFound = false;
        boolean recFound = false;
        for (JsonNode d : listed) {
            if (d.get("id").asLong() == anonId) {
                anonFound = true;
                assertEquals("anonymised", d.get("kind").asText());
                assertEquals(source, d.get("parents").get(0).asLong());
                assertEquals("anonymise", d.get("steps").get(0).get("kind").asText());
            }
            if (d.get("name").asText().startsWith("recommendations ")) {
                recFound = true;
                assertEquals("derived", d.get("kind").asText());
                assertEquals(txId, d.get("parents").get(0).asLong());
                assertEquals(2, d.get("rows").asLong());
                assertEquals("popularity", d.get("steps").get(0).get("parameters").get("model").asText());
            }
        }
        assertTrue(anonFound && recFound, listed.toString());
    }
}
