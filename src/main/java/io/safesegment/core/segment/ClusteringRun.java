package io.safesegment.core.segment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A finished segmentation, with everything needed to reproduce it and compare it with another run.
 *
 * @param id                 unique id
 * @param createdAt          when it finished
 * @param algorithm          method
 * @param parameters         the settings actually used (e.g. the ε chosen from the k-distance knee)
 * @param seed               random seed
 * @param featureNames       columns of the feature matrix
 * @param datasetFingerprint SHA-256 of the feature names and scaled values
 * @param rowFingerprint     SHA-256 of the customer ids in row order (runs are comparable when equal)
 * @param durationMillis     wall time of the clustering
 * @param labels             segment of each row; −1 = noise (DBSCAN)
 * @param sizes              rows per segment 0..k−1 (noise not included)
 * @param noise              rows labelled −1
 * @param centroids          mean scaled feature vector of each segment
 * @param segmentNames       name of each segment (group names for rules, "Segment 1", ... otherwise)
 * @param silhouette         mean silhouette on a seeded sample of at most 5,000 rows, or {@code null} when
 *                           undefined (fewer than two segments)
 */
public record ClusteringRun(String id, Instant createdAt, Algorithm algorithm, Map<String, Object> parameters,
                            long seed, List<String> featureNames, String datasetFingerprint, String rowFingerprint,
                            long durationMillis, int[] labels, int[] sizes, int noise, double[][] centroids,
                            List<String> segmentNames, Double silhouette) {

    /** Copies the collections. */
    public ClusteringRun {
        parameters = Map.copyOf(parameters);
        featureNames = List.copyOf(featureNames);
        segmentNames = List.copyOf(segmentNames);
    }

    /** Number of segments (noise excluded). */
    public int k() {
        return sizes.length;
    }

    /**
     * This run with its segments named {@code names} (the user's renames), one per segment.
     *
     * @throws IllegalArgumentException when the count is not {@link #k()} or a name is blank
     */
    public ClusteringRun withSegmentNames(List<String> names) {
        if (names.size() != k() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new io.safesegment.core.i18n.LocalizedArgumentException(io.safesegment.core.i18n.Message.of(
                    "segment.clusteringRun.segmentNames", names.size(), k()));
        }
        return new ClusteringRun(id, createdAt, algorithm, parameters, seed, featureNames, datasetFingerprint,
                rowFingerprint, durationMillis, labels, sizes, noise, centroids, names, silhouette);
    }
}
