package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.eval.ModelEvaluation;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation runs saved in the workspace come back with the same metrics per model and per segment. */
class EvaluationRunStoreTest {
    @TempDir
    Path dir;

    /** 60 users in two segments buying from two item groups, seeded. */
    private static EvaluationReport report(long seed) {
        Random rnd = new Random(seed);
        InteractionBuilder b = new InteractionBuilder();
        Map<String, String> segments = new HashMap<>();
        for (int u = 0; u < 60; u++) {
            int group = u % 2;
            segments.put("u" + u, group == 0 ? "A" : "B");
            for (int x = 0; x < 6; x++) {
                b.add("u" + u, "i" + (group * 10 + rnd.nextInt(10)), 1, 1000L * x);
            }
        }
        InteractionMatrix data = b.build(InteractionBuilder.Merge.SUM, null, false);
        ModelContext ctx = new ModelContext(ProductCatalog.empty(), segments, seed, 0);
        ModelParameters params = ModelParameters.defaults(seed);
        params = new ModelParameters(new KnnParams(Similarity.PEARSON, 5, 2), params.userKnn(), params.mf(),
                params.als(), params.bpr(), params.content(), params.markov(), params.hybrid());
        ModelParameters p = params;
        return new Evaluator(data, ProductCatalog.empty(), segments,
                new EvaluationOptions(SplitKind.RANDOM, 2, 3, 0.2, 0, null, seed))
                .evaluate(List.of(new Evaluator.Candidate("popularity", () -> Recommenders.create("popularity", ctx)),
                        new Evaluator.Candidate("itemknn", () -> Recommenders.create("itemknn", ctx, p))),
                        Progress.NONE);
    }

    @Test
    void savedRunsListNewestFirstAndReloadWithTheirSegments() {
        EvaluationRunStore store = new EvaluationRunStore(Workspace.open(dir.resolve("ws")));
        EvaluationReport first = report(1);
        EvaluationReport second = report(2);
        EvaluationRunStore.SavedRun a = store.save("transactions.csv (COUNT)", first);
        EvaluationRunStore.SavedRun b = store.save("transactions.csv (SPEND)", second);

        List<EvaluationRunStore.Summary> list = new EvaluationRunStore(Workspace.open(dir.resolve("ws"))).list();
        assertEquals(2, list.size());
        assertTrue(!list.get(0).createdAt().isBefore(list.get(1).createdAt()), "newest first");
        assertEquals(List.of("popularity", "itemknn"), list.get(0).models());
        assertEquals(2, list.get(0).folds());
        assertEquals(3, list.get(0).k());

        EvaluationReport loaded = store.load(a.id()).orElseThrow().report();
        assertEquals(first.options(), loaded.options());
        assertNull(loaded.options().relevantRating());
        for (int m = 0; m < first.models().size(); m++) {
            ModelEvaluation want = first.models().get(m);
            ModelEvaluation got = loaded.models().get(m);
            assertEquals(want.model(), got.model());
            assertEquals(want.overall(), got.overall());
            assertEquals(want.segments(), got.segments());
            assertEquals(2, got.segments().size(), "segments A and B");
        }
        assertEquals("transactions.csv (SPEND)", store.load(b.id()).orElseThrow().source());
        assertEquals("PEARSON", ((Map<?, ?>) loaded.models().get(1).params()).get("similarity"),
                "the chosen hyper-parameters are saved with the run");
        assertTrue(store.load("missing").isEmpty());
    }
}
