package io.safesegment.core.recommend.eval;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Evaluation protocol.
 *
 * @param split           random k-fold or per-user temporal hold-out
 * @param folds           number of folds for {@link SplitKind#RANDOM} (≥ 2; 1 means a single 80/20 hold-out)
 * @param k               list length for the ranking metrics (&gt; 0)
 * @param testShare       share of each user's latest entries held out by {@link SplitKind#TEMPORAL} (0..1)
 * @param maxUsers        evaluate at most this many users per fold, a seeded sample (0 = all)
 * @param relevantRating  with explicit ratings, test items rated at least this count as relevant (null = all;
 *                        null rather than NaN so that JSON reports print null, not the string "NaN")
 * @param seed            seed for the split, the user sample and the models
 */
public record EvaluationOptions(SplitKind split, int folds, int k, double testShare, int maxUsers,
        Double relevantRating, long seed) {
    public EvaluationOptions {
        if (split == null) {
            throw new LocalizedArgumentException(Message.of("eval.evaluationOptions.splitIsRequired"));
        }
        if (folds < 1 || k < 1 || maxUsers < 0) {
            throw new LocalizedArgumentException(Message.of("eval.evaluationOptions.foldsAndKMust"));
        }
        if (!(testShare > 0 && testShare < 1)) {
            throw new LocalizedArgumentException(Message.of("eval.evaluationOptions.testshareMustBeIn", String.valueOf(testShare)));
        }
        if (relevantRating != null && !Double.isFinite(relevantRating)) {
            throw new LocalizedArgumentException(Message.of("eval.evaluationOptions.relevantratingMustBeA", String.valueOf(relevantRating)));
        }
    }

    /** 5-fold random CV, k = 10, 20 % temporal test share, up to 10,000 users, all test items relevant, seed 42. */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(SplitKind.RANDOM, 5, 10, 0.2, 10_000, null, 42);
    }
}
