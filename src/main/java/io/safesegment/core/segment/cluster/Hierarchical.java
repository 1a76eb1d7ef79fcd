package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.WardLinkage;

/**
 * Agglomerative clustering with Ward linkage (Smile) on a seeded sample, because the linkage holds n² / 2 distances
 * (5,000 rows ≈ 50 MB as floats); the remaining rows go to the nearest centre of the sample's clusters.
 */
public final class Hierarchical {
    /** Default sample size: keeps the distance matrix around 50 MB. */
    public static final int DEFAULT_SAMPLE = 5_000;
    /** Upper bound on the sample size (≈ 800 MB of distances). */
    public static final int MAX_SAMPLE = 20_000;

    private Hierarchical() {
    }

    /**
     * Settings.
     *
     * @param k          clusters to cut the tree into
     * @param sampleSize rows that enter the tree, at most {@link #MAX_SAMPLE}
     * @param seed       seed of the sample
     */
    public record Options(int k, int sampleSize, long seed) {
        /** Validates the settings. */
        public Options {
            if (k < 1) {
                throw new LocalizedArgumentException(Message.of("cluster.hierarchical.kMustBeAt", k));
            }
            if (sampleSize < 2 || sampleSize > MAX_SAMPLE) {
                throw new LocalizedArgumentException(Message.of("cluster.hierarchical.hierarchicalSampleSizeMust", MAX_SAMPLE, sampleSize));
            }
        }
    }

    /**
     * One merge of the dendrogram: nodes below the sample size are sample rows, node {@code sampleSize + i} is the
     * cluster formed by merge {@code i}.
     */
    public record Merge(int left, int right, double height) {
    }

    /**
     * Outcome.
     *
     * @param labels     cluster of every row
     * @param centroids  mean of each cluster's sample rows
     * @param sampleRows rows (indexes into the input) that formed the tree, in tree leaf order
     * @param merges     the dendrogram, n − 1 merges of the sample
     */
    public record Result(int[] labels, double[][] centroids, int[] sampleRows, List<Merge> merges) {
    }

    /** Clusters {@code x}. */
    public static Result fit(Points x, Options options, Progress progress) {
        RowCount.require("hierarchical clustering", x.n(), options.k());
        if (x.n() < 2) {
            throw new LocalizedArgumentException(Message.of("cluster.hierarchical.hierarchicalClusteringNeedsAt", x.n()));
        }
        int[] rows = Sampling.sample(x.n(), options.sampleSize(), options.seed());
        if (rows.length < options.k()) {
            throw new LocalizedArgumentException(Message.of("cluster.hierarchical.hierarchicalClusteringIntoK", options.k(), options.k(), rows.length, x.n()));
        }
        Points sample = x.subset(rows);
        double[][] sampleRows = new double[sample.n()][];
        for (int i = 0; i < sample.n(); i++) {
            sampleRows[i] = sample.row(i);
        }
        progress.report(0.1, Message.of("progress.hierarchical.ward", rows.length));
        progress.checkCancelled();
        HierarchicalClustering tree = HierarchicalClustering.fit(WardLinkage.of(sampleRows));
        progress.checkCancelled();
        // Smile cannot cut a tree into one cluster (its HeapSelect fails); one cluster is every row anyway.
        int[] sampleLabels = options.k() == 1 ? new int[rows.length] : tree.partition(options.k());
        double[] centres = Assignment.centroids(sample, sampleLabels, options.k());
        int[] labels = new int[x.n()];
        Assignment.assign(x, centres, options.k(), labels);
        for (int i = 0; i < rows.length; i++) {
            labels[rows[i]] = sampleLabels[i];
        }
        int[][] merges = tree.tree();
        double[] height = tree.height();
        List<Merge> list = new ArrayList<>(merges.length);
        for (int i = 0; i < merges.length; i++) {
            list.add(new Merge(merges[i][0], merges[i][1], height[i]));
        }
        progress.report(1, Message.of("progress.hierarchical.done"));
        return new Result(labels, Assignment.toRows(centres, options.k(), x.d()), rows, list);
    }
}
