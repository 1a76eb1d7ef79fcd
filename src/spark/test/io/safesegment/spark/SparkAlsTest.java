package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 3: a recommend step with MLlib ALS on Spark local[2] writes a campaign list in the desktop's format:
 * n products per customer, ranked by falling score, none the customer already bought. (MLlib's ALS is not the
 * desktop's, so the lists are not compared with the desktop's.)
 */
class SparkAlsTest {
    @TempDir
    Path dir;

    @Test
    void alsCampaignListHasNUnboughtProductsPerCustomer() throws Exception {
        Files.copy(Path.of("sample-datasets/transactions.csv"), dir.resolve("transactions.csv"));
        RecipeResult result = RecipeService.run(Recipe.parse("""
                {"recipeVersion": 1, "name": "als", "steps": [
                  {"kind": "import", "name": "tx", "file": "transactions.csv",
                   "roles": "customer_id=customer_id,product_id=product_id,timestamp=timestamp,amount=amount"},
                  {"kind": "recommend", "name": "recs", "transactions": "tx", "model": "als", "n": 5, "seed": 7,
                   "output": "recs.csv"}
                ]}""", dir), dir.resolve("ws"), () -> null, "spark", "local[2]", Progress.NONE);
        assertEquals("done", result.steps().get(1).status());
        Set<String> bought = new HashSet<>();
        Set<String> buyers = new HashSet<>();
        List<String> tx = Files.readAllLines(dir.resolve("transactions.csv"));
        for (String line : tx.subList(1, tx.size())) {
            String[] f = line.split(",");
            bought.add(f[1] + "|" + f[3]);
            buyers.add(f[1]);
        }
        List<String> lines = Files.readAllLines(dir.resolve("ws/exports/recs.csv"));
        assertEquals("customer_id,rank,product_id,product_name,score,explanation", lines.get(0));
        Map<String, Integer> lastRank = new HashMap<>();
        Map<String, Double> lastScore = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int rank = Integer.parseInt(f[1]);
            double score = Double.parseDouble(f[4]);
            assertEquals(lastRank.getOrDefault(f[0], 0) + 1, rank, line);
            assertTrue(score <= lastScore.getOrDefault(f[0], Double.MAX_VALUE), line);
            assertFalse(bought.contains(f[0] + "|" + f[2]), "already bought: " + line);
            lastRank.put(f[0], rank);
            lastScore.put(f[0], score);
        }
        assertEquals(buyers, lastRank.keySet(), "every buyer gets a list");
        assertTrue(lastRank.values().stream().allMatch(r -> r == 5));
        assertEquals(buyers.size(), ((Number) result.steps().get(1).details().get("customers")).intValue());
    }
}
