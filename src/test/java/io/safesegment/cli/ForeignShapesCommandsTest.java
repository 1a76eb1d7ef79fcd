package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.ForeignShapes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** segment, rfm and recommend on files whose columns are all named unlike the samples, with and without --map. */
class ForeignShapesCommandsTest {
    @TempDir
    Path dir;

    @Test
    void segmentMallFeaturesWithoutReferenceDateReportsOriginalUnitCentroids() {
        Path mall = ForeignShapes.write(dir, "mall.csv", ForeignShapes.MALL);
        CliTestSupport.Run run = CliTestSupport.run("segment", "--in", mall.toString(), "--features",
                "x,Spending_Score", "--k", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(12, json.get("customers").asInt());
        for (JsonNode s : json.get("sizes")) {
            double x = s.get("centroidOriginal").get("x").asDouble();
            assertTrue(x >= 15 && x <= 19, "income in k$, not a z-score: " + x);
            assertEquals(s.get("centroid"), s.get("centroidScaled"));
        }
    }

    @Test
    void segmentWithExplicitMapOfARenamedId() {
        Path mall = ForeignShapes.write(dir, "mall.csv", ForeignShapes.MALL.replace("CustomerID", "Kennung"));
        CliTestSupport.Run run = CliTestSupport.run("segment", "--in", mall.toString(), "--features", "Age,x",
                "--k", "2", "--map", "customer_id=Kennung", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Kennung", run.json().get("featureReport").get("roles").get("customer_id").asText());
    }

    @Test
    void rfmOnOnlineRetailJsonSaysWhatItCounted() {
        Path retail = ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
        CliTestSupport.Run run = CliTestSupport.run("rfm", "--transactions", retail.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals("orders", json.get("frequencyCounts").asText());
        assertEquals(2, json.get("excludedRowsWithoutCustomer").asInt());
        assertEquals(0, json.get("excludedRowsWithoutAmount").asInt());
        assertEquals(4, json.get("customers").asInt());
        assertEquals("amount = Quantity × UnitPrice", json.get("derivedAmount").asText());
        boolean netReturner = false;
        for (JsonNode s : json.get("segments")) {
            netReturner |= s.get("name").asText().equals("no net spend") && s.get("customers").asInt() == 1;
        }
        assertTrue(netReturner, json.toString());
    }

    @Test
    void rfmMissingRoleErrorTellsHowToMap() {
        Path f = ForeignShapes.write(dir, "t.csv", "wer,wann,wieviel\nA,2025-01-01,3\n");
        CliTestSupport.Run run = CliTestSupport.run("rfm", "--transactions", f.toString());
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("--map customer_id="), run.err());
        CliTestSupport.Run mapped = CliTestSupport.run("rfm", "--transactions", f.toString(), "--map",
                "customer_id=wer,timestamp=wann,amount=wieviel", "--json");
        assertEquals(0, mapped.exitCode(), mapped.err());
        assertEquals("lineItems", mapped.json().get("frequencyCounts").asText());
    }

    @Test
    void recommendOnOnlineRetailAndChineseTransactions() {
        Path retail = ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
        CliTestSupport.Run run = CliTestSupport.run("recommend", "--transactions", retail.toString(), "--model",
                "popularity", "--user", "17850", "--n", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.json().get("known").asBoolean(), run.out());
        Path zh = ForeignShapes.write(dir, "交易.csv", ForeignShapes.CHINESE_TRANSACTIONS);
        CliTestSupport.Run zhRun = CliTestSupport.run("recommend", "--transactions", zh.toString(), "--model",
                "itemknn", "--user", "C002", "--n", "2", "--weighting", "SPEND", "--json");
        assertEquals(0, zhRun.exitCode(), zhRun.err());
        assertTrue(zhRun.json().get("known").asBoolean(), zhRun.out());
    }

    @Test
    void recommendMapToAMissingColumnIsRefused() {
        Path retail = ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
        CliTestSupport.Run run = CliTestSupport.run("recommend", "evaluate", "--transactions", retail.toString(),
                "--model", "popularity", "--map", "customer_id=Kunde");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("Kunde"), run.err());
    }
}
