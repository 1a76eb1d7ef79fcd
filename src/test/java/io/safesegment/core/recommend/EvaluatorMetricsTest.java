package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.eval.Metrics;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.recommend.model.Explanation;
import io.safesegment.core.recommend.model.Recommender;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking and beyond-accuracy metrics of a fixed ranking, checked by hand. */
class EvaluatorMetricsTest {

    /** Scores items by a fixed table, whatever the user. */
    static final class FixedRanking implements Recommender {
        private final float[] table;
        private InteractionMatrix data;

        FixedRanking(float... table) {
            this.table = table;
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public Object params() {
            return Map.of();
        }

        @Override
        public void fit(InteractionMatrix train, Progress progress) {
            data = train;
        }

        @Override
        public InteractionMatrix data() {
            return data;
        }

        @Override
        public void score(int user, float[] scores) {
            System.arraycopy(table, 0, scores, 0, scores.length);
        }

        @Override
        public Explanation explain(int user, int item) {
            return Explanation.of(Explanation.Kind.POPULAR, List.of());
        }
    }

    @Test
    void precisionRecallNdcgMapHitOnAKnownList() {
        InteractionBuilder b = new InteractionBuilder();
        // u0 buys a..e in time order; u1 buys only f (one item: never held out)
        String[] items = {"a", "b", "c", "d", "e"};
        for (int x = 0; x < items.length; x++) {
            b.add("u0", items[x], 1, 1000 + x);
        }
        b.add("u1", "f", 1, 2000);
        InteractionMatrix data = b.build(InteractionBuilder.Merge.SUM, null, false);
        // temporal, 40 % held out → test = {d, e}; ranking a9 b8 c7 d6 e4 f5 minus seen {a,b,c} → [d, f, e]
        EvaluationOptions options = new EvaluationOptions(SplitKind.TEMPORAL, 1, 3, 0.4, 0, null, 1);
        Metrics m = new Evaluator(data, ProductCatalog.empty(), Map.of("u0", "S1"), options)
                .evaluate(List.of(new Evaluator.Candidate("fixed", () -> new FixedRanking(9, 8, 7, 6, 4, 5))),
                        Progress.NONE).models().get(0).overall();
        assertEquals(1, m.users());
        assertEquals(2.0 / 3, m.precision(), 1e-6);          // hits d, e in 3 slots
        assertEquals(1.0, m.recall(), 1e-6);                 // both held-out items found
        assertEquals(0.8, m.f1(), 1e-6);                     // 2·(2/3)·1 / (5/3)
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3) = 1.630930 → 0.919721
        assertEquals(1.5 / (1 + 1 / (Math.log(3) / Math.log(2))), m.ndcg(), 1e-6);
        assertEquals((1 + 2.0 / 3) / 2, m.map(), 1e-6);      // AP = (1/1 + 2/3) / min(3, 2)
        assertEquals(1.0, m.hitRate(), 1e-6);
        assertEquals(0.5, m.coverage(), 1e-6);               // 3 of 6 items recommended
        assertEquals(1.0, m.overloadRatio(), 1e-6);          // 3 shown ÷ 3 training items
        assertNull(m.rmse());
    }
}
