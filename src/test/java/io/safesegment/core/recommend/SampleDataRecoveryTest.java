package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.SegmentMap;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.eval.ModelEvaluation;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the committed sample data the generator planted co-purchase bundles; collaborative models must find them
 * (hit rate far above popularity) and the results must be reproducible with a seed.
 */
class SampleDataRecoveryTest {
    private static final Path DIR = Path.of("sample-datasets");
    private static InteractionMatrix data;
    private static ProductCatalog catalogue;
    private static Map<String, String> segments;

    @BeforeAll
    static void load() {
        catalogue = ProductCatalog.load(DIR.resolve("products.csv"));
        data = TransactionLoader.load(DIR.resolve("transactions.csv"), TransactionOptions.defaults(),
                catalogue.products().keySet(), Progress.NONE);
        segments = SegmentMap.load(DIR.resolve("customer_segments.csv"), "planted_segment").segments();
    }

    private static EvaluationReport evaluate(List<String> models, long seed) {
        EvaluationOptions options = new EvaluationOptions(SplitKind.TEMPORAL, 1, 10, 0.2, 1500, null, seed);
        ModelContext ctx = new ModelContext(catalogue, Map.of(), seed, 0);
        List<Evaluator.Candidate> candidates = models.stream()
                .map(n -> new Evaluator.Candidate(n, () -> Recommenders.create(n, ctx))).toList();
        return new Evaluator(data, catalogue, segments, options).evaluate(candidates, Progress.NONE);
    }

    @Test
    void plantedCoPurchaseStructureIsRecovered() {
        EvaluationReport r = evaluate(List.of("popularity", "itemknn", "als", "content", "hybrid"), 42);
        double pop = r.models().get(0).overall().hitRate();
        for (ModelEvaluation m : r.models().subList(1, r.models().size())) {
            assertTrue(m.overall().hitRate() >= 1.5 * pop && m.overall().hitRate() > 0.5,
                    m.model() + " hit rate " + m.overall().hitRate() + " vs popularity " + pop);
        }
        ModelEvaluation knn = r.models().get(1);
        assertFalse(knn.segments().isEmpty(), "per-segment results");
        assertEquals(knn.overall().users(), knn.segments().values().stream().mapToLong(s -> s.users()).sum());
        double fairnessWeighted = knn.overall().fairness().values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(fairnessWeighted > 0, "fairness ratios per category");
    }

    @Test
    void evaluationIsDeterministicForASeed() {
        EvaluationReport a = evaluate(List.of("als", "bpr"), 9);
        EvaluationReport b = evaluate(List.of("als", "bpr"), 9);
        for (int x = 0; x < 2; x++) {
            assertEquals(a.models().get(x).overall(), b.models().get(x).overall());
            assertEquals(a.models().get(x).segments(), b.models().get(x).segments());
        }
    }

    @Test
    void previewExplainsCoPurchasesWithProductNames() {
        FittedModel fitted = FittedModel.fit(Recommenders.create("itemknn", ModelContext.of(catalogue, 1)), data,
                catalogue, Progress.NONE);
        String user = data.users().id(0);
        UserPreview p = fitted.preview(user, 5);
        assertTrue(p.known());
        assertEquals(5, p.items().size());
        RecommendedItem first = p.items().get(0);
        assertTrue(first.explanation().startsWith("bought "), first.explanation());
        assertTrue(first.explanation().contains(catalogue.label(first.relatedItems().get(0))));
        for (RecommendedItem it : p.items()) {
            assertFalse(data.contains(0, data.items().indexOf(it.itemId())), "seen items are excluded");
        }
        UserPreview unknown = fitted.preview("NOBODY", 3);
        assertFalse(unknown.known());
        assertEquals("POPULAR", unknown.items().get(0).reason());

        List<String> members = segments.entrySet().stream().filter(e -> e.getValue().equals("FREQUENT_LOW_SPEND"))
                .map(Map.Entry::getKey).sorted().toList();
        SegmentPreview sp = fitted.segmentPreview("FREQUENT_LOW_SPEND", members, 10, 300, 1, Progress.NONE);
        assertEquals(10, sp.items().size());
        assertEquals(300, sp.sampled());
        assertTrue(sp.members() >= 300);
    }
}
