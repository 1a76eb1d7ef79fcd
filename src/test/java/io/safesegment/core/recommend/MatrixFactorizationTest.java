package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.recommend.model.MatrixFactorization;
import io.safesegment.core.recommend.model.MfParams;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end on ratings from a known rank-3 model with σ = 0.3 noise: MF should get close to the noise floor. */
class MatrixFactorizationTest {

    private static EvaluationReport evaluate(InteractionMatrix data, List<String> models) {
        EvaluationOptions options = new EvaluationOptions(SplitKind.RANDOM, 3, 10, 0.2, 0, null, 7);
        ModelContext ctx = ModelContext.of(ProductCatalog.empty(), 7);
        List<Evaluator.Candidate> candidates = models.stream()
                .map(n -> new Evaluator.Candidate(n, () -> Recommenders.create(n, ctx))).toList();
        return new Evaluator(data, ProductCatalog.empty(), Map.of(), options).evaluate(candidates, Progress.NONE);
    }

    @Test
    void mfReachesNoiseLevelAndBeatsBaselines() {
        InteractionMatrix data = SyntheticRatings.generate(400, 300, 40_000, 3, 0.3, 11);
        EvaluationReport report = evaluate(data, List.of("mf", "popularity", "itemknn"));
        double mf = report.models().get(0).overall().rmse();
        double pop = report.models().get(1).overall().rmse();
        double knn = report.models().get(2).overall().rmse();
        assertTrue(mf < 0.45, "MF RMSE " + mf);
        assertTrue(mf < pop && mf < knn, "MF " + mf + " vs popularity " + pop + ", item-kNN " + knn);
        assertTrue(report.models().get(0).overall().mae() < mf, "MAE is below RMSE for non-constant errors");
    }

    @Test
    void sameSeedGivesSamePredictionsAndOtherSeedDiffers() {
        InteractionMatrix data = SyntheticRatings.generate(100, 80, 3_000, 2, 0.3, 3);
        MatrixFactorization a = new MatrixFactorization(MfParams.defaults(5));
        MatrixFactorization b = new MatrixFactorization(MfParams.defaults(5));
        MatrixFactorization c = new MatrixFactorization(MfParams.defaults(6));
        a.fit(data, Progress.NONE);
        b.fit(data, Progress.NONE);
        c.fit(data, Progress.NONE);
        for (int u = 0; u < 10; u++) {
            assertEquals(a.predict(u, u), b.predict(u, u));
        }
        assertTrue(a.predict(1, 2) != c.predict(1, 2));
    }
}
