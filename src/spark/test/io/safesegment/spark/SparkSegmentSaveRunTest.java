package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SavedRunAssertions;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1, a segment step's {@code saveRun} on Spark local[2] against the desktop engine: the same recipe in
 * two workspaces (each with the customers file imported first, so the lineage has a parent to find) leaves the same
 * saved run (parameters, seed, features, fingerprints, assignments, sizes, centroids, names, silhouette; ids and
 * times aside) and the same derived datasets (features and assignments, byte-identical files, same parents and
 * lineage) for the desktop's hierarchical clustering on the driver, with the same audit entries. An MLlib k-means
 * step saves its run too: the desktop's features and fingerprints, MLlib's labels as in its assignment file.
 * Data: the first 1,000 sample customers and the first 5,000 sample transaction lines.
 */
class SparkSegmentSaveRunTest {
    @TempDir
    static Path dir;

    private static final String RECIPE = """
            {"recipeVersion": 1, "name": "saved runs", "steps": [
              {"kind": "import", "name": "customers", "file": "customers.csv"},
              {"kind": "import", "name": "tx", "file": "transactions.csv"},
              {"kind": "segment", "name": "tree", "customers": "customers", "transactions": "tx",
               "features": ["order_count", "avg_spend", "recency_days", "gender", "annual_income"],
               "algorithm": "hierarchical", "k": 4, "seed": 7, "segmentNames": ["A", "B", "C", "D"],
               "saveRun": true},
              {"kind": "segment", "name": "km", "customers": "customers", "features": ["annual_income", "age"],
               "k": 3, "seed": 11, "saveRun": true}
            ]}""";

    private static RecipeResult run(String engine) throws Exception {
        Path ws = dir.resolve(engine);
        DatasetService.importDataset(ws, dir.resolve("customers.csv"), DatasetImportOptions.defaults(),
                Progress.NONE);
        return RecipeService.run(Recipe.parse(RECIPE, dir), ws, RecipeKeys.NONE, engine, "local[2]", Progress.NONE);
    }

    @Test
    void savedRunsAndDatasetsEqualTheDesktops() throws Exception {
        Files.write(dir.resolve("customers.csv"), Files.readAllLines(Path.of("sample-datasets/customers.csv"))
                .subList(0, 1_001));
        Files.write(dir.resolve("transactions.csv"), Files.readAllLines(Path.of("sample-datasets/transactions.csv"))
                .subList(0, 5_001));
        run("desktop");
        RecipeResult spark = run("spark");
        assertEquals("done", spark.steps().get(3).status(), spark.toString());
        Path desktopWs = dir.resolve("desktop");
        Path sparkWs = dir.resolve("spark");

        // the desktop's algorithm on the driver: the same run and the same datasets, byte for byte
        ClusteringRun tree = SavedRunAssertions.savedRun(sparkWs, Algorithm.HIERARCHICAL);
        SavedRunAssertions.assertSameRun(SavedRunAssertions.savedRun(desktopWs, Algorithm.HIERARCHICAL), tree);
        assertEquals(List.of("A", "B", "C", "D"), tree.segmentNames());
        assertArrayEquals(Files.readAllBytes(desktopWs.resolve("exports/tree.csv")),
                Files.readAllBytes(sparkWs.resolve("exports/tree.csv")));
        List<Dataset> desktop = SavedRunAssertions.datasets(desktopWs);
        List<Dataset> onSpark = SavedRunAssertions.datasets(sparkWs);
        assertEquals(List.of("customers.csv", "features", "segments hierarchical k4", "features",
                "segments kmeans k3"), onSpark.stream().map(d -> SavedRunAssertions.withoutRunId(d.name())).toList());
        assertEquals(desktop.size(), onSpark.size());
        for (int i = 0; i < 4; i++) { // the import, the tree's features and assignments, the k-means features
            SavedRunAssertions.assertSameDataset(desktopWs, desktop.get(i), sparkWs, onSpark.get(i));
        }
        assertEquals(List.of(onSpark.get(0).id()), onSpark.get(2).parents(), "the imported customers file");

        // MLlib k-means saves its run: the desktop's features, MLlib's labels as written to the assignment file
        ClusteringRun desktopKm = SavedRunAssertions.savedRun(desktopWs, Algorithm.KMEANS);
        ClusteringRun km = SavedRunAssertions.savedRun(sparkWs, Algorithm.KMEANS);
        assertEquals(11, km.seed());
        assertEquals(desktopKm.featureNames(), km.featureNames());
        assertEquals(desktopKm.datasetFingerprint(), km.datasetFingerprint());
        assertEquals(desktopKm.rowFingerprint(), km.rowFingerprint());
        assertEquals(3, km.k());
        List<String> lines = Files.readAllLines(sparkWs.resolve("exports/km.csv"));
        int[] written = lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).toArray();
        assertArrayEquals(written, km.labels());
        assertEquals(km.labels().length, Arrays.stream(km.sizes()).sum());
        Dataset kmSegments = onSpark.get(4);
        assertEquals(desktop.get(4).rows(), kmSegments.rows());
        assertEquals(desktop.get(4).columns(), kmSegments.columns());
        assertEquals(desktop.get(4).parents(), kmSegments.parents());
        assertEquals("segment", kmSegments.steps().get(0).kind());
        assertEquals(km.id(), kmSegments.steps().get(0).parameters().get("runId"));
        assertNotEquals(desktopKm.id(), km.id());

        // the same audit trail: the import and one recipe-run entry naming the same steps and outcomes
        List<AuditEntry> desktopAudit = AuditService.list(Workspace.open(desktopWs), AuditFilter.ALL);
        List<AuditEntry> sparkAudit = AuditService.list(Workspace.open(sparkWs), AuditFilter.ALL);
        assertEquals(List.of("import", "recipe-run"), sparkAudit.stream().map(AuditEntry::action).toList());
        assertEquals(desktopAudit.stream().map(AuditEntry::action).toList(),
                sparkAudit.stream().map(AuditEntry::action).toList());
        assertEquals(desktopAudit.get(1).detail(), sparkAudit.get(1).detail());
        assertEquals(desktopAudit.get(1).outcome(), sparkAudit.get(1).outcome());
    }
}
