package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * An n × d matrix of points stored row-major in one flat array, the layout the distance loops of the clustering
 * algorithms read fastest (one point is d consecutive doubles).
 *
 * @param data row-major values, length n·d
 * @param n    number of points
 * @param d    number of dimensions
 */
public record Points(double[] data, int n, int d) {

    /** Checks that the array matches the shape. */
    public Points {
        Objects.requireNonNull(data, "data");
        if (n < 0 || d < 1 || (long) n * d != data.length) {
            throw new LocalizedArgumentException(Message.of("cluster.points.points", data.length, n, d));
        }
    }

    /** Copies column-major feature columns (one array per feature, all the same length) into row-major points. */
    public static Points fromColumns(double[][] columns) {
        if (columns.length == 0) {
            throw new LocalizedArgumentException(Message.of("cluster.points.pointsNoFeatureColumns"));
        }
        int d = columns.length;
        int n = columns[0].length;
        double[] data = new double[n * d];
        for (int j = 0; j < d; j++) {
            double[] col = columns[j];
            if (col.length != n) {
                throw new LocalizedArgumentException(Message.of("cluster.points.pointsColumn", j, col.length, n));
            }
            for (int i = 0; i < n; i++) {
                data[i * d + j] = col[i];
            }
        }
        return new Points(data, n, d);
    }

    /** Copies row arrays (each of length d) into row-major points. */
    public static Points fromRows(double[][] rows) {
        int n = rows.length;
        int d = n == 0 ? 1 : rows[0].length;
        double[] data = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, data, i * d, d);
        }
        return new Points(data, n, d);
    }

    /** Point {@code i} as a new array. */
    public double[] row(int i) {
        double[] r = new double[d];
        System.arraycopy(data, i * d, r, 0, d);
        return r;
    }

    /** The rows with the given indexes, in that order. */
    public Points subset(int[] rows) {
        double[] sub = new double[rows.length * d];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(data, rows[r] * d, sub, r * d, d);
        }
        return new Points(sub, rows.length, d);
    }

    /** Squared Euclidean distance between point {@code i} and the {@code c}-th row of a flat centre array. */
    public double squaredDistance(int i, double[] centres, int c) {
        int pi = i * d;
        int ci = c * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double diff = data[pi + j] - centres[ci + j];
            s += diff * diff;
        }
        return s;
    }

    /** Squared Euclidean distance between points {@code i} and {@code j}. */
    public double squaredDistance(int i, int j) {
        return squaredDistance(i, data, j);
    }
}
