package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.recommend.eval.Split;
import io.safesegment.core.recommend.eval.Splits;
import io.safesegment.core.recommend.model.BaselineOnly;
import io.safesegment.core.recommend.model.MatrixFactorization;
import io.safesegment.core.recommend.model.RatingPredictor;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hyper-parameters by inner validation (decision 0027) on a realistic ratings set. */
class RecommendTuningTest {

    private static RecommendInputs.Loaded loaded(InteractionMatrix m) {
        return new RecommendInputs.Loaded(m, ProductCatalog.empty(), Map.of(), SkippedRows.NONE);
    }

    @Test
    void tunedMfBeatsBaselineOnlyOnAHeldOutRealisticSet() {
        InteractionMatrix data = RealisticRatings.sized(600, 700, 45_000, 21).generate();
        Split outer = Splits.random(data, 1, 5).getFirst();
        // tuning sees the outer training part only; the outer test part judges
        RecommendationService.TuneReport report = RecommendationService.tune(loaded(outer.train()), List.of("mf"),
                ModelParameters.defaults(5), 5, Progress.NONE);
        TuneResult mf = report.models().getFirst();
        assertEquals("rmse", mf.metric());
        assertTrue(mf.settingsTried() > 1);
        assertTrue(mf.tunedValue() <= mf.defaultValue(), "the defaults are one grid point: " + mf);
        assertNotNull(mf.chosen().get("epochs"), "early stopping reports the epochs it kept: " + mf.chosen());
        MatrixFactorization tuned = new MatrixFactorization(report.parameters().mf());
        tuned.fit(outer.train(), Progress.NONE);
        BaselineOnly baseline = new BaselineOnly(ModelParameters.defaults(5).baseline());
        baseline.fit(outer.train(), Progress.NONE);
        double tunedRmse = rmse(tuned, outer.test());
        double baselineRmse = rmse(baseline, outer.test());
        assertTrue(tunedRmse < baselineRmse, "tuned MF " + tunedRmse + " vs baseline-only " + baselineRmse);
    }

    @Test
    void tuningIsRepeatableWithTheSeedAndModelsWithoutAGridKeepTheirDefaults() {
        InteractionMatrix data = RealisticRatings.sized(150, 120, 4_000, 2).generate();
        var a = RecommendationService.tune(loaded(data), List.of("baseline", "popularity"),
                ModelParameters.defaults(1), 1, Progress.NONE);
        var b = RecommendationService.tune(loaded(data), List.of("baseline", "popularity"),
                ModelParameters.defaults(1), 1, Progress.NONE);
        assertEquals(a, b);
        assertEquals(0, a.models().get(1).settingsTried());
        assertEquals(ModelParameters.defaults(1).baseline().epochs(), a.parameters().baseline().epochs());
    }

    private static double rmse(RatingPredictor model, InteractionMatrix test) {
        double se = 0;
        int n = 0;
        for (int u = 0; u < test.rows(); u++) {
            for (int e = test.start(u); e < test.end(u); e++) {
                double err = model.predict(u, test.col(e)) - test.value(e);
                se += err * err;
                n++;
            }
        }
        return Math.sqrt(se / n);
    }
}
