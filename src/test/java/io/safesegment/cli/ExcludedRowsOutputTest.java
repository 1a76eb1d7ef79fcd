package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.ForeignShapes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** segment, rfm, recommend and recommend evaluate say in text and JSON which rows they left out and how they count. */
class ExcludedRowsOutputTest {
    private static final String RETAIL_CUSTOMERS = "CustomerID,Country\n17850,UK\n12346,UK\n12347,IS\n13047,UK\n";

    @TempDir
    Path dir;

    private Path retail() {
        return ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
    }

    @Test
    void segmentTextShowsTheFrequencyRuleAndTheExcludedCounts() {
        Path customers = ForeignShapes.write(dir, "c.csv", RETAIL_CUSTOMERS);
        CliTestSupport.Run run = CliTestSupport.run("segment", "--in", customers.toString(), "--transactions",
                retail().toString(), "--features", "order_count,total_spend", "--k", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("order_count counts distinct orders"), run.out());
        assertTrue(run.out().contains("2 transaction lines without customer id, 0 without amount"), run.out());
        assertTrue(run.out().contains("Derived: amount = Quantity × UnitPrice"), run.out());
    }

    @Test
    void segmentJsonNamesTheFrequencyRuleAndEachFeaturesUnit() {
        Path customers = ForeignShapes.write(dir, "c.csv", RETAIL_CUSTOMERS);
        CliTestSupport.Run run = CliTestSupport.run("segment", "--in", customers.toString(), "--transactions",
                retail().toString(), "--features", "order_count,total_spend,recency_days", "--k", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals("orders", json.get("featureReport").get("frequencyCounts").asText());
        assertEquals(2, json.get("featureReport").get("excludedTransactionsWithoutCustomer").asInt());
        assertEquals("orders", json.get("units").get("order_count").asText());
        assertEquals("money", json.get("units").get("total_spend").asText());
        assertEquals("days", json.get("units").get("recency_days").asText());
    }

    @Test
    void rfmTextAlwaysShowsExcludedCountsAndTheFrequencyRule() {
        Path f = ForeignShapes.write(dir, "t.csv", "买家,日期,金额\n甲,2025-01-01,3\n乙,2025-01-02,4\n");
        CliTestSupport.Run run = CliTestSupport.run("rfm", "--transactions", f.toString(), "--map",
                "customer_id=买家,timestamp=日期,amount=金额");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Excluded rows: 0 without customer id, 0 without amount"), run.out());
        assertTrue(run.out().contains("frequency counts line items"), run.out());
    }

    @Test
    void recommendJsonKeepsItsFieldsAndAddsTheSkippedRows() {
        CliTestSupport.Run run = CliTestSupport.run("recommend", "--transactions", retail().toString(), "--model",
                "popularity", "--user", "17850", "--n", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertTrue(json.get("known").asBoolean(), run.out());
        assertEquals("17850", json.get("userId").asText());
        assertEquals(2, json.get("skippedRowsWithoutCustomer").asInt());
        assertEquals(1, json.get("skippedReturnLines").asInt());
        assertEquals(0, json.get("nettedReturnLines").asInt());
    }

    @Test
    void recommendWithSpendNetsReturnsAndSaysSoInText() {
        CliTestSupport.Run run = CliTestSupport.run("recommend", "--transactions", retail().toString(), "--model",
                "popularity", "--user", "17850", "--n", "3", "--weighting", "SPEND");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Skipped: 2 rows without customer id, 0 return lines; netted 1 return lines "
                + "(1 fully returned customer x product pairs dropped)"), run.out());
    }

    @Test
    void recommendEvaluateJsonAndTextShowTheSkippedRows() {
        CliTestSupport.Run run = CliTestSupport.run("recommend", "evaluate", "--transactions", retail().toString(),
                "--model", "popularity", "--folds", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertTrue(json.has("models"), run.out());
        assertEquals(2, json.get("skippedRowsWithoutCustomer").asInt());
        assertEquals(1, json.get("skippedReturnLines").asInt());
        CliTestSupport.Run text = CliTestSupport.run("recommend", "evaluate", "--transactions", retail().toString(),
                "--model", "popularity", "--folds", "2");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Skipped: 2 rows without customer id, 1 return lines"), text.out());
    }

    @Test
    void ratingsPrintNoTransactionCountsInTextButKeepTheJsonFields() {
        Path ratings = ForeignShapes.write(dir, "r.csv", "用户,商品,评分\nu1,p1,5\nu1,p2,3\nu2,p1,4\nu2,p3,2\n");
        CliTestSupport.Run text = CliTestSupport.run("recommend", "--ratings", ratings.toString(), "--model",
                "popularity", "--user", "u1", "--n", "2");
        assertEquals(0, text.exitCode(), text.err());
        assertFalse(text.out().contains("Skipped:"), text.out());
        CliTestSupport.Run json = CliTestSupport.run("recommend", "--ratings", ratings.toString(), "--model",
                "popularity", "--user", "u1", "--n", "2", "--json");
        assertEquals(0, json.json().get("skippedRowsWithoutCustomer").asInt(), json.out());
    }

    @Test
    void segmentWithoutTransactionsPrintsOnlyTheCustomerExclusions() {
        Path mall = ForeignShapes.write(dir, "mall.csv", ForeignShapes.MALL + "NA,Male,40,20,50\n");
        CliTestSupport.Run run = CliTestSupport.run("segment", "--in", mall.toString(), "--features",
                "x,Spending_Score", "--k", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Excluded: 1 customer rows without id, 0 duplicate ids\n")
                || run.out().contains("Excluded: 1 customer rows without id, 0 duplicate ids" + System.lineSeparator()),
                run.out());
        assertFalse(run.out().contains("order_count counts"), run.out());
    }
}
