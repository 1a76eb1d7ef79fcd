package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Sparse similarity computation between the rows of a matrix ("objects") described by their columns ("raters").
 * Only pairs with at least one common rater are visited, so the cost is the sum over raters of (values per rater)²
 * rather than objects².
 *
 * <p>Shrinkage multiplies a similarity by n / (n + λ), n = number of common raters, which damps similarities
 * resting on very few raters.
 */
public final class Similarities {
    private static final int BLOCK = 256;

    private final InteractionMatrix objects;
    private final InteractionMatrix raters;
    private final Similarity kind;
    private final double shrinkage;
    private final double[] objectMean;
    private final double[] raterMean;
    private final double[] norm;

    /**
     * @param objects   matrix whose rows are compared (for item-kNN the item × user transpose)
     * @param kind      similarity
     * @param shrinkage λ ≥ 0
     */
    public Similarities(InteractionMatrix objects, Similarity kind, double shrinkage) {
        this.objects = objects;
        this.raters = objects.transpose();
        this.kind = kind;
        this.shrinkage = shrinkage;
        this.objectMean = rowMeans(objects);
        this.raterMean = rowMeans(raters);
        this.norm = new double[objects.rows()];
        for (int a = 0; a < objects.rows(); a++) {
            double s = 0;
            for (int e = objects.start(a); e < objects.end(a); e++) {
                s += (double) objects.value(e) * objects.value(e);
            }
            norm[a] = Math.sqrt(s);
        }
    }

    private static double[] rowMeans(InteractionMatrix m) {
        double[] means = new double[m.rows()];
        for (int r = 0; r < m.rows(); r++) {
            means[r] = m.rowMean(r);
        }
        return means;
    }

    /** The value of object a's entry e as this similarity sees it (centred for Pearson / adjusted cosine). */
    private double centred(int a, int rater, float value) {
        return switch (kind) {
            case COSINE -> value;
            case PEARSON -> value - objectMean[a];
            case ADJUSTED_COSINE -> value - raterMean[rater];
        };
    }

    /** Reusable accumulators for one thread. */
    final class Work {
        final double[] dot = new double[objects.rows()];
        final double[] sa = new double[objects.rows()];
        final double[] sb = new double[objects.rows()];
        final int[] common = new int[objects.rows()];
        final int[] touched = new int[objects.rows()];
        int nTouched;
    }

    Work newWork() {
        return new Work();
    }

    /**
     * Fills {@code out} (length = objects) with a's similarity to every object (0 where no common rater), and
     * returns the touched objects in w.touched[0..w.nTouched).
     */
    void row(int a, Work w, float[] out) {
        w.nTouched = 0;
        for (int e = objects.start(a); e < objects.end(a); e++) {
            int c = objects.col(e);
            double xa = centred(a, c, objects.value(e));
            for (int f = raters.start(c); f < raters.end(c); f++) {
                int b = raters.col(f);
                if (b == a) {
                    continue;
                }
                double xb = centred(b, c, raters.value(f));
                if (w.common[b] == 0) {
                    w.touched[w.nTouched++] = b;
                }
                w.common[b]++;
                w.dot[b] += xa * xb;
                w.sa[b] += xa * xa;
                w.sb[b] += xb * xb;
            }
        }
        for (int k = 0; k < w.nTouched; k++) {
            int b = w.touched[k];
            double denom = kind == Similarity.COSINE ? norm[a] * norm[b] : Math.sqrt(w.sa[b] * w.sb[b]);
            double s = denom > 0 ? w.dot[b] / denom : 0;
            int n = w.common[b];
            out[b] = (float) (s * n / (n + shrinkage));
            w.dot[b] = 0;
            w.sa[b] = 0;
            w.sb[b] = 0;
            w.common[b] = 0;
        }
    }

    /** Similarity of two objects (for tests and explanations; O(values of a × raters)). */
    public double between(int a, int b) {
        float[] out = new float[objects.rows()];
        row(a, newWork(), out);
        return out[b];
    }

    /**
     * The top-{@code k} positive-similarity neighbours of every object, computed in parallel blocks.
     * Only positive similarities are kept: negative neighbours hurt top-N ranking more than they help.
     */
    public Neighbours topK(int k, Progress progress) {
        int n = objects.rows();
        int[][] idx = new int[n][];
        float[][] sims = new float[n][];
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicInteger done = new AtomicInteger();
        ThreadLocal<Work> work = ThreadLocal.withInitial(this::newWork);
        ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[n]);
        IntStream.range(0, blocks).parallel().forEach(block -> {
            progress.checkCancelled();
            Work w = work.get();
            float[] row = buffers.get();
            for (int a = block * BLOCK; a < Math.min(n, (block + 1) * BLOCK); a++) {
                row(a, w, row);
                float[] candidates = new float[w.nTouched];
                for (int t = 0; t < w.nTouched; t++) {
                    int b = w.touched[t];
                    candidates[t] = row[b] > 0 ? row[b] : Float.NEGATIVE_INFINITY;
                }
                int[] best = TopN.select(candidates, k);
                idx[a] = new int[best.length];
                sims[a] = new float[best.length];
                for (int t = 0; t < best.length; t++) {
                    idx[a][t] = w.touched[best[t]];
                    sims[a][t] = candidates[best[t]];
                }
                for (int t = 0; t < w.nTouched; t++) {
                    row[w.touched[t]] = 0;
                }
            }
            int d = done.incrementAndGet();
            synchronized (progress) {
                progress.report((double) d / blocks, Message.of("progress.model.neighbours", Math.min(n, d * BLOCK), n));
            }
        });
        int[] ptr = new int[n + 1];
        for (int a = 0; a < n; a++) {
            ptr[a + 1] = ptr[a] + idx[a].length;
        }
        int[] index = new int[ptr[n]];
        float[] sim = new float[ptr[n]];
        for (int a = 0; a < n; a++) {
            System.arraycopy(idx[a], 0, index, ptr[a], idx[a].length);
            System.arraycopy(sims[a], 0, sim, ptr[a], sims[a].length);
        }
        return new Neighbours(ptr, index, sim);
    }
}
