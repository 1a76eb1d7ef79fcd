package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;

/**
 * Gaussian mixture with diagonal covariances fitted by EM, started from k-means. Written in plain Java because
 * Smile 6's {@code GaussianMixture} needs the native OpenBLAS library, which desktop installs often lack.
 */
public final class DiagonalGaussianMixture {
    /** Variance floor relative to the feature's overall variance, against collapsing components. */
    private static final double VARIANCE_FLOOR = 1e-6;

    private DiagonalGaussianMixture() {
    }

    /**
     * Settings.
     *
     * @param k        components
     * @param maxIter  EM iterations
     * @param tol      stop when the mean log-likelihood improves by less than this
     * @param seed     seed of the k-means start
     */
    public record Options(int k, int maxIter, double tol, long seed) {
        /** Validates the settings. */
        public Options {
            if (k < 1 || maxIter < 1 || !(tol >= 0)) {
                throw new LocalizedArgumentException(Message.of("cluster.diagonalGaussianMixture.gmmNeedsK1"));
            }
        }

        /** k components, 200 iterations, tol 1e-5. */
        public static Options of(int k, long seed) {
            return new Options(k, 200, 1e-5, seed);
        }
    }

    /**
     * Outcome.
     *
     * @param labels        most probable component of each row
     * @param weights       mixing weights
     * @param means         component means (k × d)
     * @param variances     diagonal variances (k × d)
     * @param logLikelihood mean log-likelihood per row
     * @param iterations    EM iterations run
     */
    public record Result(int[] labels, double[] weights, double[][] means, double[][] variances,
                         double logLikelihood, int iterations) {
    }

    /** Fits the mixture. */
    public static Result fit(Points x, Options options, Progress progress) {
        int n = x.n();
        int d = x.d();
        int k = options.k();
        RowCount.require("Gaussian mixture", n, k);
        KMeansResult start = KMeans.fit(x, new KMeansOptions(k, 1, 50, 1e-4, options.seed()),
                progress.slice(0, 0.2));
        double[][] means = start.centroids();
        double[][] vars = new double[k][d];
        double[] weights = new double[k];
        double[] floor = new double[d];
        double[] overallMean = new double[d];
        double[] data = x.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                overallMean[j] += data[i * d + j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double diff = data[i * d + j] - overallMean[j];
                floor[j] += diff * diff / n;
            }
        }
        for (int j = 0; j < d; j++) {
            floor[j] = Math.max(floor[j] * VARIANCE_FLOOR, 1e-12);
        }
        double[][] resp = new double[n][k];
        for (int i = 0; i < n; i++) {
            resp[i][start.labels()[i]] = 1;
        }
        mStep(x, resp, weights, means, vars, floor);
        double previous = Double.NEGATIVE_INFINITY;
        double ll = previous;
        int iter = 0;
        Progress em = progress.slice(0.2, 1);
        while (iter < options.maxIter()) {
            em.checkCancelled();
            iter++;
            ll = eStep(x, resp, weights, means, vars);
            mStep(x, resp, weights, means, vars, floor);
            em.report((double) iter / options.maxIter(), Message.of("progress.em.iteration", iter));
            if (Math.abs(ll - previous) < options.tol()) {
                break;
            }
            previous = ll;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (resp[i][c] > resp[i][best]) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return new Result(labels, weights, means, vars, ll, iter);
    }

    /** Fills responsibilities; returns the mean log-likelihood. */
    private static double eStep(Points x, double[][] resp, double[] weights, double[][] means, double[][] vars) {
        int n = x.n();
        int d = x.d();
        int k = weights.length;
        double[] logNorm = new double[k];
        for (int c = 0; c < k; c++) {
            double s = Math.log(Math.max(weights[c], 1e-300));
            for (int j = 0; j < d; j++) {
                s -= 0.5 * Math.log(2 * Math.PI * vars[c][j]);
            }
            logNorm[c] = s;
        }
        double total = 0;
        double[] data = x.data();
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] r = resp[i];
            for (int c = 0; c < k; c++) {
                double s = logNorm[c];
                for (int j = 0; j < d; j++) {
                    double diff = data[i * d + j] - means[c][j];
                    s -= 0.5 * diff * diff / vars[c][j];
                }
                r[c] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                r[c] = Math.exp(r[c] - max);
                sum += r[c];
            }
            for (int c = 0; c < k; c++) {
                r[c] /= sum;
            }
            total += max + Math.log(sum);
        }
        return total / n;
    }

    private static void mStep(Points x, double[][] resp, double[] weights, double[][] means, double[][] vars,
                              double[] floor) {
        int n = x.n();
        int d = x.d();
        int k = weights.length;
        double[] data = x.data();
        for (int c = 0; c < k; c++) {
            double nk = 0;
            double[] mean = new double[d];
            for (int i = 0; i < n; i++) {
                double r = resp[i][c];
                nk += r;
                for (int j = 0; j < d; j++) {
                    mean[j] += r * data[i * d + j];
                }
            }
            if (nk < 1e-10) {
                continue; // an empty component keeps its previous parameters
            }
            double[] var = new double[d];
            for (int j = 0; j < d; j++) {
                mean[j] /= nk;
            }
            for (int i = 0; i < n; i++) {
                double r = resp[i][c];
                for (int j = 0; j < d; j++) {
                    double diff = data[i * d + j] - mean[j];
                    var[j] += r * diff * diff;
                }
            }
            for (int j = 0; j < d; j++) {
                var[j] = Math.max(var[j] / nk, floor[j]);
            }
            weights[c] = nk / n;
            means[c] = mean;
            vars[c] = var;
        }
    }
}
