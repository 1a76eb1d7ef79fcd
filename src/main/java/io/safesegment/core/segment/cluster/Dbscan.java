package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import smile.clustering.Clustering;
import smile.clustering.DBSCAN;

/**
 * Density-based clustering through Smile's {@link DBSCAN} (which indexes the points in a k-d tree); Smile's outlier
 * label is mapped to {@link #NOISE}.
 */
public final class Dbscan {
    /** Label of points that belong to no dense region. */
    public static final int NOISE = -1;

    private Dbscan() {
    }

    /**
     * Settings.
     *
     * @param minPoints points (including itself) within {@code epsilon} for a core point
     * @param epsilon   neighbourhood radius in the scaled feature space
     */
    public record Options(int minPoints, double epsilon) {
        /** Validates the settings. */
        public Options {
            if (minPoints < 1) {
                throw new LocalizedArgumentException(Message.of("cluster.dbscan.dbscanMinpointsMustBe", minPoints));
            }
            if (!(epsilon > 0)) {
                throw new LocalizedArgumentException(Message.of("cluster.dbscan.dbscanEpsilonMustBe", String.valueOf(epsilon)));
            }
        }
    }

    /**
     * Outcome.
     *
     * @param labels   cluster per point, {@link #NOISE} for noise
     * @param clusters number of clusters found
     * @param noise    number of noise points
     */
    public record Result(int[] labels, int clusters, int noise) {
    }

    /** Clusters {@code x}. */
    public static Result fit(Points x, Options options, Progress progress) {
        RowCount.require("DBSCAN", x.n(), 1);
        progress.report(-1, Message.of("progress.dbscan"));
        double[][] rows = new double[x.n()][];
        for (int i = 0; i < x.n(); i++) {
            rows[i] = x.row(i);
        }
        progress.checkCancelled();
        DBSCAN<double[]> model = DBSCAN.fit(rows, options.minPoints(), options.epsilon());
        int[] group = model.group();
        int[] labels = new int[group.length];
        int noise = 0;
        for (int i = 0; i < group.length; i++) {
            if (group[i] == Clustering.OUTLIER || group[i] < 0) {
                labels[i] = NOISE;
                noise++;
            } else {
                labels[i] = group[i];
            }
        }
        progress.report(1, Message.of("progress.dbscan.done"));
        return new Result(labels, model.k(), noise);
    }
}
