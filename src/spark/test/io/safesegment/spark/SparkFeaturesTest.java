package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1: the features a {@code segment} step builds from raw transactions (order count, spend, average,
 * recency, first purchase, tenure from the signup date, channel shares, and customer columns) on Spark local[2]
 * equal the desktop's {@code FeatureBuilder} for the 5,007 sample customers (7 repeated ids) and their 97,572
 * transaction lines: the same customers in the same order, the same feature names, every value within 1e-9 (mean
 * imputation included); a recipe's segment step runs from the transactions on Spark ({@code saveRun}, once refused
 * here, runs since: {@code SparkSegmentSaveRunTest}).
 */
class SparkFeaturesTest {
    private static final Path CUSTOMERS = Path.of("sample-datasets/customers.csv");
    private static final Path TRANSACTIONS = Path.of("sample-datasets/transactions.csv");
    private static final List<String> FEATURES = List.of("order_count", "total_spend", "avg_spend", "recency_days",
            "first_purchase_days", "tenure_days", "channel_shares", "annual_income", "age");

    @TempDir
    Path dir;

    @Test
    void featuresFromTransactionsEqualTheDesktops() {
        FeatureOptions options = FeatureOptions.of(FEATURES);
        FeatureMatrix desktop = SegmentationService.features(new SegmentationService.FeatureInput(CUSTOMERS,
                TRANSACTIONS, null, RoleMapping.empty(), options), Progress.NONE);
        SparkSession spark = SparkSessions.get("local[2]");
        SparkFeatures.Built onSpark = SparkFeatures.build(
                SparkImport.read(spark, CUSTOMERS, CsvImportOptions.defaults(), RoleMapping.empty()),
                SparkImport.read(spark, TRANSACTIONS, CsvImportOptions.defaults(), RoleMapping.empty()),
                RoleMapping.empty(), options);
        assertEquals(desktop.customerIds(), onSpark.customerIds());
        assertEquals(desktop.featureNames(), onSpark.names());
        assertTrue(onSpark.names().contains("channel:web"), onSpark.names().toString());
        assertEquals(desktop.referenceDate(), onSpark.reference());
        for (int j = 0; j < onSpark.names().size(); j++) {
            for (int i = 0; i < onSpark.customerIds().size(); i++) {
                assertEquals(desktop.raw()[j][i], onSpark.raw()[j][i], 1e-9, onSpark.names().get(j) + " of "
                        + onSpark.customerIds().get(i));
            }
        }
    }

    private Recipe segmentRecipe(String extra) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "segments", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "import", "name": "tx", "file": "transactions.csv"},
                  {"kind": "segment", "name": "segments", "customers": "customers", "transactions": "tx",
                   "features": ["order_count", "avg_spend", "recency_days", "tenure_days"], "k": 4, "seed": 7%s}
                ]}""".formatted(extra), dir);
    }

    @Test
    void aSegmentStepRunsFromTransactions() throws Exception {
        Files.copy(CUSTOMERS, dir.resolve("customers.csv"));
        // the first 20,000 lines keep the run short; customers without lines still get features (imputed)
        Files.write(dir.resolve("transactions.csv"), Files.readAllLines(TRANSACTIONS).subList(0, 20_001));
        Recipe recipe = segmentRecipe("");
        RecipeResult r = RecipeService.run(recipe, dir.resolve("ws"), RecipeKeys.NONE, "spark", "local[2]",
                Progress.NONE);
        assertEquals("done", r.steps().get(2).status(), r.toString());
        List<String> lines = Files.readAllLines(dir.resolve("ws/exports/segments.csv"));
        assertEquals("customer_id,segment,segment_name", lines.get(0)); // the desktop's format
        assertEquals(5000, lines.size() - 1);
        assertEquals(4, lines.stream().skip(1).map(l -> l.substring(l.indexOf(',') + 1)).distinct().count());
    }
}
