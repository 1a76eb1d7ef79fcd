package io.safesegment.core.segment;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.cluster.Assignment;
import io.safesegment.core.segment.cluster.Dbscan;
import io.safesegment.core.segment.cluster.DiagonalGaussianMixture;
import io.safesegment.core.segment.cluster.Hierarchical;
import io.safesegment.core.segment.cluster.KDistance;
import io.safesegment.core.segment.cluster.KMeans;
import io.safesegment.core.segment.cluster.KMeansOptions;
import io.safesegment.core.segment.cluster.Points;
import io.safesegment.core.segment.cluster.RuleGrouping;
import io.safesegment.core.segment.features.FeatureException;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.metrics.Silhouette;
import io.safesegment.core.task.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs one segmentation on a feature matrix and records it as a {@link ClusteringRun}. */
public final class Segmenter {
    /** Sample size of the k-distance curve used to suggest DBSCAN's ε. */
    public static final int KDISTANCE_SAMPLE = 2_000;
    private Segmenter() {
    }

    /** Segments {@code features}. */
    public static ClusteringRun run(FeatureMatrix features, SegmentOptions options, Progress progress) {
        return runDetailed(features, options, progress).run();
    }

    /**
     * A run plus algorithm-specific extras (the dendrogram of a hierarchical run, the k-distance curve of DBSCAN).
     *
     * @param run        the recorded run
     * @param dendrogram merges of the hierarchical sample, or {@code null}
     * @param kDistance  the k-distance curve when ε was suggested, or {@code null}
     */
    public record Detailed(ClusteringRun run, Hierarchical.Result dendrogram, KDistance.Curve kDistance) {
    }

    /** Segments {@code features} and keeps the algorithm-specific extras. */
    public static Detailed runDetailed(FeatureMatrix features, SegmentOptions options, Progress progress) {
        Points x = features.points();
        long start = System.nanoTime();
        Map<String, Object> params = new LinkedHashMap<>();
        int[] labels;
        int k;
        List<String> names = null;
        Hierarchical.Result tree = null;
        KDistance.Curve curve = null;
        Progress work = progress.slice(0, 0.9);
        switch (options.algorithm()) {
            case KMEANS -> {
                KMeansOptions o = new KMeansOptions(options.k(), options.restarts(), 300, 1e-4, options.seed());
                labels = KMeans.fit(x, o, work).labels();
                k = options.k();
                params.put("k", k);
                params.put("restarts", o.restarts());
                params.put("maxIter", o.maxIter());
                params.put("tol", o.tol());
            }
            case DBSCAN -> {
                double eps = options.epsilon();
                if (eps == 0) {
                    int needed = Math.max(2, options.minPoints());
                    if (x.n() < needed) {
                        throw new LocalizedArgumentException(Message.of("segment.error.dbscanRows",
                                options.minPoints(), needed, x.n()));
                    }
                    curve = KDistance.compute(x, Math.max(1, options.minPoints() - 1), KDISTANCE_SAMPLE, options.seed());
                    eps = curve.suggestedEpsilon();
                    params.put("epsilonSource", "k-distance knee");
                }
                Dbscan.Result r = Dbscan.fit(x, new Dbscan.Options(options.minPoints(), eps), work);
                labels = r.labels();
                k = r.clusters();
                params.put("minPoints", options.minPoints());
                params.put("epsilon", eps);
            }
            case HIERARCHICAL -> {
                tree = Hierarchical.fit(x, new Hierarchical.Options(options.k(), Math.min(options.sampleSize(),
                        Math.max(2, x.n())), options.seed()), work);
                labels = tree.labels();
                k = options.k();
                params.put("k", k);
                params.put("linkage", "ward");
                params.put("sampleSize", tree.sampleRows().length);
            }
            case GMM -> {
                DiagonalGaussianMixture.Result r = DiagonalGaussianMixture.fit(x,
                        DiagonalGaussianMixture.Options.of(options.k(), options.seed()), work);
                labels = r.labels();
                k = options.k();
                params.put("k", k);
                params.put("covariance", "diagonal");
                params.put("logLikelihood", r.logLikelihood());
            }
            case RULES -> {
                RuleGrouping.Result r = RuleGrouping.group(ruleKeys(features, options));
                labels = r.labels();
                names = r.names();
                k = names.size();
                params.put("groupBy", options.groupBy());
                params.put("bandWidth", options.bandWidth());
            }
            default -> throw new LocalizedStateException(Message.of("segment.segmenter.unknownAlgorithm", options.algorithm()));
        }
        long durationMillis = (System.nanoTime() - start) / 1_000_000;
        progress.checkCancelled();
        progress.report(0.9, Message.of("progress.segment.silhouette"));
        int[] sizes = Assignment.sizes(labels, k);
        int noise = 0;
        for (int l : labels) {
            noise += l < 0 ? 1 : 0;
        }
        double[][] centroids = Assignment.toRows(Assignment.centroids(x, labels, k), k, x.d());
        double silhouette = k < 2 ? Double.NaN : Silhouette.sampled(x, labels, Silhouette.DEFAULT_SAMPLE, options.seed());
        if (names == null) {
            names = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                names.add(SegmentNumbering.defaultName(c));
            }
        }
        progress.report(1, Message.of("progress.segment.done"));
        ClusteringRun run = new ClusteringRun(UUID.randomUUID().toString(), Instant.now(), options.algorithm(), params,
                options.seed(), features.featureNames(), features.fingerprint(), features.rowFingerprint(),
                durationMillis, labels, sizes, noise, centroids, names,
                Double.isNaN(silhouette) ? null : silhouette);
        // Largest segment = 1 whatever order the algorithm found them in, so colours and numbers are stable.
        // (The dendrogram keeps the algorithm's own numbering of its sample.)
        return new Detailed(SegmentNumbering.bySize(run), tree, curve);
    }

    private static List<String[]> ruleKeys(FeatureMatrix features, SegmentOptions options) {
        List<String[]> keys = new ArrayList<>();
        for (String column : options.groupBy()) {
            if (features.categories().containsKey(column)) {
                keys.add(features.categories().get(column));
            } else if (features.attributes().containsKey(column)) {
                keys.add(RuleGrouping.bands(features.attributes().get(column), options.bandWidth()));
            } else {
                throw new FeatureException(Message.of("segment.error.groupBy", column,
                        String.valueOf(features.categories().keySet()), String.valueOf(features.attributes().keySet())));
            }
        }
        return keys;
    }
}
