package io.safesegment.core.utility;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.features.FeatureOptions;

/**
 * How the marketing utility of an anonymisation is measured.
 *
 * @param features     customer features clustered on both sides (they must include the quasi-identifiers for the
 *                     anonymisation to matter)
 * @param segmentation a seeded k-means run (the same options on original and anonymised data)
 * @param evaluation   the recommendation evaluation protocol; its cut-off must be 10 (the report says NDCG@10)
 * @param roles        role overrides for customers, transactions and products (unmapped roles are suggested)
 */
public record UtilityOptions(FeatureOptions features, SegmentOptions segmentation, EvaluationOptions evaluation,
                             RoleMapping roles) {
    /** Cut-off of the reported NDCG. */
    public static final int CUTOFF = 10;

    /** Validates. */
    public UtilityOptions {
        if (features == null || segmentation == null || evaluation == null) {
            throw new LocalizedArgumentException(Message.of("utility.utilityOptions.featuresSegmentationAndEvaluation"));
        }
        if (segmentation.algorithm() != Algorithm.KMEANS) {
            // ARI compares two runs of one seeded algorithm; k-means is the one issue #16 names.
            throw new LocalizedArgumentException(Message.of("utility.utilityOptions.utilityIsMeasuredWith", segmentation.algorithm().id()));
        }
        if (evaluation.k() != CUTOFF) {
            throw new LocalizedArgumentException(Message.of("utility.utilityOptions.utilityReportsNdcg", CUTOFF, evaluation.k()));
        }
        roles = roles == null ? RoleMapping.empty() : roles;
    }

    /** Seeded k-means with {@code k} segments on {@code features}, 5-fold NDCG@10 over up to 2,000 customers. */
    public static UtilityOptions of(FeatureOptions features, int k, long seed) {
        return new UtilityOptions(features, SegmentOptions.kmeans(k, seed),
                new EvaluationOptions(io.safesegment.core.recommend.eval.SplitKind.RANDOM, 5, CUTOFF, 0.2, 2_000,
                        null, seed), RoleMapping.empty());
    }
}
