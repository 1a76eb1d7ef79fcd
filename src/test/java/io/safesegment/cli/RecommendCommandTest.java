package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recommend} and {@code recommend evaluate} on a small generated dataset. */
class RecommendCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        CliTestSupport.Run r = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "300",
                "--seed", "3");
        assertEquals(0, r.exitCode(), r.err());
    }

    private static String tx() {
        return dir.resolve("transactions.csv").toString();
    }

    private static String products() {
        return dir.resolve("products.csv").toString();
    }

    @Test
    void evaluateJsonHasEveryRequestedModelAndSegment() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "evaluate", "--transactions", tx(), "--products",
                products(), "--model", "popularity,itemknn,markov", "--folds", "3", "--k", "5", "--seed", "4",
                "--segments", dir.resolve("customer_segments.csv").toString(), "--segment-column", "planted_segment",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals(3, json.get("models").size());
        assertEquals("itemknn", json.get("models").get(1).get("model").asText());
        JsonNode knn = json.get("models").get(1).get("overall");
        assertTrue(knn.get("hitRate").asDouble() > json.get("models").get(0).get("overall").get("hitRate").asDouble());
        assertTrue(knn.get("rmse").isNull(), "no rating metrics on implicit data");
        assertTrue(json.get("models").get(1).get("segments").size() >= 2);
        assertEquals(3, json.get("models").get(1).get("folds").asInt());
        // Same seed, same metrics.
        CliTestSupport.Run again = CliTestSupport.run("recommend", "evaluate", "--transactions", tx(), "--products",
                products(), "--model", "popularity,itemknn,markov", "--folds", "3", "--k", "5", "--seed", "4",
                "--segments", dir.resolve("customer_segments.csv").toString(), "--segment-column", "planted_segment",
                "--json");
        assertEquals(knn, again.json().get("models").get(1).get("overall"));
    }

    @Test
    void evaluateJsonWritesNullNotNanWithoutARelevanceThreshold() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "evaluate", "--transactions", tx(), "--model",
                "popularity", "--folds", "2", "--k", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode threshold = r.json().get("options").get("relevantRating");
        assertTrue(threshold != null && threshold.isNull(), "relevantRating is JSON null: " + threshold);
        assertFalse(r.out().contains("NaN"), r.out());
    }

    @Test
    void previewForAUserListsItemsWithExplanations() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "--model", "hybrid", "--transactions", tx(),
                "--products", products(), "--user", "C0000001", "--n", "4", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode items = r.json().get("items");
        assertEquals(4, items.size());
        for (JsonNode it : items) {
            assertFalse(it.get("explanation").asText().isBlank());
            assertTrue(it.get("itemId").asText().startsWith("P"));
        }
    }

    @Test
    void boughtTogetherRulesExplainWhatTheyPredictWithoutChangingTheList() {
        int explained = 0;
        for (int c = 1; c <= 8; c++) {
            String customer = String.format("C%07d", c);
            CliTestSupport.Run plain = CliTestSupport.run("recommend", "--model", "itemknn", "--transactions", tx(),
                    "--user", customer, "--n", "10", "--json");
            CliTestSupport.Run rules = CliTestSupport.run("recommend", "--model", "itemknn", "--transactions", tx(),
                    "--user", customer, "--n", "10", "--explain-rules", "--rule-support", "0.02", "--json");
            assertEquals(0, rules.exitCode(), rules.err());
            JsonNode a = plain.json().get("items");
            JsonNode b = rules.json().get("items");
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).get("itemId"), b.get(i).get("itemId"), "same list, same order");
                assertEquals(a.get(i).get("score").asDouble(), b.get(i).get("score").asDouble(), 1e-12);
                if (b.get(i).get("reason").asText().equals("BOUGHT_TOGETHER")) {
                    explained++;
                    assertTrue(b.get(i).get("explanation").asText().startsWith("Bought together with "),
                            b.get(i).get("explanation").asText());
                    assertFalse(b.get(i).get("relatedItems").isEmpty());
                }
            }
        }
        assertTrue(explained > 0, "the planted bundles give rules that explain some recommendations");
        CliTestSupport.Run refused = CliTestSupport.run("recommend", "--transactions", tx(), "--segment", "x",
                "--segments", tx(), "--explain-rules");
        assertEquals(2, refused.exitCode(), "--explain-rules needs --user");
    }

    @Test
    void previewForASegment() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "--model", "als", "--transactions", tx(),
                "--segments", dir.resolve("customer_segments.csv").toString(), "--segment", "LAPSED", "--n", "3",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, r.json().get("items").size());
        assertTrue(r.json().get("members").asInt() > 0);
    }

    @Test
    void ratingsEvaluationReportsRmse() throws IOException {
        StringBuilder sb = new StringBuilder();
        java.util.Random rnd = new java.util.Random(1);
        for (int u = 0; u < 60; u++) {
            for (int i = 0; i < 40; i++) {
                if (rnd.nextInt(3) == 0) {
                    sb.append(u).append("::").append(i).append("::").append(1 + (u + i) % 5).append("::")
                            .append(1000 + u * 40 + i).append('\n');
                }
            }
        }
        Path ratings = dir.resolve("ratings.dat");
        Files.writeString(ratings, sb.toString());
        CliTestSupport.Run r = CliTestSupport.run("recommend", "evaluate", "--ratings", ratings.toString(),
                "--model", "mf,userknn", "--split", "temporal", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.json().get("explicit").asBoolean());
        assertTrue(r.json().get("models").get(0).get("overall").get("rmse").asDouble() > 0);
        assertTrue(r.json().get("models").get(1).get("overall").get("mae").asDouble() > 0);
    }

    @Test
    void nanRatingsAndAnEmptyRatingsFileAreRefusedNotReportedAsRmseZero() throws IOException {
        Path nan = dir.resolve("nan-ratings.csv");
        Files.writeString(nan, "user,item,rating\nu1,i1,NaN\nu1,i2,4\nu2,i1,Infinity\nu2,i2,3\nu3,i1,5\n");
        CliTestSupport.Run r = CliTestSupport.run("recommend", "evaluate", "--ratings", nan.toString(),
                "--model", "mf");
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains("nan-ratings.csv line 2 column 3"), r.err());
        assertFalse(r.out().contains("0.0000"), r.out());

        Path empty = dir.resolve("empty-ratings.csv");
        Files.writeString(empty, "");
        CliTestSupport.Run e = CliTestSupport.run("recommend", "evaluate", "--ratings", empty.toString(),
                "--model", "popularity");
        assertEquals(1, e.exitCode(), e.out());
        assertTrue(e.err().contains("empty-ratings.csv has no ratings"), e.err());
    }

    @Test
    void unknownModelAndContentWithoutProductsAreUserErrors() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "evaluate", "--transactions", tx(), "--model", "magic");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("Unknown model 'magic'"), r.err());
        CliTestSupport.Run c = CliTestSupport.run("recommend", "--transactions", tx(), "--model", "content",
                "--user", "C0000001");
        assertEquals(1, c.exitCode());
        assertTrue(c.err().contains("--products"), c.err());
    }

    @Test
    void allWritesACampaignListForEveryCustomerAndReportsItAsJson() throws IOException {
        Path out = dir.resolve("recs.csv");
        CliTestSupport.Run r = CliTestSupport.run("recommend", "--all", "--model", "itemknn", "--transactions", tx(),
                "--products", products(), "--n", "3", "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        int customers = json.get("customers").asInt();
        assertTrue(customers > 200, r.out());
        assertEquals(out.toString(), json.get("file").asText());
        assertEquals("itemknn", json.get("model").asText());
        var lines = Files.readAllLines(out);
        assertEquals("customer_id,rank,product_id,product_name,score,explanation", lines.getFirst());
        assertEquals(json.get("rows").asLong() + 1, lines.size());
        assertEquals(customers * 3L, json.get("rows").asLong());
    }

    @Test
    void allForASegmentListsOnlyItsMembersAndAllNeedsOut() throws IOException {
        String segment = Files.readAllLines(dir.resolve("customer_segments.csv")).get(1).split(",")[1];
        CliTestSupport.Run missing = CliTestSupport.run("recommend", "--all", "--transactions", tx());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--all needs --out FILE"), missing.err());
        Path out = dir.resolve("segment-recs.csv");
        CliTestSupport.Run r = CliTestSupport.run("recommend", "--all", "--segment", segment, "--model", "popularity",
                "--transactions", tx(), "--segments", dir.resolve("customer_segments.csv").toString(),
                "--segment-column", "planted_segment", "--n", "2", "--out", out.toString(), "--json");
        CliTestSupport.Run all = CliTestSupport.run("recommend", "--all", "--model", "popularity",
                "--transactions", tx(), "--n", "2", "--out", dir.resolve("all-recs.csv").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(segment, r.json().get("segment").asText());
        assertTrue(r.json().get("customers").asInt() < all.json().get("customers").asInt());
    }

    @Test
    void tuneReportsTheChosenValues() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "--model", "itemknn", "--tune", "--transactions", tx(),
                "--user", "C0000001", "--n", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode tuning = r.json().get("tuning").get(0);
        assertEquals("itemknn", tuning.get("model").asText());
        assertEquals("ndcg@10", tuning.get("metric").asText());
        assertTrue(tuning.get("settingsTried").asInt() > 1);
        assertTrue(tuning.get("chosen").has("neighbours"), tuning.toString());
    }

    @Test
    void evaluateTuneReportsTheValuesChosenOnTheTrainingFolds() {
        CliTestSupport.Run r = CliTestSupport.run("recommend", "evaluate", "--transactions", tx(), "--model",
                "itemknn", "--folds", "2", "--k", "5", "--tune", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode params = r.json().get("models").get(0).get("params");
        assertTrue(params.has("neighbours"), params.toString());
        CliTestSupport.Run text = CliTestSupport.run("recommend", "evaluate", "--transactions", tx(), "--model",
                "itemknn", "--folds", "2", "--k", "5", "--tune");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("itemknn      tuned: KnnParams[similarity=COSINE, neighbours="), text.out());
    }
}
