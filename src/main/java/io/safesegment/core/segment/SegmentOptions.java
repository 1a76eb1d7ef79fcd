package io.safesegment.core.segment;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.cluster.Hierarchical;
import java.util.List;

/**
 * One segmentation request, flat so that a form or a command line can bind to it; only the fields of the chosen
 * algorithm matter, and they are validated for it.
 *
 * @param algorithm  method
 * @param k          clusters (k-means, hierarchical, GMM)
 * @param seed       random seed (k-means, hierarchical sample, GMM start, silhouette sample)
 * @param restarts   k-means++ starts (k-means)
 * @param minPoints  DBSCAN core-point threshold
 * @param epsilon    DBSCAN radius in the scaled space; 0 = use the knee of the k-distance curve
 * @param sampleSize rows in the hierarchical tree
 * @param groupBy    columns for rule-based grouping (text attributes or numeric features, the latter banded)
 * @param bandWidth  width of the bands of numeric grouping columns (e.g. 10 years)
 */
public record SegmentOptions(Algorithm algorithm, int k, long seed, int restarts, int minPoints, double epsilon,
                             int sampleSize, List<String> groupBy, double bandWidth) {

    /** Validates the fields the algorithm uses. */
    public SegmentOptions {
        if (algorithm == null) {
            throw new LocalizedArgumentException(Message.of("segment.error.noAlgorithm"));
        }
        groupBy = List.copyOf(groupBy == null ? List.of() : groupBy);
        switch (algorithm) {
            case KMEANS, GMM, HIERARCHICAL -> {
                if (k < 1) {
                    throw new LocalizedArgumentException(Message.of("segment.error.k", k));
                }
                if (algorithm == Algorithm.KMEANS && restarts < 1) {
                    throw new LocalizedArgumentException(Message.of("segment.error.restarts", restarts));
                }
                if (algorithm == Algorithm.HIERARCHICAL && (sampleSize < 2 || sampleSize > Hierarchical.MAX_SAMPLE)) {
                    throw new LocalizedArgumentException(Message.of("segment.error.sample", Hierarchical.MAX_SAMPLE));
                }
            }
            case DBSCAN -> {
                if (minPoints < 1) {
                    throw new LocalizedArgumentException(Message.of("segment.error.minPoints", minPoints));
                }
                if (epsilon < 0 || Double.isNaN(epsilon)) {
                    throw new LocalizedArgumentException(Message.of("segment.error.epsilon"));
                }
            }
            case RULES -> {
                if (groupBy.isEmpty()) {
                    throw new LocalizedArgumentException(Message.of("segment.error.rulesColumns"));
                }
                if (!(bandWidth > 0)) {
                    throw new LocalizedArgumentException(Message.of("segment.segmentOptions.bandWidthMustBe", String.valueOf(bandWidth)));
                }
            }
            default -> throw new LocalizedStateException(Message.of("segment.segmentOptions.unknownAlgorithm", algorithm));
        }
    }

    /** k-means with 4 restarts. */
    public static SegmentOptions kmeans(int k, long seed) {
        return new SegmentOptions(Algorithm.KMEANS, k, seed, 4, 5, 0, Hierarchical.DEFAULT_SAMPLE, List.of(), 10);
    }

    /** Defaults for {@code algorithm} with k clusters; DBSCAN gets minPoints 10 and the suggested ε. */
    public static SegmentOptions of(Algorithm algorithm, int k, long seed) {
        return switch (algorithm) {
            case RULES -> throw new LocalizedArgumentException(Message.of("segment.error.rulesFactory"));
            default -> new SegmentOptions(algorithm, k, seed, 4, 10, 0, Hierarchical.DEFAULT_SAMPLE, List.of(), 10);
        };
    }

    /** Rule-based grouping by the given columns, numeric ones in bands of {@code bandWidth}. */
    public static SegmentOptions rules(List<String> columns, double bandWidth) {
        return new SegmentOptions(Algorithm.RULES, 1, 0, 1, 1, 0, Hierarchical.DEFAULT_SAMPLE, columns, bandWidth);
    }

    /** A copy with explicit DBSCAN settings. */
    public SegmentOptions withDbscan(int newMinPoints, double newEpsilon) {
        return new SegmentOptions(algorithm, k, seed, restarts, newMinPoints, newEpsilon, sampleSize, groupBy, bandWidth);
    }
}
