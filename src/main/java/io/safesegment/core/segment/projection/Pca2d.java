package io.safesegment.core.segment.projection;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;

/**
 * Principal component projection onto two axes, in plain Java: the d × d covariance matrix (d is small) is
 * diagonalised with the cyclic Jacobi method. Smile's PCA would need the native OpenBLAS library, which is not
 * always installed; at d ≤ a few dozen the Java route costs nothing noticeable.
 */
public final class Pca2d {

    private Pca2d() {
    }

    /** Projects column-major data (one array per feature). With a single feature, y is all zeros. */
    public static Projection project(double[][] columns, Progress progress) {
        int d = columns.length;
        int n = columns[0].length;
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (double v : columns[j]) {
                s += v;
            }
            mean[j] = n == 0 ? 0 : s / n;
        }
        double[][] cov = new double[d][d];
        for (int a = 0; a < d; a++) {
            progress.checkCancelled();
            for (int b = a; b < d; b++) {
                double s = 0;
                double[] ca = columns[a];
                double[] cb = columns[b];
                for (int i = 0; i < n; i++) {
                    s += (ca[i] - mean[a]) * (cb[i] - mean[b]);
                }
                cov[a][b] = s / Math.max(1, n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        progress.report(0.5, Message.of("progress.projection.pca"));
        SymmetricEigen eigen = SymmetricEigen.of(cov);
        double total = 0;
        for (double v : eigen.values()) {
            total += Math.max(0, v);
        }
        double[][] axes = new double[2][d];
        double[] explained = new double[2];
        for (int c = 0; c < 2 && c < d; c++) {
            for (int j = 0; j < d; j++) {
                axes[c][j] = eigen.vectors()[j][c];
            }
            orient(axes[c]);
            explained[c] = total == 0 ? 0 : Math.max(0, eigen.values()[c]) / total;
        }
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double px = 0;
            double py = 0;
            for (int j = 0; j < d; j++) {
                double v = columns[j][i] - mean[j];
                px += v * axes[0][j];
                py += v * axes[1][j];
            }
            x[i] = (float) px;
            y[i] = (float) py;
        }
        progress.report(1, Message.of("progress.projection.done"));
        return new Projection(x, y, explained, axes);
    }

    /** Makes the largest component positive so the picture does not flip between runs. */
    private static void orient(double[] axis) {
        int big = 0;
        for (int j = 1; j < axis.length; j++) {
            if (Math.abs(axis[j]) > Math.abs(axis[big])) {
                big = j;
            }
        }
        if (axis[big] < 0) {
            for (int j = 0; j < axis.length; j++) {
                axis[j] = -axis[j];
            }
        }
    }
}
